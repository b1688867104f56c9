import type { Membership, User } from '@vigie/contract'
import type { Kysely } from 'kysely'
import type { DB, NewUser, UserRow } from '../db/schema'

export const toUser = (row: UserRow): User => ({
  id: row.id,
  email: row.email,
  firstName: row.first_name,
  lastName: row.last_name,
  locale: row.locale,
})

export function createAccountsRepository(db: Kysely<DB>) {
  return {
    /** Inserts the user; undefined when the e-mail is taken. */
    async insertUser(user: NewUser): Promise<UserRow | undefined> {
      return db
        .insertInto('users')
        .values(user)
        .onConflict((c) => c.column('email').doNothing())
        .returningAll()
        .executeTakeFirst()
    },

    findUserByEmail: (email: string) =>
      db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst(),

    findUserById: (id: string) => db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst(),

    updateUser: (
      id: string,
      changes: Partial<Pick<UserRow, 'first_name' | 'last_name' | 'locale' | 'password_hash'>>,
    ) => db.updateTable('users').set(changes).where('id', '=', id).returningAll().executeTakeFirstOrThrow(),

    async memberships(userId: string): Promise<Membership[]> {
      const rows = await db
        .selectFrom('centre_memberships as m')
        .innerJoin('centres as c', 'c.id', 'm.centre_id')
        .select(['c.id as centreId', 'c.name as centreName', 'm.role'])
        .where('m.user_id', '=', userId)
        .orderBy('c.name')
        .execute()
      return rows
    },

    insertWebSession: (values: { idHash: string; userId: string; now: Date; expiresAt: Date }) =>
      db
        .insertInto('web_sessions')
        .values({
          id_hash: values.idHash,
          user_id: values.userId,
          last_seen_at: values.now,
          expires_at: values.expiresAt,
        })
        .execute(),

    findLiveWebSession: (idHash: string, now: Date) =>
      db
        .selectFrom('web_sessions')
        .select(['user_id', 'last_seen_at'])
        .where('id_hash', '=', idHash)
        .where('expires_at', '>', now)
        .executeTakeFirst(),

    touchWebSession: (idHash: string, now: Date, expiresAt: Date) =>
      db
        .updateTable('web_sessions')
        .set({ last_seen_at: now, expires_at: expiresAt })
        .where('id_hash', '=', idHash)
        .execute(),

    deleteWebSession: (idHash: string) =>
      db.deleteFrom('web_sessions').where('id_hash', '=', idHash).execute(),

    deleteWebSessionsOf: (userId: string) =>
      db.deleteFrom('web_sessions').where('user_id', '=', userId).execute(),

    insertToken: (values: {
      tokenHash: string
      userId: string
      purpose: 'password_reset'
      expiresAt: Date
    }) =>
      db
        .insertInto('account_tokens')
        .values({
          token_hash: values.tokenHash,
          user_id: values.userId,
          purpose: values.purpose,
          expires_at: values.expiresAt,
        })
        .execute(),

    /** Marks the token used if it is unused and unexpired; one caller only can win. */
    useToken: (tokenHash: string, purpose: 'password_reset', now: Date) =>
      db
        .updateTable('account_tokens')
        .set({ used_at: now })
        .where('token_hash', '=', tokenHash)
        .where('purpose', '=', purpose)
        .where('used_at', 'is', null)
        .where('expires_at', '>', now)
        .returning('user_id')
        .executeTakeFirst(),
  }
}

export type AccountsRepository = ReturnType<typeof createAccountsRepository>
