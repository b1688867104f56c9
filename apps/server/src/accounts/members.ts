import type { CentreMembers, CentreRole } from '@vigie/contract'
import type { Kysely } from 'kysely'
import type { Clock } from '../clock'
import { isUuid } from '../db/errors'
import type { DB } from '../db/schema'
import { conflict, DomainError, invalidField, notFound } from '../http/errors'
import type { Mailer } from './mailer'
import { normaliseEmail } from './rules'
import { hashToken, newSecretToken } from './tokens'

export const INVITATION_TTL_MS = 7 * 24 * 3600_000

export interface MembersDeps {
  db: Kysely<DB>
  mailer: Mailer
  clock: Clock
  publicUrl: string
}

const forbidden = () => new DomainError('forbidden', 'Only an admin of the centre can do this.')

/** A centre's members: list, invite by e-mail, change a role, remove; a centre always keeps an admin. */
export function createMembersService({ db, mailer, clock, publicUrl }: MembersDeps) {
  async function viewer(userId: string, centreId: string) {
    const row = isUuid(centreId)
      ? await db
          .selectFrom('centre_memberships as m')
          .innerJoin('centres as c', 'c.id', 'm.centre_id')
          .select(['c.id', 'c.name', 'c.time_zone', 'm.role'])
          .where('m.centre_id', '=', centreId)
          .where('m.user_id', '=', userId)
          .executeTakeFirst()
      : undefined
    if (!row) throw notFound('Centre')
    return row
  }

  async function asAdmin(userId: string, centreId: string) {
    const row = await viewer(userId, centreId)
    if (row.role !== 'admin') throw forbidden()
    return row
  }

  /** Fails when the change would leave the centre without an admin. Call inside a transaction that locks the centre. */
  async function assertAnotherAdmin(trx: Kysely<DB>, centreId: string, userId: string) {
    const others = await trx
      .selectFrom('centre_memberships')
      .select('user_id')
      .where('centre_id', '=', centreId)
      .where('role', '=', 'admin')
      .where('user_id', '!=', userId)
      .limit(1)
      .executeTakeFirst()
    if (!others) throw conflict('A centre must keep at least one admin: name another admin first.')
  }

  const lockCentre = (trx: Kysely<DB>, centreId: string) =>
    trx.selectFrom('centres').select('id').where('id', '=', centreId).forUpdate().executeTakeFirst()

  return {
    async list(userId: string, centreId: string): Promise<CentreMembers> {
      const centre = await viewer(userId, centreId)
      const members = await db
        .selectFrom('centre_memberships as m')
        .innerJoin('users as u', 'u.id', 'm.user_id')
        .select([
          'u.id as userId',
          'u.email',
          'u.first_name as firstName',
          'u.last_name as lastName',
          'm.role',
        ])
        .where('m.centre_id', '=', centreId)
        .orderBy('u.last_name')
        .orderBy('u.first_name')
        .execute()
      const invitations = await db
        .selectFrom('centre_invitations')
        .select(['email', 'role', 'expires_at'])
        .where('centre_id', '=', centreId)
        .where('accepted_at', 'is', null)
        .where('expires_at', '>', clock.now())
        .orderBy('created_at')
        .execute()
      return {
        centre: { id: centre.id, name: centre.name, timeZone: centre.time_zone },
        viewerRole: centre.role,
        members,
        invitations: invitations.map((i) => ({
          email: i.email,
          role: i.role,
          expiresAt: i.expires_at.toISOString(),
        })),
      }
    },

    /** E-mails a single-use link, valid 7 days, that only the account with this e-mail can accept. */
    async invite(userId: string, centreId: string, rawEmail: string, role: CentreRole): Promise<void> {
      const centre = await asAdmin(userId, centreId)
      const email = normaliseEmail(rawEmail)
      const already = await db
        .selectFrom('centre_memberships as m')
        .innerJoin('users as u', 'u.id', 'm.user_id')
        .select('u.id')
        .where('m.centre_id', '=', centreId)
        .where('u.email', '=', email)
        .executeTakeFirst()
      if (already) throw invalidField('email', `${email} is already a member of this centre.`)
      const token = newSecretToken()
      await db
        .insertInto('centre_invitations')
        .values({
          token_hash: hashToken(token),
          centre_id: centreId,
          email,
          role,
          invited_by: userId,
          expires_at: new Date(clock.now().getTime() + INVITATION_TTL_MS),
        })
        .execute()
      const link = `${publicUrl}/invitation?token=${token}`
      await mailer.send({
        to: email,
        subject: `Vigie : invitation à rejoindre ${centre.name}`,
        text: `Bonjour,\n\nVous êtes invité(e) à rejoindre l'espace du centre « ${centre.name} » sur Vigie. Connectez-vous (ou créez votre compte avec cette adresse), puis ouvrez ce lien dans les 7 jours : ${link}\n\nSi vous n'attendiez pas cette invitation, ignorez ce message.`,
      })
    },

    /** Makes the signed-in user a member, once, if the invitation is theirs and still valid. */
    async accept(userId: string, token: string): Promise<{ centreId: string }> {
      const invalid = new DomainError('invalid_token', 'This invitation has expired or was already used.')
      return db.transaction().execute(async (trx) => {
        const user = await trx
          .selectFrom('users')
          .select('email')
          .where('id', '=', userId)
          .executeTakeFirstOrThrow()
        const invitation = await trx
          .updateTable('centre_invitations')
          .set({ accepted_at: clock.now() })
          .where('token_hash', '=', hashToken(token))
          .where('accepted_at', 'is', null)
          .where('expires_at', '>', clock.now())
          .where('email', '=', user.email)
          .returning(['centre_id', 'role'])
          .executeTakeFirst()
        if (!invitation) throw invalid
        await trx
          .insertInto('centre_memberships')
          .values({ centre_id: invitation.centre_id, user_id: userId, role: invitation.role })
          .onConflict((c) => c.columns(['centre_id', 'user_id']).doNothing())
          .execute()
        return { centreId: invitation.centre_id }
      })
    },

    async changeRole(userId: string, centreId: string, memberId: string, role: CentreRole): Promise<void> {
      await asAdmin(userId, centreId)
      if (!isUuid(memberId)) throw notFound('Member')
      await db.transaction().execute(async (trx) => {
        await lockCentre(trx, centreId)
        if (role === 'member') await assertAnotherAdmin(trx, centreId, memberId)
        const result = await trx
          .updateTable('centre_memberships')
          .set({ role })
          .where('centre_id', '=', centreId)
          .where('user_id', '=', memberId)
          .executeTakeFirst()
        if (result.numUpdatedRows === 0n) throw notFound('Member')
      })
    },

    /** An admin removes a member; any member may leave. */
    async remove(userId: string, centreId: string, memberId: string): Promise<void> {
      if (userId === memberId) await viewer(userId, centreId)
      else await asAdmin(userId, centreId)
      if (!isUuid(memberId)) throw notFound('Member')
      await db.transaction().execute(async (trx) => {
        await lockCentre(trx, centreId)
        await assertAnotherAdmin(trx, centreId, memberId)
        const result = await trx
          .deleteFrom('centre_memberships')
          .where('centre_id', '=', centreId)
          .where('user_id', '=', memberId)
          .executeTakeFirst()
        if (result.numDeletedRows === 0n) throw notFound('Member')
      })
    },
  }
}

export type MembersService = ReturnType<typeof createMembersService>
