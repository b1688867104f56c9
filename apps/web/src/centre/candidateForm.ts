/**
 * The candidate form's values (text as typed) and their rules, mirroring the server's
 * (`apps/server/src/centre/candidate-rules.ts`) so that most mistakes are shown before sending.
 * Pure: `today` is given.
 */
import type { Candidate, CandidateInput, CandidatePatch, Sex } from '@vigie/contract'
import type { PlainMessageKey } from '../i18n'
import { changedFields, isEmailAddress, parseDayMonthYear, writeDayMonthYear } from './format'

export interface CandidateDraft {
  lastName: string
  firstName: string
  sex: Sex | ''
  /** As typed: JJ/MM/AAAA. */
  birthdate: string
  birthCountry: string
  birthCity: string
  birthPostalCode: string
  birthInseeCode: string
  externalId: string
  extraTimePercentage: string
  accessibilityAdjustment: boolean
  /** '' for none. */
  complementaryCertification: string
  convocationEmail: string
  resultsEmail: string
}

export type CandidateField = keyof CandidateDraft

export const TEXT_MAX_LENGTH = 100
export const EMAIL_MAX_LENGTH = 254
export const EXTRA_TIME_MAX_PERCENTAGE = 300
export const EARLIEST_BIRTHDATE = '1900-01-01'

export const emptyCandidateDraft = (): CandidateDraft => ({
  lastName: '',
  firstName: '',
  sex: '',
  birthdate: '',
  birthCountry: 'France',
  birthCity: '',
  birthPostalCode: '',
  birthInseeCode: '',
  externalId: '',
  extraTimePercentage: '0',
  accessibilityAdjustment: false,
  complementaryCertification: '',
  convocationEmail: '',
  resultsEmail: '',
})

export function draftOfCandidate(candidate: Candidate): CandidateDraft {
  return {
    lastName: candidate.lastName,
    firstName: candidate.firstName,
    sex: candidate.sex,
    birthdate: writeDayMonthYear(candidate.birthdate),
    birthCountry: candidate.birthCountry,
    birthCity: candidate.birthCity,
    birthPostalCode: candidate.birthPostalCode ?? '',
    birthInseeCode: candidate.birthInseeCode ?? '',
    externalId: candidate.externalId ?? '',
    extraTimePercentage: String(candidate.extraTimePercentage),
    accessibilityAdjustment: candidate.accessibilityAdjustment,
    complementaryCertification: candidate.complementaryCertification ?? '',
    convocationEmail: candidate.convocationEmail ?? '',
    resultsEmail: candidate.resultsEmail ?? '',
  }
}

/** Same folding as the server's name matching: accents, case, spaces, hyphens, apostrophes. */
const foldName = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\s\-‐‑'’‘`´]/g, '')

export const isFrance = (country: string) => foldName(country) === 'france'

const text = (value: string) => value.normalize('NFC').replace(/\s+/g, ' ').trim()
const optional = (value: string) => text(value) || null
const code = (value: string) => value.replace(/\s/g, '').toUpperCase()

const POSTAL_CODE = /^\d{5}$/
const INSEE_CODE = /^(\d{2}|2A|2B)\d{3}$/

/** Whether the extra time is a whole number of percent in range; '' counts as 0. */
function extraTime(value: string): number | null {
  const trimmed = value.trim()
  if (trimmed === '') return 0
  if (!/^\d+$/.test(trimmed)) return null
  const percent = Number(trimmed)
  return percent <= EXTRA_TIME_MAX_PERCENTAGE ? percent : null
}

/**
 * The message for one field of the draft, or null when the field is fine. Cross-field rule: for a
 * birth in France, a postal code or an INSEE code is needed (reported on the postal code).
 */
export function candidateFieldProblem(
  field: CandidateField,
  draft: CandidateDraft,
  today: string,
): PlainMessageKey | null {
  switch (field) {
    case 'lastName':
    case 'firstName':
    case 'birthCountry':
    case 'birthCity':
      return text(draft[field]) === '' ? 'field.required' : null
    case 'sex':
      return draft.sex === '' ? 'field.required' : null
    case 'birthdate': {
      if (draft.birthdate.trim() === '') return 'field.required'
      const date = parseDayMonthYear(draft.birthdate)
      if (!date) return 'candidate.problem.birthdate'
      if (date < EARLIEST_BIRTHDATE) return 'candidate.problem.birthdateTooEarly'
      if (date > today) return 'candidate.problem.birthdateFuture'
      return null
    }
    case 'birthPostalCode': {
      const value = code(draft.birthPostalCode)
      if (value !== '' && !POSTAL_CODE.test(value)) return 'candidate.problem.postalCode'
      if (
        value === '' &&
        code(draft.birthInseeCode) === '' &&
        isFrance(draft.birthCountry) &&
        text(draft.birthCity) !== ''
      )
        return 'candidate.problem.birthplaceCode'
      return null
    }
    case 'birthInseeCode': {
      const value = code(draft.birthInseeCode)
      return value !== '' && !INSEE_CODE.test(value) ? 'candidate.problem.inseeCode' : null
    }
    case 'extraTimePercentage':
      return extraTime(draft.extraTimePercentage) === null ? 'candidate.problem.extraTime' : null
    case 'convocationEmail':
    case 'resultsEmail': {
      const value = draft[field].trim()
      return value === '' || isEmailAddress(value) ? null : 'field.invalidEmail'
    }
    case 'externalId':
    case 'accessibilityAdjustment':
    case 'complementaryCertification':
      return null
  }
}

const fields = Object.keys(emptyCandidateDraft()) as CandidateField[]

/** Every field with a problem, in the form's order. */
export function candidateProblems(
  draft: CandidateDraft,
  today: string,
): Array<{ field: CandidateField; problem: PlainMessageKey }> {
  return fields.flatMap((field) => {
    const problem = candidateFieldProblem(field, draft, today)
    return problem ? [{ field, problem }] : []
  })
}

/** The request body for a valid draft (check `candidateProblems` first). */
export function candidateInputOf(draft: CandidateDraft): CandidateInput {
  const postal = code(draft.birthPostalCode)
  const insee = code(draft.birthInseeCode)
  return {
    lastName: text(draft.lastName),
    firstName: text(draft.firstName),
    sex: draft.sex === '' ? 'F' : draft.sex,
    birthdate: parseDayMonthYear(draft.birthdate) ?? draft.birthdate.trim(),
    birthCountry: isFrance(draft.birthCountry) ? 'France' : text(draft.birthCountry),
    birthCity: text(draft.birthCity),
    birthPostalCode: postal || null,
    birthInseeCode: insee || null,
    externalId: optional(draft.externalId),
    extraTimePercentage: extraTime(draft.extraTimePercentage) ?? 0,
    accessibilityAdjustment: draft.accessibilityAdjustment,
    complementaryCertification: draft.complementaryCertification || null,
    convocationEmail: optional(draft.convocationEmail)?.toLowerCase() ?? null,
    resultsEmail: optional(draft.resultsEmail)?.toLowerCase() ?? null,
  }
}

/** What changed between a stored candidate and the edited draft; null when nothing did. */
export function candidatePatchOf(candidate: Candidate, draft: CandidateDraft): CandidatePatch | null {
  const { id: _id, joined: _joined, started: _started, ...current } = candidate
  const patch = changedFields<CandidateInput>(current, candidateInputOf(draft))
  return Object.keys(patch).length > 0 ? patch : null
}
