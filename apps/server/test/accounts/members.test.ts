import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { INVITATION_TTL_MS } from '../../src/accounts/members'
import { startTestApp, type TestApp } from '../support/app'
import { centreAdmin } from '../support/centre'
import { type Client, client, signupBody } from '../support/http'

let t: TestApp
beforeAll(async () => {
  t = await startTestApp()
})
afterAll(() => t.close())

async function person() {
  const browser = client(t.app)
  const body = signupBody()
  const { user } = (await browser.post('/api/auth/signup', body)).json()
  return { browser, email: body.email as string, id: user.id as string }
}

const tokenOf = (link: string) => new URL(link).searchParams.get('token') as string

async function invite(admin: Client, centreId: string, email: string, role = 'member') {
  const response = await admin.post(`/api/centres/${centreId}/invitations`, { email, role })
  expect(response.statusCode).toBe(202)
  return tokenOf(t.mailer.lastLink())
}

describe('centre members', () => {
  it('an admin invites by e-mail; the invitee accepts once and becomes a member', async () => {
    const { admin, centreId } = await centreAdmin(t)
    const invitee = await person()
    const token = await invite(admin, centreId, invitee.email.toUpperCase())
    expect(t.mailer.sent.at(-1)?.to).toBe(invitee.email)
    expect(t.mailer.lastLink()).toMatch(/^http:\/\/vigie\.test\/invitation\?token=/)

    const pending = (await admin.get(`/api/centres/${centreId}/members`)).json()
    expect(pending.invitations).toEqual([
      { email: invitee.email, role: 'member', expiresAt: expect.any(String) },
    ])

    const accepted = await invitee.browser.post('/api/invitations/accept', { token })
    expect(accepted.json()).toEqual({ centreId })
    expect((await invitee.browser.get('/api/auth/me')).json().memberships).toEqual([
      { centreId, centreName: 'Lycée Jean Moulin', role: 'member' },
    ])
    const again = await invitee.browser.post('/api/invitations/accept', { token })
    expect(again.json().code).toBe('invalid_token')

    const list = (await invitee.browser.get(`/api/centres/${centreId}/members`)).json()
    expect(list.viewerRole).toBe('member')
    expect(list.members.map((m: { email: string }) => m.email)).toContain(invitee.email)
    expect(list.invitations).toEqual([])
  })

  it('an invitation is for its e-mail only, and expires after 7 days', async () => {
    const { admin, centreId } = await centreAdmin(t)
    const invitee = await person()
    const other = await person()
    const token = await invite(admin, centreId, invitee.email)
    expect((await other.browser.post('/api/invitations/accept', { token })).json().code).toBe('invalid_token')
    t.clock.advance(INVITATION_TTL_MS + 1000)
    await invitee.browser.post('/api/auth/login', { email: invitee.email, password: signupBody().password })
    expect((await invitee.browser.post('/api/invitations/accept', { token })).json().code).toBe(
      'invalid_token',
    )
  })

  it('only admins manage members; a member is told so', async () => {
    const { admin, centreId } = await centreAdmin(t)
    const member = await person()
    await member.browser.post('/api/invitations/accept', {
      token: await invite(admin, centreId, member.email),
    })
    const refused = await member.browser.post(`/api/centres/${centreId}/invitations`, {
      email: 'x@example.fr',
      role: 'admin',
    })
    expect(refused.statusCode).toBe(403)
    expect(refused.json().code).toBe('forbidden')
  })

  it('changes roles and removes members, but never the last admin', async () => {
    const { admin, centreId } = await centreAdmin(t)
    const adminId = (await admin.get('/api/auth/me')).json().user.id
    const member = await person()
    await member.browser.post('/api/invitations/accept', {
      token: await invite(admin, centreId, member.email),
    })

    const lastAdmin = await admin.patch(`/api/centres/${centreId}/members/${adminId}`, { role: 'member' })
    expect(lastAdmin.statusCode).toBe(409)
    expect((await admin.delete(`/api/centres/${centreId}/members/${adminId}`)).statusCode).toBe(409)

    expect(
      (await admin.patch(`/api/centres/${centreId}/members/${member.id}`, { role: 'admin' })).statusCode,
    ).toBe(204)
    expect(
      (await admin.patch(`/api/centres/${centreId}/members/${adminId}`, { role: 'member' })).statusCode,
    ).toBe(204)
    const roles = (await member.browser.get(`/api/centres/${centreId}/members`)).json().members
    expect(
      Object.fromEntries(roles.map((m: { userId: string; role: string }) => [m.userId, m.role])),
    ).toEqual({
      [adminId]: 'member',
      [member.id]: 'admin',
    })
    expect((await member.browser.delete(`/api/centres/${centreId}/members/${adminId}`)).statusCode).toBe(204)
    expect((await admin.get(`/api/centres/${centreId}/members`)).statusCode).toBe(404)
  })

  it('two admins demoting each other at once leave one admin', async () => {
    const { admin, centreId } = await centreAdmin(t)
    const adminId = (await admin.get('/api/auth/me')).json().user.id
    const second = await person()
    await second.browser.post('/api/invitations/accept', {
      token: await invite(admin, centreId, second.email, 'admin'),
    })
    const results = await Promise.all([
      admin.patch(`/api/centres/${centreId}/members/${second.id}`, { role: 'member' }),
      second.browser.patch(`/api/centres/${centreId}/members/${adminId}`, { role: 'member' }),
    ])
    // One wins; the other is told, whether its check saw the first change (403) or the last-admin rule stopped it (409).
    const codes = results.map((r) => r.statusCode).sort()
    expect(codes[0]).toBe(204)
    expect([403, 409]).toContain(codes[1])
    const admins = await t.database.db
      .selectFrom('centre_memberships')
      .select('user_id')
      .where('centre_id', '=', centreId)
      .where('role', '=', 'admin')
      .execute()
    expect(admins).toHaveLength(1)
  })

  it('answers outsiders as for a centre that does not exist', async () => {
    const { centreId } = await centreAdmin(t)
    const stranger = await person()
    for (const who of [stranger.browser, client(t.app)]) {
      expect((await who.get(`/api/centres/${centreId}/members`)).statusCode).toBe(404)
      expect(
        (await who.post(`/api/centres/${centreId}/invitations`, { email: 'a@b.fr', role: 'admin' }))
          .statusCode,
      ).toBe(404)
      expect((await who.delete(`/api/centres/${centreId}/members/${stranger.id}`)).statusCode).toBe(404)
    }
  })
})
