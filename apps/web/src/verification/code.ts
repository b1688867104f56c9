/**
 * A certificate's verification code as the server writes it, `P-7KQ3-MXTA-92HF`: twelve characters
 * of an alphabet without 0, O, 1 or I, in three groups of four (apps/server centre/verification-codes.ts).
 */
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'
const GROUPS = 3
const GROUP_LENGTH = 4
const BODY = new RegExp(`^[${ALPHABET}]{${GROUPS * GROUP_LENGTH}}$`)

/** The longest input worth accepting: the code with spaces around each group. */
export const CODE_INPUT_MAX_LENGTH = 40

/**
 * What people type or scan, in any case, with or without `P-`, hyphens or spaces → the code as
 * printed; undefined when it cannot be one (a mistyped character need not cost a check).
 */
export function normaliseCertificateCode(typed: string): string | undefined {
  const compact = typed.toUpperCase().replace(/[\s-]+/g, '')
  const body =
    compact.length === GROUPS * GROUP_LENGTH + 1 && compact.startsWith('P') ? compact.slice(1) : compact
  if (!BODY.test(body)) return undefined
  const groups = Array.from({ length: GROUPS }, (_, group) =>
    body.slice(group * GROUP_LENGTH, (group + 1) * GROUP_LENGTH),
  )
  return `P-${groups.join('-')}`
}

/**
 * Why typed text cannot be a code, for the hint under the field: a character that no code has
 * (O, 0, I, 1: easily typed for Q, D, L…), or the wrong length; undefined when it is a code.
 */
export function codeProblem(typed: string): 'excludedCharacter' | 'format' | undefined {
  if (normaliseCertificateCode(typed)) return undefined
  const body = typed.trim().replace(/^p(?=[\s-])/i, '')
  return /[01OI]/i.test(body) ? 'excludedCharacter' : 'format'
}
