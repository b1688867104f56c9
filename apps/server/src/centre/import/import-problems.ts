import type { ImportProblem } from '@vigie/contract'
import type { CandidateProblemReason } from '../candidate-rules'
import { type CandidateFileColumn, columnLabel } from './columns'
import { MAX_CANDIDATE_FILE_BYTES, MAX_CANDIDATE_FILE_ROWS } from './limits'

/** Every problem an import can report, in plain French, each with its stable reason code. */

export type ImportProblemReason =
  | CandidateProblemReason
  | 'file_too_large'
  | 'too_many_candidates'
  | 'unsupported_format'
  | 'legacy_xls'
  | 'unreadable_xlsx'
  | 'unclosed_quote'
  | 'malformed_csv'
  | 'empty_file'
  | 'no_candidates'
  | 'missing_header'
  | 'missing_column'
  | 'unknown_column'
  | 'duplicate_column'
  | 'value_without_column'
  | 'duplicate_candidate'

const ACCEPTED_FORMATS = 'un fichier CSV (.csv, séparateur « ; » ou « , ») ou Excel (.xlsx)'

const problem = (
  line: number,
  column: string | null,
  value: string | null,
  reason: ImportProblemReason,
  message: string,
): ImportProblem => ({ line, column, value, reason, message })

/** « 2 000 », as the French write numbers (a plain space, which every font and terminal shows). */
const frenchCount = (count: number) => String(count).replace(/\B(?=(\d{3})+(?!\d))/g, ' ')

export const fileTooLarge = () =>
  problem(0, null, null, 'file_too_large', `Le fichier dépasse ${MAX_CANDIDATE_FILE_BYTES / 1024 / 1024} Mo.`)

export const tooManyCandidates = () =>
  problem(
    0,
    null,
    null,
    'too_many_candidates',
    `Le fichier contient plus de ${frenchCount(MAX_CANDIDATE_FILE_ROWS)} candidats.`,
  )

export const unsupportedFormat = () =>
  problem(
    0,
    null,
    null,
    'unsupported_format',
    `Ce format de fichier n'est pas accepté : importez ${ACCEPTED_FORMATS}.`,
  )

export const legacyXls = () =>
  problem(
    0,
    null,
    null,
    'legacy_xls',
    `Les classeurs Excel 97-2003 (.xls) ne sont pas acceptés : enregistrez le fichier au format .xlsx ou .csv.`,
  )

export const unreadableXlsx = () =>
  problem(
    0,
    null,
    null,
    'unreadable_xlsx',
    `Le fichier Excel n'a pas pu être lu : enregistrez-le à nouveau au format .xlsx, ou importez ${ACCEPTED_FORMATS}.`,
  )

export const unclosedQuote = (line: number) =>
  problem(line, null, null, 'unclosed_quote', `Ligne ${line} : un guillemet « " » ouvert n'est jamais fermé`)

export const malformedCsv = (line: number) =>
  problem(line, null, null, 'malformed_csv', `Ligne ${line} : le fichier CSV est mal formé`)

export const emptyFile = () => problem(0, null, null, 'empty_file', 'Le fichier est vide.')

export const noCandidates = () =>
  problem(
    0,
    null,
    null,
    'no_candidates',
    "Le fichier ne contient aucun candidat : seulement la ligne d'en-tête.",
  )

export const missingHeader = () =>
  problem(
    1,
    null,
    null,
    'missing_header',
    'Ligne 1 : la première ligne doit contenir les en-têtes des colonnes, comme dans le modèle',
  )

export const missingColumn = (header: string) =>
  problem(1, header, null, 'missing_column', `Ligne 1 : la colonne « ${header} » est manquante`)

export const unknownColumn = (header: string) =>
  problem(
    1,
    header,
    header,
    'unknown_column',
    `Ligne 1 : la colonne « ${header} » n'est pas une colonne du modèle`,
  )

export const duplicateColumn = (header: string) =>
  problem(1, header, null, 'duplicate_column', `Ligne 1 : la colonne « ${header} » apparaît plusieurs fois`)

export const valueWithoutColumn = (line: number, columnNumber: number, value: string) =>
  problem(
    line,
    null,
    value,
    'value_without_column',
    `Ligne ${line}, colonne ${columnNumber} : ${value} est dans une colonne sans en-tête`,
  )

export const duplicateCandidate = (line: number, firstLine: number) =>
  problem(
    line,
    null,
    null,
    'duplicate_candidate',
    `Ligne ${line} : même candidat qu'à la ligne ${firstLine} (nom de naissance, prénom et date de naissance)`,
  )

/** « Ligne 12, Date de naissance : 31/02/2001 n'est pas une date » */
export const cellProblem = (
  line: number,
  column: CandidateFileColumn,
  value: string | null,
  reason: CandidateProblemReason,
  whatIsWrong: string,
) =>
  problem(
    line,
    column.header,
    value,
    reason,
    `Ligne ${line}, ${columnLabel(column)} : ${value === null ? '' : `${value} `}${whatIsWrong}`,
  )
