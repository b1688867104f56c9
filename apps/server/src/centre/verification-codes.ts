import { randomInt } from 'node:crypto'

/** 32 characters, none that reads as another (no 0/O, no 1/I): 5 bits each. */
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'
const GROUPS = 3
const GROUP_LENGTH = 4

/**
 * A certificate's verification code, e.g. `P-7KQ3-MXTA-92HF`: 12 characters drawn with the
 * cryptographic generator, 60 bits, so that codes cannot be guessed even at the public
 * verification page's rate limit (30 tries per 10 minutes per address).
 */
export function newVerificationCode(): string {
  const characters = Array.from({ length: GROUPS * GROUP_LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)])
  return canonical(characters.join(''))
}

const canonical = (body: string) =>
  `P-${Array.from({ length: GROUPS }, (_, group) => body.slice(group * GROUP_LENGTH, (group + 1) * GROUP_LENGTH)).join('-')}`

const BODY = new RegExp(`^[${ALPHABET}]{${GROUPS * GROUP_LENGTH}}$`)

/** What people type or scan, in any case, with or without `P-`, hyphens or spaces; undefined when it cannot be a code. */
export function normaliseVerificationCode(typed: string): string | undefined {
  const compact = typed.toUpperCase().replace(/[\s-]+/g, '')
  const body =
    compact.length === GROUPS * GROUP_LENGTH + 1 && compact.startsWith('P') ? compact.slice(1) : compact
  return BODY.test(body) ? canonical(body) : undefined
}
