import type { SessionCandidateResult, SessionResults } from '@vigie/contract'
import { parse } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'
import { renderResultsCsv } from './results-csv'

const simon: SessionCandidateResult = {
  candidateId: 'c1',
  lastName: 'DURAND',
  firstName: 'Simon',
  birthdate: '1997-05-21',
  externalId: 'INE-1',
  testStatus: 'completed',
  abortReason: null,
  result: {
    status: 'validated',
    answered: 32,
    score: 412,
    level: 4,
    competences: [
      { code: '1.1', title: 'Mener une recherche', answered: 2, level: 4 },
      { code: '1.2', title: 'Gérer des données', answered: 0, level: null },
    ],
    verificationCode: 'P-7KQ3-MXTA-92HF',
  },
}
const results: SessionResults = {
  sessionId: 's',
  sessionNumber: '123456',
  finalisedAt: '2026-12-01T17:00:00.000Z',
  publishedAt: null,
  candidates: [
    simon,
    {
      ...simon,
      candidateId: 'c2',
      lastName: '=HYPERLINK("x")',
      firstName: 'Léa',
      externalId: null,
      testStatus: 'ended_by_invigilator',
      abortReason: 'technical',
      result: {
        status: 'cancelled',
        answered: 12,
        score: null,
        level: null,
        competences: [],
        verificationCode: null,
      },
    },
    { ...simon, candidateId: 'c3', lastName: 'MARTIN', testStatus: null, result: null },
  ],
}

const cells = (csv: string): string[][] => parse(csv, { delimiter: ';', bom: true })

describe('the results as CSV', () => {
  it('is UTF-8 with a byte order mark, semicolons and CRLF, like the candidate list', () => {
    const csv = renderResultsCsv(results)
    expect(csv.startsWith('\uFEFFNom de naissance;Prénom;')).toBe(true)
    expect(csv.endsWith('\r\n')).toBe(true)
    expect(csv.split('\r\n')).toHaveLength(5)
  })

  it('gives each candidate’s test, result, score, levels and verification code', () => {
    const [header, validated, cancelled, absent] = cells(renderResultsCsv(results))
    expect(header).toEqual([
      'Nom de naissance',
      'Prénom',
      'Date de naissance (JJ/MM/AAAA)',
      'Identifiant externe',
      'Test',
      'Raison de l’abandon',
      'Réponses prises en compte',
      'Résultat',
      'Score (sur 895)',
      'Niveau global',
      'Niveau 1.1 Mener une recherche',
      'Niveau 1.2 Gérer des données',
      'Code de vérification',
    ])
    expect(validated).toEqual([
      'DURAND',
      'Simon',
      '21/05/1997',
      'INE-1',
      'Terminé',
      '',
      '32',
      'Validé',
      '412',
      '4',
      '4',
      '',
      'P-7KQ3-MXTA-92HF',
    ])
    expect(cancelled).toEqual([
      `'=HYPERLINK("x")`,
      'Léa',
      '21/05/1997',
      '',
      'Terminé par le surveillant',
      'Technique',
      '12',
      'Annulé',
      '',
      '',
      '',
      '',
      '',
    ])
    expect(absent?.slice(4, 8)).toEqual(['Non commencé', '', '', 'Non passé'])
  })
})
