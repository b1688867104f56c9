import { startVigie } from './support/server'

export default async function globalSetup() {
  const stop = await startVigie()
  return stop
}
