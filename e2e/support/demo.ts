import { readFileSync } from 'node:fs'
import { DEMO_FILE } from './server'

/** The demo data printed by `vigie demo --json` before the server started (see the Foundation issue). */
export interface Demo {
  baseUrl: string
  centre: { name: string; admin: { email: string; password: string } }
  invigilator: { email: string; password: string }
  session: null | Record<string, string>
  candidates: Array<Record<string, unknown>>
}

export const demo = (): Demo => JSON.parse(readFileSync(DEMO_FILE, 'utf8'))
