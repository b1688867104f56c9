export const candidateBody = (overrides: Record<string, unknown> = {}) => ({
  lastName: 'Dupont',
  firstName: 'Cécile',
  sex: 'F',
  birthdate: '1997-05-21',
  birthCountry: 'France',
  birthCity: 'Lyon',
  birthPostalCode: '69001',
  birthInseeCode: null,
  externalId: null,
  extraTimePercentage: 0,
  accessibilityAdjustment: false,
  complementaryCertification: null,
  convocationEmail: null,
  resultsEmail: null,
  ...overrides,
})

export const CSV_HEADER =
  'Nom de naissance;Prénom;Sexe;Date de naissance (JJ/MM/AAAA);Pays de naissance;Commune de naissance;Code postal de naissance;Code INSEE de naissance;Identifiant externe;Temps majoré (%);Aménagement accessibilité (oui/non);Certification complémentaire;E-mail de convocation;E-mail des résultats'

/** A French spreadsheet's CSV export of `count` candidates; `edit` may spoil a line. */
export function candidatesCsv(
  count: number,
  edit: (line: string[], index: number) => string[] = (l) => l,
): string {
  const lines = Array.from({ length: count }, (_, i) => {
    const day = String((i % 28) + 1).padStart(2, '0')
    return edit(
      [
        `NOM${String.fromCharCode(65 + (i % 26))}${i}`,
        `Prénom${i}`,
        i % 2 ? 'M' : 'F',
        `${day}/03/2001`,
        'France',
        'Paris',
        '75011',
        '',
        `EXT-${i}`,
        i === 0 ? '33' : '0',
        'non',
        i === 1 ? 'Pix+ Droit' : '',
        '',
        '',
      ],
      i,
    ).join(';')
  })
  return `\uFEFF${[CSV_HEADER, ...lines].join('\r\n')}\r\n`
}
