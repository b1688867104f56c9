import { parse } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'
import { CANDIDATE_FILE_COLUMNS } from '../import/columns'
import { type CsvCandidate, renderCandidatesCsv } from './candidates-csv'

const cecile: CsvCandidate = {
  lastName: 'Dupont',
  firstName: 'Cécile',
  sex: 'F',
  birthdate: '1997-05-21',
  birthCountry: 'FRANCE',
  birthCity: 'Lyon',
  birthPostalCode: '69001',
  birthInseeCode: '69381',
  externalId: 'INE-0042',
  extraTimePercentage: 33,
  accessibilityAdjustment: true,
  complementaryCertification: 'Pix+ Droit',
  convocationEmail: 'cecile.dupont@example.org',
  resultsEmail: null,
}

const TEMPLATE_HEADER =
  'Nom de naissance;Prénom;Sexe;Date de naissance (JJ/MM/AAAA);Pays de naissance;Commune de naissance;' +
  'Code postal de naissance;Code INSEE de naissance;Identifiant externe;Temps majoré (%);' +
  'Aménagement accessibilité (oui/non);Certification complémentaire;E-mail de convocation;E-mail des résultats'

/** The cells as a spreadsheet reads them back. */
const cells = (csv: string): string[][] =>
  parse(csv, { delimiter: ';', bom: true, relax_column_count: false })

describe('the candidate list as CSV', () => {
  it('starts with a byte order mark and the import template’s header', () => {
    const csv = renderCandidatesCsv([])
    expect(csv).toBe(`\uFEFF${TEMPLATE_HEADER}\r\n`)
    expect(CANDIDATE_FILE_COLUMNS.map((column) => column.header).join(';')).toBe(TEMPLATE_HEADER)
  })

  it('has a column for every field of a candidate, once', () => {
    expect(CANDIDATE_FILE_COLUMNS.map((column) => column.field).sort()).toEqual(Object.keys(cecile).sort())
  })

  it('writes one candidate a line, separated by semicolons, ended by CRLF', () => {
    const csv = renderCandidatesCsv([
      cecile,
      { ...cecile, firstName: 'Ismaël', sex: 'M', extraTimePercentage: 0 },
    ])
    expect(csv.split('\r\n')).toEqual([
      `\uFEFF${TEMPLATE_HEADER}`,
      'Dupont;Cécile;F;21/05/1997;FRANCE;Lyon;69001;69381;INE-0042;33;oui;Pix+ Droit;cecile.dupont@example.org;',
      'Dupont;Ismaël;M;21/05/1997;FRANCE;Lyon;69001;69381;INE-0042;0;oui;Pix+ Droit;cecile.dupont@example.org;',
      '',
    ])
    expect(csv.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/)
  })

  it('leaves absent values empty and writes no or yes in French', () => {
    const [, line] = cells(
      renderCandidatesCsv([
        {
          ...cecile,
          birthPostalCode: null,
          birthInseeCode: null,
          externalId: null,
          accessibilityAdjustment: false,
          complementaryCertification: null,
          convocationEmail: null,
        },
      ]),
    )
    expect(line).toEqual([
      'Dupont',
      'Cécile',
      'F',
      '21/05/1997',
      'FRANCE',
      'Lyon',
      '',
      '',
      '',
      '33',
      'non',
      '',
      '',
      '',
    ])
  })

  it('quotes cells holding a separator, a quote or a line break', () => {
    const csv = renderCandidatesCsv([
      {
        ...cecile,
        lastName: 'Dupont;Durand',
        firstName: 'Cécile "Cécé"',
        birthCity: 'Saint-Denis\r\nRéunion',
      },
    ])
    expect(csv).toContain('"Dupont;Durand";"Cécile ""Cécé""";F;21/05/1997;FRANCE;"Saint-Denis\r\nRéunion";')
    expect(cells(csv)[1]?.slice(0, 6)).toEqual([
      'Dupont;Durand',
      'Cécile "Cécé"',
      'F',
      '21/05/1997',
      'FRANCE',
      'Saint-Denis\r\nRéunion',
    ])
  })

  it.each(['=', '+', '-', '@', '\t', '\r'])('neutralises a cell starting with %j as text', (start) => {
    const formula = `${start}HYPERLINK("http://evil.example","clic")`
    const csv = renderCandidatesCsv([
      { ...cecile, lastName: formula, convocationEmail: `${start}x@example.org` },
    ])
    const [, line] = cells(csv)
    expect(line?.[0]).toBe(`'${formula}`)
    expect(line?.[12]).toBe(`'${start}x@example.org`)
  })

  it('keeps names with apostrophes, hyphens and accents as they are', () => {
    const [, line] = cells(
      renderCandidatesCsv([{ ...cecile, lastName: "O'Brien-Müller", firstName: 'Łukasz' }]),
    )
    expect(line?.slice(0, 2)).toEqual(["O'Brien-Müller", 'Łukasz'])
  })
})
