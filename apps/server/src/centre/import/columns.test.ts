import { describe, expect, it } from 'vitest'
import {
  CANDIDATE_FILE_COLUMNS,
  candidateFileColumn,
  columnLabel,
  findCandidateFileColumn,
  headerKey,
} from './columns'

describe('CANDIDATE_FILE_COLUMNS', () => {
  it('has the headers of the template and the export, in order', () => {
    expect(CANDIDATE_FILE_COLUMNS.map((column) => column.header).join(';')).toBe(
      'Nom de naissance;Prénom;Sexe;Date de naissance (JJ/MM/AAAA);Pays de naissance;Commune de naissance;' +
        'Code postal de naissance;Code INSEE de naissance;Identifiant externe;Temps majoré (%);' +
        'Aménagement accessibilité (oui/non);Certification complémentaire;E-mail de convocation;E-mail des résultats',
    )
  })

  it('gives every candidate field exactly one column', () => {
    const fields = CANDIDATE_FILE_COLUMNS.map((column) => column.field)
    expect(new Set(fields).size).toBe(14)
    expect(fields.map((field) => candidateFileColumn(field).field)).toEqual(fields)
  })

  it('requires the columns of the fields that have no default', () => {
    expect(CANDIDATE_FILE_COLUMNS.filter((column) => column.required).map((column) => column.field)).toEqual([
      'lastName',
      'firstName',
      'sex',
      'birthdate',
      'birthCountry',
      'birthCity',
    ])
  })

  it('never reads one header as two columns', () => {
    const owners = new Map<string, string>()
    for (const column of CANDIDATE_FILE_COLUMNS) {
      for (const header of [column.header, ...column.aliases]) {
        const key = headerKey(header)
        expect(owners.get(key) ?? column.field, `${header} is claimed twice`).toBe(column.field)
        owners.set(key, column.field)
      }
    }
  })
})

describe('findCandidateFileColumn', () => {
  it.each([
    ['Nom de naissance', 'lastName'],
    ['  NOM  ', 'lastName'],
    ['nom de naissance *', 'lastName'],
    ['Prenom', 'firstName'],
    ['Prénom(s)', 'firstName'],
    ['Date de naissance', 'birthdate'],
    ['date_de_naissance', 'birthdate'],
    ['Date de naissance (AAAA-MM-JJ)', 'birthdate'],
    ['Né(e) le', 'birthdate'],
    ['Code postal', 'birthPostalCode'],
    ['code insee', 'birthInseeCode'],
    ['Temps majoré', 'extraTimePercentage'],
    ['Temps   majore (%)', 'extraTimePercentage'],
    ['Aménagement accessibilité', 'accessibilityAdjustment'],
    ['CERTIFICATION COMPLÉMENTAIRE', 'complementaryCertification'],
    ['Email de convocation', 'convocationEmail'],
    ['E-Mail  de convocation', 'convocationEmail'],
    ['Mail de convocation', 'convocationEmail'],
    ['Email des résultats', 'resultsEmail'],
  ])('reads « %s » as %s', (header, field) => {
    expect(findCandidateFileColumn(header)?.field).toBe(field)
  })

  it.each(['Téléphone', 'Nom du surveillant', 'Date', ''])('does not recognise « %s »', (header) => {
    expect(findCandidateFileColumn(header)).toBeUndefined()
  })
})

describe('columnLabel', () => {
  it('drops the hint in parentheses', () => {
    expect(CANDIDATE_FILE_COLUMNS.map(columnLabel)).toContain('Date de naissance')
    expect(columnLabel(candidateFileColumn('extraTimePercentage'))).toBe('Temps majoré')
    expect(columnLabel(candidateFileColumn('accessibilityAdjustment'))).toBe('Aménagement accessibilité')
    expect(columnLabel(candidateFileColumn('lastName'))).toBe('Nom de naissance')
  })
})
