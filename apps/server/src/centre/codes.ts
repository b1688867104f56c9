import { randomInt } from 'node:crypto'

/** Letters and digits that cannot be read as one another (no O/0, I/1/L, S/5, Z/2…). */
const ACCESS_LETTERS = 'BCDFGHJKMPQRTVWXY'
const ACCESS_DIGITS = '2346789'
const PASSWORD_ALPHABET = 'ABCDEFGHJKMNPQRTUVWXY346789'

const draw = (alphabet: string, length: number) =>
  Array.from({ length }, () => alphabet[randomInt(alphabet.length)]).join('')

/** The candidates' access code, e.g. GBTX22: four letters and two digits. */
export const newAccessCode = () => draw(ACCESS_LETTERS, 4) + draw(ACCESS_DIGITS, 2)

/** The invigilators' session password, stored as its six characters and shown as `C-` + them. */
export const newInvigilatorPassword = () => draw(PASSWORD_ALPHABET, 6)

/** Six digits, never starting with 0 so that a spreadsheet keeps it whole. */
export const newSessionNumber = () => String(randomInt(100_000, 1_000_000))

export const showInvigilatorPassword = (stored: string) => `C-${stored}`

/** What people type: any case, spaces, with or without `C-`. */
export function normaliseInvigilatorPassword(typed: string): string {
  const compact = typed.toUpperCase().replace(/\s+/g, '')
  if (compact.startsWith('C-')) return compact.slice(2)
  // "C" without the hyphen is the prefix only when a seventh character follows: C is also a password character.
  return compact.length === 7 && compact.startsWith('C') ? compact.slice(1) : compact
}

export const normaliseAccessCode = (typed: string) => typed.toUpperCase().replace(/\s+/g, '')

export const isAccessCodeShape = (code: string) => /^[BCDFGHJKMPQRTVWXY]{4}[2346789]{2}$/.test(code)
