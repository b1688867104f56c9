import { requireExtension } from './support/extension-requirement'
import { startVigie } from './support/server'

export default async function globalSetup() {
  const stop = await startVigie()
  // Only companion.spec.ts runs with the extension: it turns the requirement on for itself.
  await requireExtension(false)
  return stop
}
