import { expect, request } from '@playwright/test'
import { demo } from './demo'
import { BASE_URL } from './server'

/**
 * Sets whether the demo session requires the Companion extension, as the demo centre's admin does
 * (PATCH of the session). The scenarios run without the extension, except the one that loads it.
 */
export async function requireExtension(required: boolean): Promise<void> {
  const { centre, session } = demo()
  const api = await request.newContext({ baseURL: BASE_URL, extraHTTPHeaders: { origin: BASE_URL } })
  try {
    expect((await api.post('/api/auth/login', { data: centre.admin })).ok()).toBe(true)
    const me = (await (await api.get('/api/auth/me')).json()) as { memberships: Array<{ centreId: string }> }
    const centreId = me.memberships[0]?.centreId
    const sessions = (await (await api.get(`/api/centres/${centreId}/sessions`)).json()) as Array<{
      id: string
      number: string
    }>
    const id = sessions.find((s) => s.number === session?.number)?.id
    if (!id) throw new Error(`The demo session ${session?.number} is not among the centre's sessions`)
    const patched = await api.patch(`/api/sessions/${id}`, { data: { extensionRequired: required } })
    expect(patched.ok(), await patched.text()).toBe(true)
    expect(((await patched.json()) as { extensionRequired: boolean }).extensionRequired).toBe(required)
  } finally {
    await api.dispose()
  }
}
