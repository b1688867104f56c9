import { hash, verify } from '@node-rs/argon2'

// Argon2id (the library's default algorithm) with its default cost: about 20 ms a hash here.
export const hashPassword = (password: string) => hash(password)

export const verifyPassword = (passwordHash: string, password: string) => verify(passwordHash, password)

let decoy: Promise<string> | undefined
/** Spends the time of a real check, so an unknown e-mail answers as slowly as a wrong password. */
export async function verifyDecoy(password: string): Promise<void> {
  decoy ??= hash('not a real password: used to make failures take equal time')
  await verify(await decoy, password)
}
