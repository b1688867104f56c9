import type { CandidateInput } from '@vigie/contract'

/**
 * Validation and normalisation of one candidate, shared by manual entry (API) and file import.
 * Pure: no I/O, no clock (`today` is given).
 *
 * Birthplace rule (kept simple on purpose): the birth country and the birth city are always
 * required; when the birth country is France, a postal code or an INSEE code is also required
 * (either one is enough, both are accepted, and they are not cross-checked). Abroad, both codes
 * are optional. Either code, when given, must be well-formed.
 */

export type CandidateField = keyof CandidateInput

export type CandidateProblemReason =
  | 'required'
  | 'too_long'
  | 'not_a_date'
  | 'date_before_1900'
  | 'date_in_future'
  | 'not_a_sex'
  | 'not_an_integer'
  | 'extra_time_out_of_range'
  | 'not_a_boolean'
  | 'certification_not_offered'
  | 'invalid_email'
  | 'invalid_postal_code'
  | 'invalid_insee_code'
  | 'birthplace_code_required'

export interface CandidateProblem {
  field: CandidateField
  reason: CandidateProblemReason
  message: {
    /**
     * French, written to follow the offending value as the user typed it
     * (« 31/02/2001 n'est pas une date »), or to stand alone when the value is missing
     * (« valeur obligatoire »): the import puts it after the line and the column.
     */
    fr: string
    /** An English sentence naming the field, for API users: `"birthdate": 2001-02-31 is not a date.` */
    en: string
  }
}

export type CandidateValidation =
  | { ok: true; value: CandidateInput }
  | { ok: false; problems: CandidateProblem[] }

/**
 * A candidate as received: an API body already shaped by its schema, or the cells of an imported
 * line once converted. Missing optional fields default (null, 0 %, no adjustment); values of the
 * wrong type are reported rather than trusted, because an import passes through what it could not
 * interpret.
 */
export type CandidateDraft = { readonly [Field in CandidateField]?: unknown }

export interface CandidateRulesContext {
  /** The complementary certifications the centre offers, as the centre spells them. */
  readonly offeredCertifications: readonly string[]
  /** The centre's current date, YYYY-MM-DD. */
  readonly today: string
}

export const TEXT_MAX_LENGTH = 100
export const EMAIL_MAX_LENGTH = 254
export const EXTRA_TIME_MAX_PERCENTAGE = 300
export const EARLIEST_BIRTHDATE = '1900-01-01'

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/
const POSTAL_CODE = /^\d{5}$/
const INSEE_CODE = /^(\d{2}|2A|2B)\d{3}$/
const EMAIL =
  /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/

/**
 * The key under which two names are the same person's name: accents, case, spaces, hyphens and
 * apostrophes do not count (the candidate join and the import's duplicate check both rely on it).
 */
export function nameMatchKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/[\s\-‐‑'’‘`´]/g, '')
}

/** Trims, folds every run of white space (no-break spaces included) into one space, composes accents. */
export function normaliseText(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim()
}

export function isFrance(country: string): boolean {
  return nameMatchKey(country) === 'france'
}

export function validateCandidate(
  draft: CandidateDraft,
  context: CandidateRulesContext,
): CandidateValidation {
  const problems: CandidateProblem[] = []
  const report = (
    field: CandidateField,
    reason: CandidateProblemReason,
    value: unknown,
    fr: string,
    en: string,
  ) => {
    const shown = showValue(value)
    const subject = shown === null ? `"${field}"` : `"${field}": ${shown}`
    problems.push({ field, reason, message: { fr, en: `${subject} ${en}.` } })
  }

  /** A text field, normalised; null when empty or when its problem has been reported. */
  const text = (field: CandidateField, required: boolean, maxLength = TEXT_MAX_LENGTH): string | null => {
    const raw = draft[field]
    const value = typeof raw === 'string' || typeof raw === 'number' ? normaliseText(String(raw)) : ''
    if (value === '') {
      if (required) report(field, 'required', null, 'valeur obligatoire', 'is required')
      return null
    }
    if (value.length > maxLength) {
      report(
        field,
        'too_long',
        raw,
        `dépasse ${maxLength} caractères`,
        `is longer than ${maxLength} characters`,
      )
      return null
    }
    return value
  }
  const requiredText = (field: CandidateField) => text(field, true) ?? ''

  const lastName = requiredText('lastName')
  const firstName = requiredText('firstName')
  const sex = validateSex(draft.sex, report)
  const birthdate = validateBirthdate(draft.birthdate, context.today, report)
  const country = requiredText('birthCountry')
  const birthCountry = isFrance(country) ? 'France' : country
  const birthCity = requiredText('birthCity')
  const birthPostalCode = validateCode(draft.birthPostalCode, 'birthPostalCode', report)
  const birthInseeCode = validateCode(draft.birthInseeCode, 'birthInseeCode', report)
  if (
    isFrance(country) &&
    birthPostalCode === null &&
    birthInseeCode === null &&
    !problems.some((problem) => problem.field === 'birthPostalCode' || problem.field === 'birthInseeCode')
  ) {
    report(
      'birthPostalCode',
      'birthplace_code_required',
      null,
      'code postal ou code INSEE obligatoire pour une naissance en France',
      'or "birthInseeCode" is required for a birth in France',
    )
  }
  const externalId = text('externalId', false)
  const extraTimePercentage = validateExtraTime(draft.extraTimePercentage, report)
  const accessibilityAdjustment = validateBoolean(draft.accessibilityAdjustment, report)
  const complementaryCertification = validateCertification(
    text('complementaryCertification', false),
    context.offeredCertifications,
    report,
  )
  const convocationEmail = validateEmail(
    text('convocationEmail', false, EMAIL_MAX_LENGTH),
    'convocationEmail',
    report,
  )
  const resultsEmail = validateEmail(text('resultsEmail', false, EMAIL_MAX_LENGTH), 'resultsEmail', report)

  if (problems.length > 0 || sex === null || birthdate === null) return { ok: false, problems }
  return {
    ok: true,
    value: {
      lastName,
      firstName,
      sex,
      birthdate,
      birthCountry,
      birthCity,
      birthPostalCode,
      birthInseeCode,
      externalId,
      extraTimePercentage,
      accessibilityAdjustment,
      complementaryCertification,
      convocationEmail,
      resultsEmail,
    },
  }
}

type Report = (
  field: CandidateField,
  reason: CandidateProblemReason,
  value: unknown,
  fr: string,
  en: string,
) => void

const isMissing = (value: unknown) =>
  value === undefined || value === null || (typeof value === 'string' && value.trim() === '')

function validateSex(value: unknown, report: Report): CandidateInput['sex'] | null {
  if (isMissing(value)) {
    report('sex', 'required', null, 'valeur obligatoire', 'is required')
    return null
  }
  const sex = typeof value === 'string' ? value.trim().toUpperCase() : value
  if (sex === 'F' || sex === 'M') return sex
  report('sex', 'not_a_sex', value, "n'est pas un sexe reconnu (F ou M)", 'is not F or M')
  return null
}

function validateBirthdate(value: unknown, today: string, report: Report): string | null {
  if (isMissing(value)) {
    report('birthdate', 'required', null, 'valeur obligatoire', 'is required')
    return null
  }
  const date = typeof value === 'string' ? value.trim() : ''
  if (!isCalendarDate(date)) {
    report('birthdate', 'not_a_date', value, "n'est pas une date", 'is not a date')
    return null
  }
  if (date < EARLIEST_BIRTHDATE) {
    report(
      'birthdate',
      'date_before_1900',
      value,
      'est antérieure au 01/01/1900',
      `is before ${EARLIEST_BIRTHDATE}`,
    )
    return null
  }
  if (date > today) {
    report('birthdate', 'date_in_future', value, 'est dans le futur', 'is in the future')
    return null
  }
  return date
}

/** Whether `text` is YYYY-MM-DD naming a day that exists (no 31/02, 29/02 only in leap years). */
export function isCalendarDate(text: string): boolean {
  const match = ISO_DATE.exec(text)
  if (!match) return false
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const date = new Date(Date.UTC(year, month - 1, day))
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}

function validateCode(
  value: unknown,
  field: 'birthPostalCode' | 'birthInseeCode',
  report: Report,
): string | null {
  if (isMissing(value)) return null
  const code = typeof value === 'string' || typeof value === 'number' ? String(value).replace(/\s/g, '') : ''
  if (field === 'birthPostalCode') {
    if (POSTAL_CODE.test(code)) return code
    report(
      field,
      'invalid_postal_code',
      value,
      "n'est pas un code postal (5 chiffres)",
      'is not a postal code (5 digits)',
    )
    return null
  }
  const insee = code.toUpperCase()
  if (INSEE_CODE.test(insee)) return insee
  report(
    field,
    'invalid_insee_code',
    value,
    "n'est pas un code INSEE (5 caractères, 2A ou 2B pour la Corse)",
    'is not an INSEE code (5 characters, 2A or 2B for Corsica)',
  )
  return null
}

function validateExtraTime(value: unknown, report: Report): number {
  if (isMissing(value)) return 0
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    report(
      'extraTimePercentage',
      'not_an_integer',
      value,
      `n'est pas un nombre entier de 0 à ${EXTRA_TIME_MAX_PERCENTAGE}`,
      'is not a whole number',
    )
    return 0
  }
  if (value < 0 || value > EXTRA_TIME_MAX_PERCENTAGE) {
    report(
      'extraTimePercentage',
      'extra_time_out_of_range',
      value,
      `n'est pas compris entre 0 et ${EXTRA_TIME_MAX_PERCENTAGE}`,
      `is not between 0 and ${EXTRA_TIME_MAX_PERCENTAGE}`,
    )
    return 0
  }
  return value
}

function validateBoolean(value: unknown, report: Report): boolean {
  if (isMissing(value)) return false
  if (typeof value === 'boolean') return value
  report(
    'accessibilityAdjustment',
    'not_a_boolean',
    value,
    "n'est ni « oui » ni « non »",
    'is neither true nor false',
  )
  return false
}

function validateCertification(
  name: string | null,
  offered: readonly string[],
  report: Report,
): string | null {
  if (name === null) return null
  const key = nameMatchKey(name)
  const match = offered.find((certification) => nameMatchKey(certification) === key)
  if (match !== undefined) return match
  const list = offered.join(', ')
  report(
    'complementaryCertification',
    'certification_not_offered',
    name,
    `n'est pas proposée par le centre (certifications proposées : ${list || 'aucune'})`,
    `is not offered by the centre (offered: ${list || 'none'})`,
  )
  return null
}

function validateEmail(
  email: string | null,
  field: 'convocationEmail' | 'resultsEmail',
  report: Report,
): string | null {
  if (email === null) return null
  const normalised = email.toLowerCase()
  if (EMAIL.test(normalised)) return normalised
  report(
    field,
    'invalid_email',
    email,
    "n'est pas une adresse e-mail valide",
    'is not a valid e-mail address',
  )
  return null
}

function showValue(value: unknown): string | null {
  if (isMissing(value)) return null
  if (typeof value === 'string') return value.trim()
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  return JSON.stringify(value) ?? String(value)
}
