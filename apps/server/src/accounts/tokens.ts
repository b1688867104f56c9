import { createHash, randomBytes } from 'node:crypto'

/** A random secret for a cookie or a link: 256 bits, URL-safe. */
export const newSecretToken = () => randomBytes(32).toString('base64url')

/** Tokens are stored hashed, so the database alone never yields a usable cookie or link. */
export const hashToken = (token: string) => createHash('sha256').update(token).digest('base64url')
