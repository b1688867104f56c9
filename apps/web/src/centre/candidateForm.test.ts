import type { Candidate } from '@vigie/contract'
import { describe, expect, it } from 'vitest'
import {
  type CandidateDraft,
  candidateFieldProblem,
  candidateInputOf,
  candidatePatchOf,
  candidateProblems,
  draftOfCandidate,
  emptyCandidateDraft,
} from './candidateForm'

const today = '2026-12-01'
const draft = (changes: Partial<CandidateDraft> = {}): CandidateDraft => ({
  ...emptyCandidateDraft(),
  lastName: '  Durand ',
  firstName: 'Simon',
  sex: 'M',
  birthdate: '14/05/1995',
  birthCity: 'Lyon',
  birthPostalCode: '69001',
  ...changes,
})

describe('candidate form rules', () => {
  it('accepts a complete candidate born in France', () => {
    expect(candidateProblems(draft(), today)).toEqual([])
  })

  it('reports each missing required field', () => {
    const problems = candidateProblems(
      { ...emptyCandidateDraft(), birthCountry: '', extraTimePercentage: '' },
      today,
    )
    expect(problems.map((p) => p.field)).toEqual([
      'lastName',
      'firstName',
      'sex',
      'birthdate',
      'birthCountry',
      'birthCity',
    ])
    expect(new Set(problems.map((p) => p.problem))).toEqual(new Set(['field.required']))
  })

  it('needs a postal or INSEE code for a birth in France only, however France is written', () => {
    const noCode = { birthPostalCode: '', birthInseeCode: '' }
    expect(
      candidateFieldProblem('birthPostalCode', draft({ ...noCode, birthCountry: ' france ' }), today),
    ).toBe('candidate.problem.birthplaceCode')
    expect(
      candidateFieldProblem('birthPostalCode', draft({ ...noCode, birthCountry: 'FRANCE' }), today),
    ).toBe('candidate.problem.birthplaceCode')
    expect(candidateProblems(draft({ ...noCode, birthInseeCode: '2A004' }), today)).toEqual([])
    expect(
      candidateProblems(draft({ ...noCode, birthCountry: 'Belgique', birthCity: 'Liège' }), today),
    ).toEqual([])
  })

  it('checks the shape of codes, dates, extra time and e-mails', () => {
    const problem = (changes: Partial<CandidateDraft>) =>
      candidateProblems(draft(changes), today).map((p) => p.problem)
    expect(problem({ birthPostalCode: '6900' })).toEqual(['candidate.problem.postalCode'])
    expect(problem({ birthInseeCode: '2C004' })).toEqual(['candidate.problem.inseeCode'])
    expect(problem({ birthdate: '31/02/2001' })).toEqual(['candidate.problem.birthdate'])
    expect(problem({ birthdate: '2001-02-03' })).toEqual(['candidate.problem.birthdate'])
    expect(problem({ birthdate: '31/12/1899' })).toEqual(['candidate.problem.birthdateTooEarly'])
    expect(problem({ birthdate: '02/12/2026' })).toEqual(['candidate.problem.birthdateFuture'])
    expect(problem({ birthdate: '01/12/2026' })).toEqual([])
    expect(problem({ birthdate: '1/2/2003' })).toEqual([])
    expect(problem({ extraTimePercentage: '33.5' })).toEqual(['candidate.problem.extraTime'])
    expect(problem({ extraTimePercentage: '301' })).toEqual(['candidate.problem.extraTime'])
    expect(problem({ extraTimePercentage: '' })).toEqual([])
    expect(problem({ convocationEmail: 'simon@exemple' })).toEqual(['field.invalidEmail'])
  })
})

describe('candidate request bodies', () => {
  it('trims, folds spaces, writes France and codes as the server stores them, and nulls empty optionals', () => {
    expect(
      candidateInputOf(
        draft({
          firstName: ' Jean  Pierre ',
          birthCountry: 'france',
          birthPostalCode: ' 69 001',
          birthInseeCode: '2a004',
          extraTimePercentage: ' 33 ',
          convocationEmail: ' Simon@Exemple.FR ',
          complementaryCertification: 'Pix+ Droit',
        }),
      ),
    ).toEqual({
      lastName: 'Durand',
      firstName: 'Jean Pierre',
      sex: 'M',
      birthdate: '1995-05-14',
      birthCountry: 'France',
      birthCity: 'Lyon',
      birthPostalCode: '69001',
      birthInseeCode: '2A004',
      externalId: null,
      extraTimePercentage: 33,
      accessibilityAdjustment: false,
      complementaryCertification: 'Pix+ Droit',
      convocationEmail: 'simon@exemple.fr',
      resultsEmail: null,
    })
  })

  it('sends only what changed when editing, and nothing when nothing did', () => {
    const stored: Candidate = {
      id: 'c1',
      joined: false,
      started: false,
      ...candidateInputOf(draft()),
    }
    expect(candidatePatchOf(stored, draftOfCandidate(stored))).toBeNull()
    expect(candidatePatchOf(stored, { ...draftOfCandidate(stored), extraTimePercentage: '33' })).toEqual({
      extraTimePercentage: 33,
    })
    expect(candidatePatchOf(stored, { ...draftOfCandidate(stored), externalId: 'E-42' })).toEqual({
      externalId: 'E-42',
    })
  })
})
