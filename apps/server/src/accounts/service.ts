import { type LoginBody, type Me, type SignupBody, type User, userTopic } from '@vigie/contract'
import type { Kysely } from 'kysely'
import type { Clock } from '../clock'
import type { DB } from '../db/schema'
import { appendEvent } from '../events/publish'
import { DomainError } from '../http/errors'
import type { Throttle, ThrottleRule } from '../throttle/throttle'
import type { Mailer } from './mailer'
import { hashPassword, verifyDecoy, verifyPassword } from './passwords'
import { createAccountsRepository, toUser } from './repository'
import { normaliseEmail, normaliseName, passwordWeakness } from './rules'
import { hashToken, newSecretToken } from './tokens'

const MINUTE = 60_000
/** A web session ends after this long without a request. */
export const SESSION_IDLE_MS = 12 * 60 * MINUTE
/** Sliding the expiry costs a write; do it at most this often per session. */
const SESSION_TOUCH_MS = 5 * MINUTE
export const RESET_TOKEN_TTL_MS = 60 * MINUTE

export const throttles = {
  loginPerEmail: { name: 'login-email', limit: 10, windowSeconds: 15 * 60 },
  loginPerAddress: { name: 'login-address', limit: 100, windowSeconds: 15 * 60 },
  signupPerAddress: { name: 'signup-address', limit: 20, windowSeconds: 60 * 60 },
  resetPerEmail: { name: 'reset-email', limit: 3, windowSeconds: 60 * 60 },
  resetPerAddress: { name: 'reset-address', limit: 20, windowSeconds: 60 * 60 },
} satisfies Record<string, ThrottleRule>

export interface AccountsDeps {
  db: Kysely<DB>
  throttle: Throttle
  mailer: Mailer
  clock: Clock
  publicUrl: string
}

/**
 * A web session checked by the statement of the route it guards: the session is live when a row of
 * `web_sessions` has this `id_hash` and `expires_at > at` (as `findLiveWebSession` reads it), and
 * its user is `web_sessions.user_id`. The statement then hands its `last_seen_at` to `seen`.
 */
export interface SessionCheck {
  idHash: string
  at: Date
  /** Slides the session's idle expiry, as `authenticate` does, once the statement has found it. */
  seen(lastSeenAt: Date): Promise<void>
}

const weak = (message: string) => new DomainError('weak_password', message, { field: 'password' })

export function createAccountsService({ db, throttle, mailer, clock, publicUrl }: AccountsDeps) {
  const repo = createAccountsRepository(db)

  async function openWebSession(userId: string): Promise<string> {
    const token = newSecretToken()
    const now = clock.now()
    await repo.insertWebSession({
      idHash: hashToken(token),
      userId,
      now,
      expiresAt: new Date(now.getTime() + SESSION_IDLE_MS),
    })
    return token
  }

  async function slideWebSession(idHash: string, lastSeenAt: Date, now: Date): Promise<void> {
    if (now.getTime() - lastSeenAt.getTime() > SESSION_TOUCH_MS) {
      await repo.touchWebSession(idHash, now, new Date(now.getTime() + SESSION_IDLE_MS))
    }
  }

  async function me(user: User): Promise<Me> {
    return { user, memberships: await repo.memberships(user.id) }
  }

  return {
    async signup(input: SignupBody, address: string): Promise<{ me: Me; sessionToken: string }> {
      const email = normaliseEmail(input.email)
      const weakness = passwordWeakness(input.password, email)
      if (weakness) throw weak(weakness)
      await throttle.consume([[throttles.signupPerAddress, address]])
      const row = await repo.insertUser({
        email,
        first_name: normaliseName(input.firstName),
        last_name: normaliseName(input.lastName),
        password_hash: await hashPassword(input.password),
        locale: input.locale ?? 'fr',
      })
      if (!row) {
        throw new DomainError(
          'email_taken',
          'An account already exists with this e-mail address; sign in instead.',
          {
            field: 'email',
          },
        )
      }
      return { me: await me(toUser(row)), sessionToken: await openWebSession(row.id) }
    },

    async login(input: LoginBody, address: string): Promise<{ me: Me; sessionToken: string }> {
      const email = normaliseEmail(input.email)
      const limits: Array<[ThrottleRule, string]> = [
        [throttles.loginPerEmail, email],
        [throttles.loginPerAddress, address],
      ]
      await throttle.assertAllowed(limits)
      const row = await repo.findUserByEmail(email)
      let valid = false
      if (row) valid = await verifyPassword(row.password_hash, input.password)
      else await verifyDecoy(input.password)
      if (!row || !valid) {
        await throttle.record(limits)
        throw new DomainError('invalid_credentials', 'Wrong e-mail address or password.')
      }
      return { me: await me(toUser(row)), sessionToken: await openWebSession(row.id) }
    },

    async logout(sessionToken: string): Promise<void> {
      await repo.deleteWebSession(hashToken(sessionToken))
    },

    /** The signed-in user's id for a session cookie's token, or undefined. Slides the idle expiry. */
    async authenticate(sessionToken: string): Promise<string | undefined> {
      const idHash = hashToken(sessionToken)
      const now = clock.now()
      const session = await repo.findLiveWebSession(idHash, now)
      if (!session) return undefined
      await slideWebSession(idHash, session.last_seen_at, now)
      return session.user_id
    },

    /**
     * `authenticate` for a route that checks the session inside its own statement (joined to the
     * rows it reads) rather than in a lookup before it: what that statement must match, and what
     * to do with the session it found.
     */
    sessionCheck(sessionToken: string): SessionCheck {
      const idHash = hashToken(sessionToken)
      const at = clock.now()
      return { idHash, at, seen: (lastSeenAt) => slideWebSession(idHash, lastSeenAt, at) }
    },

    async me(userId: string): Promise<Me> {
      const row = await repo.findUserById(userId)
      if (!row) throw new DomainError('not_authenticated', 'Sign in first.')
      return me(toUser(row))
    },

    async updateAccount(
      userId: string,
      patch: { firstName?: string; lastName?: string; locale?: 'fr' | 'en' },
    ): Promise<Me> {
      const user = await db.transaction().execute(async (trx) => {
        const row = await createAccountsRepository(trx).updateUser(userId, {
          ...(patch.firstName !== undefined && { first_name: normaliseName(patch.firstName) }),
          ...(patch.lastName !== undefined && { last_name: normaliseName(patch.lastName) }),
          ...(patch.locale !== undefined && { locale: patch.locale }),
        })
        const user = toUser(row)
        await appendEvent(trx, userTopic(userId), 'account.updated', { user })
        return user
      })
      return me(user)
    },

    /** Sends a reset link when the account exists; answers the same either way. */
    async requestPasswordReset(rawEmail: string, address: string): Promise<void> {
      const email = normaliseEmail(rawEmail)
      await throttle.consume([
        [throttles.resetPerEmail, email],
        [throttles.resetPerAddress, address],
      ])
      const row = await repo.findUserByEmail(email)
      if (!row) return
      const token = newSecretToken()
      await repo.insertToken({
        tokenHash: hashToken(token),
        userId: row.id,
        purpose: 'password_reset',
        expiresAt: new Date(clock.now().getTime() + RESET_TOKEN_TTL_MS),
      })
      const link = `${publicUrl}/reinitialiser-mot-de-passe?token=${token}`
      const french = row.locale === 'fr'
      await mailer.send({
        to: row.email,
        subject: french ? 'Vigie : réinitialiser votre mot de passe' : 'Vigie: reset your password',
        text: french
          ? `Bonjour ${row.first_name},\n\nPour choisir un nouveau mot de passe, ouvrez ce lien dans l'heure : ${link}\n\nSi vous n'avez rien demandé, ignorez ce message.`
          : `Hello ${row.first_name},\n\nTo choose a new password, open this link within the hour: ${link}\n\nIf you did not ask for it, ignore this message.`,
      })
    },

    /** Sets a new password with a reset token (once), and ends every session of the account. */
    async confirmPasswordReset(token: string, password: string): Promise<void> {
      const invalid = new DomainError(
        'invalid_token',
        'This link has expired or was already used; ask for a new one.',
      )
      const tokenHash = hashToken(token)
      const pending = await db
        .selectFrom('account_tokens as t')
        .innerJoin('users as u', 'u.id', 't.user_id')
        .select('u.email')
        .where('t.token_hash', '=', tokenHash)
        .where('t.used_at', 'is', null)
        .where('t.expires_at', '>', clock.now())
        .executeTakeFirst()
      if (!pending) throw invalid
      const weakness = passwordWeakness(password, pending.email)
      if (weakness) throw weak(weakness)
      const passwordHash = await hashPassword(password)
      await db.transaction().execute(async (trx) => {
        const txRepo = createAccountsRepository(trx)
        const used = await txRepo.useToken(tokenHash, 'password_reset', clock.now())
        if (!used) throw invalid
        await txRepo.updateUser(used.user_id, { password_hash: passwordHash })
        await txRepo.deleteWebSessionsOf(used.user_id)
      })
    },
  }
}

export type AccountsService = ReturnType<typeof createAccountsService>
