import type { CandidateInput } from '@vigie/contract'
import { nameMatchKey } from '../candidate-rules'
import { isEmptyCell, type SheetCell } from './sheet'

/**
 * A cell of the candidate file → the value handed to the candidate rules. What people write
 * (« 03/02/2001 », « oui », « Femme », « 33 % ») becomes what the rules read (`2001-02-03`,
 * `true`, `F`, `33`); what cannot be read is passed on as written, for the rules to refuse with
 * their message. An empty cell is null.
 */
export function cellToFieldValue(field: keyof CandidateInput, cell: SheetCell | undefined): unknown {
  if (cell === undefined || isEmptyCell(cell)) return null
  switch (field) {
    case 'birthdate':
      return toIsoDate(cell)
    case 'sex':
      return toSex(cell)
    case 'extraTimePercentage':
      return toPercentage(cell)
    case 'accessibilityAdjustment':
      return toBoolean(cell)
    case 'birthPostalCode':
    case 'birthInseeCode':
      return toCommuneCode(cell)
    default:
      return cellText(cell)
  }
}

/**
 * The cell as the user sees it in a spreadsheet; null when empty. The apostrophe the candidate
 * export puts before a leading = + - @ (so that no spreadsheet runs it as a formula) is dropped,
 * so that an exported list imports again as it was.
 */
export function cellText(cell: SheetCell | undefined): string | null {
  if (cell === undefined || isEmptyCell(cell)) return null
  if (cell instanceof Date) return formatFrenchDate(cell)
  if (typeof cell === 'boolean') return cell ? 'VRAI' : 'FAUX'
  return String(cell)
    .trim()
    .replace(/^'(?=[=+\-@])/, '')
}

const FRENCH_DATE = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/

function toIsoDate(cell: SheetCell): unknown {
  if (cell instanceof Date) return isoDate(cell)
  if (typeof cell === 'number') return excelSerialToIsoDate(cell) ?? cell
  if (typeof cell !== 'string') return cell
  const text = cell.trim()
  const french = FRENCH_DATE.exec(text)
  if (french) return `${french[3]}-${pad2(french[2])}-${pad2(french[1])}`
  return ISO_DATE.test(text) ? text : cell
}

/**
 * A number in the date column is a date whose display format the reader did not recognise as one
 * (a custom format): Excel counts days from 1899-12-30, pretending 1900 was a leap year (serial 60
 * is a 29 February that never was), so serials before it are one day off.
 */
export function excelSerialToIsoDate(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 1 || serial >= 2_958_466) return null
  const day = Math.floor(serial)
  if (day === 60) return null
  const epoch = Date.UTC(1899, 11, day < 60 ? 31 : 30)
  return isoDate(new Date(epoch + day * 86_400_000))
}

const SEXES: ReadonlyMap<string, 'F' | 'M'> = new Map([
  ['f', 'F'],
  ['femme', 'F'],
  ['feminin', 'F'],
  ['m', 'M'],
  ['h', 'M'],
  ['homme', 'M'],
  ['masculin', 'M'],
])

function toSex(cell: SheetCell): unknown {
  return (typeof cell === 'string' && SEXES.get(nameMatchKey(cell))) || cell
}

const BOOLEANS: ReadonlyMap<string, boolean> = new Map([
  ...['oui', 'o', 'yes', 'y', 'x', '1', 'vrai', 'true'].map((word) => [word, true] as const),
  ...['non', 'n', 'no', '0', 'faux', 'false'].map((word) => [word, false] as const),
])

function toBoolean(cell: SheetCell): unknown {
  if (typeof cell === 'boolean') return cell
  if (cell === 1 || cell === 0) return cell === 1
  if (typeof cell !== 'string') return cell
  return BOOLEANS.get(nameMatchKey(cell)) ?? cell
}

const PERCENTAGE = /^(\d+)\s*%?$/

/**
 * « 33 », « 33% », « 33 % » → 33. Excel turns « 33 % » typed in a cell into the number 0.33
 * shown as a percentage; the reader gives the number without its format, so a fraction that is a
 * whole number of percents is read as percents. (A whole 1, 2 or 3 stays 1, 2 or 3 %: typed as
 * « 100 % » it cannot be told from 1.)
 */
function toPercentage(cell: SheetCell): unknown {
  if (typeof cell === 'number') {
    if (Number.isInteger(cell)) return cell
    const percents = Math.round(cell * 100)
    return Math.abs(cell * 100 - percents) < 1e-9 ? percents : cell
  }
  if (typeof cell !== 'string') return cell
  const match = PERCENTAGE.exec(cell.trim())
  return match ? Number(match[1]) : cell
}

/**
 * Postal and INSEE codes: spreadsheets store « 01400 » as the number 1400, so a 4-digit code gets
 * its leading zero back (no French code has 4 characters).
 */
function toCommuneCode(cell: SheetCell): unknown {
  const text = cellText(cell)?.replace(/\s/g, '') ?? ''
  return /^\d{4}$/.test(text) ? `0${text}` : text
}

const pad2 = (digits: string | undefined) => (digits ?? '').padStart(2, '0')

function isoDate(date: Date): string {
  return `${String(date.getUTCFullYear()).padStart(4, '0')}-${pad2(String(date.getUTCMonth() + 1))}-${pad2(String(date.getUTCDate()))}`
}

function formatFrenchDate(date: Date): string {
  const [year, month, day] = isoDate(date).split('-')
  return `${day}/${month}/${year}`
}
