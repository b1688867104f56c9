import type { CandidateInput, ImportProblem } from '@vigie/contract'
import { describe, expect, it } from 'vitest'
import writeExcelFile from 'write-excel-file/node'
import { CANDIDATE_FILE_COLUMNS } from './columns'
import { type CandidateFileResult, parseCandidateFile } from './parse-candidate-file'

const context = { offeredCertifications: ['Pix+ Droit', 'Pix+ Édu'], today: '2026-03-15' }
const HEADERS = CANDIDATE_FILE_COLUMNS.map((column) => column.header)

const LAST_NAMES = [
  'Dupont',
  "D'Almeida",
  'N’Diaye',
  'Lecœur',
  'Le Gall',
  'Müller',
  'Gonçalves',
  'Benoît',
  'Faure-Dumont',
  'Ramírez',
]
const FIRST_NAMES = ['Léa', 'Jean-Pierre', 'Chloé', 'Noé', 'Zoé', 'Anaïs', 'Maël', 'Inès', 'Loïc', 'Hélène']
const SEX_SPELLINGS = [
  ['F', 'F'],
  ['Homme', 'M'],
  ['femme', 'F'],
  ['M', 'M'],
] as const
const EXTRA_TIMES = [
  ['33 %', 33],
  ['', 0],
  ['0', 0],
  ['50%', 50],
  ['25', 25],
] as const
const ADJUSTMENTS = [
  ['oui', true],
  ['non', false],
  ['', false],
  ['x', true],
  ['N', false],
] as const
const BIRTHPLACES = [
  { country: 'France', city: 'Lyon', postal: '69001', insee: '' },
  { country: 'FRANCE', city: 'Ajaccio', postal: '', insee: '2A004' },
  { country: 'Belgique', city: 'Ixelles, Bruxelles', postal: '', insee: '' },
] as const

interface Fixture {
  /** The line as a person would type it, one text per column of the template. */
  cells: string[]
  expected: CandidateInput
}

const pick = <T>(list: readonly T[], index: number): T => list[index % list.length] as T
const pad = (n: number) => String(n).padStart(2, '0')

function fixture(index: number): Fixture {
  const [sexText, sex] = pick(SEX_SPELLINGS, index)
  const [extraTimeText, extraTimePercentage] = pick(EXTRA_TIMES, index)
  const [adjustmentText, accessibilityAdjustment] = pick(ADJUSTMENTS, index)
  const place = pick(BIRTHPLACES, index)
  const [day, month, year] = [(index % 28) + 1, (index % 12) + 1, 1970 + index]
  const certification = index % 4 === 0 ? 'Pix+ Droit' : ''
  const resultsEmail = index % 2 === 0 ? `resultats${index}@example.org` : ''
  const expected: CandidateInput = {
    lastName: pick(LAST_NAMES, index),
    firstName: pick(FIRST_NAMES, index * 3),
    sex,
    birthdate: `${year}-${pad(month)}-${pad(day)}`,
    birthCountry: place.country === 'FRANCE' ? 'France' : place.country,
    birthCity: place.city,
    birthPostalCode: place.postal || null,
    birthInseeCode: place.insee || null,
    externalId: `EXT-${index + 1}`,
    extraTimePercentage,
    accessibilityAdjustment,
    complementaryCertification: certification || null,
    convocationEmail: `candidat${index}@example.fr`,
    resultsEmail: resultsEmail || null,
  }
  const cells = [
    expected.lastName,
    expected.firstName,
    sexText,
    `${pad(day)}/${pad(month)}/${year}`,
    place.country,
    place.city,
    place.postal,
    place.insee,
    `EXT-${index + 1}`,
    extraTimeText,
    adjustmentText,
    certification,
    `candidat${index}@example.fr`,
    resultsEmail,
  ]
  return { cells, expected }
}

const THIRTY = Array.from({ length: 30 }, (_, index) => fixture(index))

function csvText(rows: readonly (readonly string[])[], separator: ';' | ',', lineEnd = '\r\n'): string {
  const quote = (cell: string) =>
    cell.includes(separator) || cell.includes('"') || /[\r\n]/.test(cell)
      ? `"${cell.replaceAll('"', '""')}"`
      : cell
  return rows.map((row) => row.map(quote).join(separator)).join(lineEnd) + lineEnd
}

const utf8 = (text: string) => new TextEncoder().encode(text)
const withBom = (bytes: Uint8Array) => new Uint8Array([0xef, 0xbb, 0xbf, ...bytes])

/** What Excel writes on a French Windows: Latin-1, plus the few Windows-1252 extras the fixtures use. */
function windows1252(text: string): Uint8Array {
  const extras: Record<string, number> = { '€': 0x80, Œ: 0x8c, '’': 0x92, œ: 0x9c }
  return Uint8Array.from([...text], (character) => {
    const code = extras[character] ?? character.charCodeAt(0)
    if (code > 0xff) throw new Error(`${character} has no Windows-1252 byte`)
    return code
  })
}

const csvFile = (rows: readonly (readonly string[])[]) => utf8(csvText([HEADERS, ...rows], ';'))

function candidatesOf(result: CandidateFileResult): CandidateInput[] {
  if (!result.ok) throw new Error(`expected candidates, got ${JSON.stringify(result.problems, null, 2)}`)
  return result.candidates
}

function problemsOf(result: CandidateFileResult): ImportProblem[] {
  if (result.ok) throw new Error(`expected problems, got ${result.candidates.length} candidates`)
  return result.problems
}

const messagesOf = (result: CandidateFileResult) => problemsOf(result).map((problem) => problem.message)

/** The fixture's cells with some columns replaced, by header. */
function lineWith(index: number, changes: Record<string, string>): string[] {
  return HEADERS.map(
    (header, column) => changes[header] ?? (THIRTY[index % THIRTY.length]?.cells[column] as string),
  )
}

describe('parseCandidateFile: reading the formats', () => {
  it('reads a 30-line CSV in UTF-8 with « ; »', async () => {
    const bytes = utf8(csvText([HEADERS, ...THIRTY.map((line) => line.cells)], ';'))
    expect(candidatesOf(await parseCandidateFile(bytes, 'candidats.csv', context))).toEqual(
      THIRTY.map((line) => line.expected),
    )
  })

  it('reads the same in Windows-1252 with « , », LF line ends', async () => {
    const bytes = windows1252(csvText([HEADERS, ...THIRTY.map((line) => line.cells)], ',', '\n'))
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow()
    expect(candidatesOf(await parseCandidateFile(bytes, 'export.CSV', context))).toEqual(
      THIRTY.map((line) => line.expected),
    )
  })

  it('reads UTF-8 with a byte order mark, the first header included', async () => {
    const bytes = withBom(utf8(csvText([HEADERS, ...THIRTY.slice(0, 3).map((line) => line.cells)], ';')))
    expect(candidatesOf(await parseCandidateFile(bytes, 'candidats.csv', context))).toEqual(
      THIRTY.slice(0, 3).map((line) => line.expected),
    )
  })

  it('reads an XLSX file with real dates, numbers and booleans', async () => {
    const rows = THIRTY.map(({ expected }) => [
      expected.lastName,
      expected.firstName,
      expected.sex === 'F' ? 'Femme' : 'Homme',
      { value: new Date(`${expected.birthdate}T00:00:00Z`), format: 'dd/mm/yyyy' },
      expected.birthCountry,
      expected.birthCity,
      expected.birthPostalCode === null ? null : Number(expected.birthPostalCode),
      expected.birthInseeCode,
      expected.externalId,
      expected.extraTimePercentage,
      expected.accessibilityAdjustment,
      expected.complementaryCertification,
      expected.convocationEmail,
      expected.resultsEmail,
    ])
    const buffer = await writeExcelFile([HEADERS, ...rows]).toBuffer()
    expect(candidatesOf(await parseCandidateFile(buffer, 'candidats.xlsx', context))).toEqual(
      THIRTY.map((line) => line.expected),
    )
  })

  it('recognises a workbook by its content whatever its name', async () => {
    const buffer = await writeExcelFile([HEADERS, THIRTY[0]?.cells ?? []]).toBuffer()
    expect(candidatesOf(await parseCandidateFile(buffer, 'blob', context))).toEqual([THIRTY[0]?.expected])
  })

  it('reads Excel percentages and codes that lost their leading zero', async () => {
    const cells = lineWith(0, {})
    const row = HEADERS.map((header, column) => {
      if (header === 'Temps majoré (%)') return { value: 0.33, format: '0%' }
      if (header === 'Code postal de naissance') return 1400
      return cells[column] ?? null
    })
    const buffer = await writeExcelFile([HEADERS, row]).toBuffer()
    const [candidate] = candidatesOf(await parseCandidateFile(buffer, 'candidats.xlsx', context))
    expect(candidate).toMatchObject({ extraTimePercentage: 33, birthPostalCode: '01400' })
  })

  it('accepts common variants of the headers, in any order, without the optional columns', async () => {
    const text = [
      'prénom ; NOM ; Sexe ; Date de naissance ; Pays de naissance ; Commune de naissance ; Code INSEE ; Temps majoré ; Email de convocation',
      'Léa;Dupont;F;03/02/2001;Maroc;Rabat;;33;LEA@EXAMPLE.FR',
    ].join('\n')
    expect(candidatesOf(await parseCandidateFile(utf8(text), 'candidats.csv', context))).toEqual([
      {
        lastName: 'Dupont',
        firstName: 'Léa',
        sex: 'F',
        birthdate: '2001-02-03',
        birthCountry: 'Maroc',
        birthCity: 'Rabat',
        birthPostalCode: null,
        birthInseeCode: null,
        externalId: null,
        extraTimePercentage: 33,
        accessibilityAdjustment: false,
        complementaryCertification: null,
        convocationEmail: 'lea@example.fr',
        resultsEmail: null,
      },
    ])
  })

  it('skips blank lines and ignores empty columns at the end of lines', async () => {
    const text = `${csvText([HEADERS], ';')};;;\r\n\r\n${csvText([THIRTY[0]?.cells ?? []], ';').trimEnd()};;;\r\n   \r\n`
    expect(candidatesOf(await parseCandidateFile(utf8(text), 'candidats.csv', context))).toEqual([
      THIRTY[0]?.expected,
    ])
  })

  it('keeps separators, quotes and line breaks inside quoted fields', async () => {
    const cells = lineWith(2, { 'Commune de naissance': 'Ixelles; "Bruxelles"\r\nBelgique' })
    const [candidate] = candidatesOf(await parseCandidateFile(csvFile([cells]), 'candidats.csv', context))
    expect(candidate?.birthCity).toBe('Ixelles; "Bruxelles" Belgique')
  })
})

describe('parseCandidateFile: problems', () => {
  it('lists a bad line in plain French, with its line and column, and imports nothing', async () => {
    const lines = THIRTY.slice(0, 11).map((line) => line.cells)
    lines[10] = lineWith(10, { 'Date de naissance (JJ/MM/AAAA)': '31/02/2001' })
    const result = await parseCandidateFile(csvFile(lines), 'candidats.csv', context)
    expect(problemsOf(result)).toEqual([
      {
        line: 12,
        column: 'Date de naissance (JJ/MM/AAAA)',
        value: '31/02/2001',
        reason: 'not_a_date',
        message: "Ligne 12, Date de naissance : 31/02/2001 n'est pas une date",
      },
    ])
  })

  it('checks the whole file and lists every problem in order', async () => {
    const lines = [
      lineWith(0, { Sexe: 'X', 'Temps majoré (%)': '33,5' }),
      THIRTY[1]?.cells ?? [],
      lineWith(2, { Prénom: '', 'E-mail des résultats': 'lea@' }),
      lineWith(3, {
        'Aménagement accessibilité (oui/non)': 'peut-être',
        'Certification complémentaire': 'Pix+ Santé',
      }),
      lineWith(4, {
        'Pays de naissance': 'France',
        'Commune de naissance': 'Rennes',
        'Code postal de naissance': '',
        'Code INSEE de naissance': '',
      }),
      lineWith(5, { 'Date de naissance (JJ/MM/AAAA)': '16/03/2026', 'Code INSEE de naissance': '3A004' }),
    ]
    expect(messagesOf(await parseCandidateFile(csvFile(lines), 'candidats.csv', context))).toEqual([
      "Ligne 2, Sexe : X n'est pas un sexe reconnu (F ou M)",
      "Ligne 2, Temps majoré : 33,5 n'est pas un nombre entier de 0 à 300",
      'Ligne 4, Prénom : valeur obligatoire',
      "Ligne 4, E-mail des résultats : lea@ n'est pas une adresse e-mail valide",
      "Ligne 5, Aménagement accessibilité : peut-être n'est ni « oui » ni « non »",
      "Ligne 5, Certification complémentaire : Pix+ Santé n'est pas proposée par le centre (certifications proposées : Pix+ Droit, Pix+ Édu)",
      'Ligne 6, Code postal de naissance : code postal ou code INSEE obligatoire pour une naissance en France',
      'Ligne 7, Date de naissance : 16/03/2026 est dans le futur',
      "Ligne 7, Code INSEE de naissance : 3A004 n'est pas un code INSEE (5 caractères, 2A ou 2B pour la Corse)",
    ])
  })

  it('numbers lines as the file does, blank lines and quoted line breaks included', async () => {
    const text = [
      HEADERS.join(';'),
      (THIRTY[0]?.cells ?? []).join(';'),
      '',
      lineWith(1, { 'Commune de naissance': '"Saint-Denis\nLa Réunion"' }).join(';'),
      lineWith(2, { Sexe: '?' }).join(';'),
    ].join('\r\n')
    const [problem] = problemsOf(await parseCandidateFile(utf8(text), 'candidats.csv', context))
    expect(problem).toMatchObject({ line: 5, column: 'Sexe', value: '?' })
  })

  it('reports the line of an XLSX problem as Excel shows it, and dates as typed', async () => {
    const row = (index: number, birthdate: Date) =>
      lineWith(index, {}).map((cell, column) =>
        column === 3 ? { value: birthdate, format: 'dd/mm/yyyy' } : cell,
      )
    const buffer = await writeExcelFile([
      HEADERS,
      row(0, new Date(Date.UTC(1990, 4, 17))),
      [],
      row(1, new Date(Date.UTC(1899, 11, 31))),
    ]).toBuffer()
    expect(problemsOf(await parseCandidateFile(buffer, 'candidats.xlsx', context))).toEqual([
      {
        line: 4,
        column: 'Date de naissance (JJ/MM/AAAA)',
        value: '31/12/1899',
        reason: 'date_before_1900',
        message: 'Ligne 4, Date de naissance : 31/12/1899 est antérieure au 01/01/1900',
      },
    ])
  })

  it('reports a candidate listed twice, names compared loosely', async () => {
    const lines = [
      lineWith(0, { 'Nom de naissance': "D'Almeida-Faure", Prénom: 'Jean Pierre' }),
      THIRTY[1]?.cells ?? [],
      lineWith(2, {
        'Nom de naissance': 'dalmeida faure',
        Prénom: 'JEAN-PIÈRRE',
        'Date de naissance (JJ/MM/AAAA)': THIRTY[0]?.cells[3] ?? '',
      }),
      lineWith(3, {
        'Nom de naissance': 'd’almeida faure',
        Prénom: 'jean pierre',
        'Date de naissance (JJ/MM/AAAA)': '1970-01-01',
      }),
    ]
    expect(problemsOf(await parseCandidateFile(csvFile(lines), 'candidats.csv', context))).toEqual([
      {
        line: 4,
        column: null,
        value: null,
        reason: 'duplicate_candidate',
        message: "Ligne 4 : même candidat qu'à la ligne 2 (nom de naissance, prénom et date de naissance)",
      },
      {
        line: 5,
        column: null,
        value: null,
        reason: 'duplicate_candidate',
        message: "Ligne 5 : même candidat qu'à la ligne 2 (nom de naissance, prénom et date de naissance)",
      },
    ])
  })

  it('tells apart namesakes born on different days', async () => {
    const lines = [lineWith(0, {}), lineWith(0, { 'Date de naissance (JJ/MM/AAAA)': '02/01/1970' })]
    expect(candidatesOf(await parseCandidateFile(csvFile(lines), 'candidats.csv', context))).toHaveLength(2)
  })

  it('reports missing, unknown and repeated columns on line 1', async () => {
    const headers = [
      ...HEADERS.filter((header) => header !== 'Sexe' && header !== 'Prénom'),
      'Téléphone',
      'Nom',
    ]
    const lines = [
      [...(THIRTY[0]?.cells ?? []).filter((_, column) => column !== 1 && column !== 2), '0600000000', 'X'],
    ]
    const text = csvText([headers, ...lines], ';')
    expect(problemsOf(await parseCandidateFile(utf8(text), 'candidats.csv', context))).toEqual([
      {
        line: 1,
        column: 'Téléphone',
        value: 'Téléphone',
        reason: 'unknown_column',
        message: "Ligne 1 : la colonne « Téléphone » n'est pas une colonne du modèle",
      },
      {
        line: 1,
        column: 'Nom de naissance',
        value: null,
        reason: 'duplicate_column',
        message: 'Ligne 1 : la colonne « Nom de naissance » apparaît plusieurs fois',
      },
      {
        line: 1,
        column: 'Prénom',
        value: null,
        reason: 'missing_column',
        message: 'Ligne 1 : la colonne « Prénom » est manquante',
      },
      {
        line: 1,
        column: 'Sexe',
        value: null,
        reason: 'missing_column',
        message: 'Ligne 1 : la colonne « Sexe » est manquante',
      },
    ])
  })

  it('still checks the lines when the header has a problem, without repeating it on each line', async () => {
    const headers = [...HEADERS, 'Remarque']
    const lines = [
      [...(THIRTY[0]?.cells ?? []), 'rien'],
      [...lineWith(1, { 'E-mail de convocation': 'nope' }), ''],
    ]
    expect(
      messagesOf(await parseCandidateFile(utf8(csvText([headers, ...lines], ';')), 'c.csv', context)),
    ).toEqual([
      "Ligne 1 : la colonne « Remarque » n'est pas une colonne du modèle",
      "Ligne 3, E-mail de convocation : nope n'est pas une adresse e-mail valide",
    ])
  })

  it('reports values under no header', async () => {
    const text = `${HEADERS.join(';')}\n${(THIRTY[0]?.cells ?? []).join(';')};;en trop\n`
    expect(problemsOf(await parseCandidateFile(utf8(text), 'candidats.csv', context))).toEqual([
      {
        line: 2,
        column: null,
        value: 'en trop',
        reason: 'value_without_column',
        message: 'Ligne 2, colonne 16 : en trop est dans une colonne sans en-tête',
      },
    ])
  })

  it('wants the headers on line 1', async () => {
    const text = `\n${csvText([HEADERS, THIRTY[0]?.cells ?? []], ';')}`
    expect(problemsOf(await parseCandidateFile(utf8(text), 'candidats.csv', context))).toEqual([
      {
        line: 1,
        column: null,
        value: null,
        reason: 'missing_header',
        message: 'Ligne 1 : la première ligne doit contenir les en-têtes des colonnes, comme dans le modèle',
      },
    ])
  })

  it('refuses an empty file and a file with no candidate', async () => {
    for (const bytes of [new Uint8Array(), utf8('\r\n ; ;\r\n'), withBom(new Uint8Array())]) {
      expect(messagesOf(await parseCandidateFile(bytes, 'candidats.csv', context))).toEqual([
        'Le fichier est vide.',
      ])
    }
    expect(problemsOf(await parseCandidateFile(csvFile([]), 'candidats.csv', context))).toEqual([
      {
        line: 0,
        column: null,
        value: null,
        reason: 'no_candidates',
        message: "Le fichier ne contient aucun candidat : seulement la ligne d'en-tête.",
      },
    ])
  })

  it('reports an unclosed quote with its line', async () => {
    const text = `${HEADERS.join(';')}\n${(THIRTY[0]?.cells ?? []).join(';')}\n"Martin;Paul;M\n`
    expect(problemsOf(await parseCandidateFile(utf8(text), 'candidats.csv', context))).toEqual([
      {
        line: 3,
        column: null,
        value: null,
        reason: 'unclosed_quote',
        message: `Ligne 3 : un guillemet « " » ouvert n'est jamais fermé`,
      },
    ])
  })
})

describe('parseCandidateFile: formats refused', () => {
  const acceptedFormats =
    "Ce format de fichier n'est pas accepté : importez un fichier CSV (.csv, séparateur « ; » ou « , ») ou Excel (.xlsx)."

  it.each([
    ['candidats.pdf', utf8('%PDF-1.7')],
    ['candidats.txt', csvFile([THIRTY[0]?.cells ?? []])],
    ['candidats', csvFile([THIRTY[0]?.cells ?? []])],
    ['candidats.csv', new Uint8Array([0xff, 0xfe, 0x4e, 0x00, 0x6f, 0x00])],
  ])('refuses %s, naming the accepted formats', async (fileName, bytes) => {
    expect(problemsOf(await parseCandidateFile(bytes, fileName, context))).toEqual([
      { line: 0, column: null, value: null, reason: 'unsupported_format', message: acceptedFormats },
    ])
  })

  it('refuses an Excel 97-2003 workbook with what to do', async () => {
    const ole2 = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0])
    expect(messagesOf(await parseCandidateFile(ole2, 'candidats.xls', context))).toEqual([
      'Les classeurs Excel 97-2003 (.xls) ne sont pas acceptés : enregistrez le fichier au format .xlsx ou .csv.',
    ])
  })

  it('refuses a damaged workbook', async () => {
    const buffer = await writeExcelFile([HEADERS]).toBuffer()
    for (const bytes of [buffer.subarray(0, 200), utf8('not a workbook')]) {
      expect(problemsOf(await parseCandidateFile(bytes, 'candidats.xlsx', context))).toMatchObject([
        { line: 0, reason: 'unreadable_xlsx' },
      ])
    }
  })
})

describe('parseCandidateFile: limits', () => {
  it('refuses a file over 2 MB before reading it', async () => {
    const bytes = new Uint8Array(2 * 1024 * 1024 + 1).fill(0x3b)
    expect(problemsOf(await parseCandidateFile(bytes, 'candidats.csv', context))).toEqual([
      { line: 0, column: null, value: null, reason: 'file_too_large', message: 'Le fichier dépasse 2 Mo.' },
    ])
  })

  const lines = (count: number) =>
    Array.from({ length: count }, (_, index) =>
      lineWith(index, {
        'Nom de naissance': `Candidat ${index}`,
        'Date de naissance (JJ/MM/AAAA)': '01/01/2000',
      }),
    )

  it('accepts 2,000 candidates', async () => {
    expect(
      candidatesOf(await parseCandidateFile(csvFile(lines(2000)), 'candidats.csv', context)),
    ).toHaveLength(2000)
  })

  it('refuses 2,001 candidates', async () => {
    expect(problemsOf(await parseCandidateFile(csvFile(lines(2001)), 'candidats.csv', context))).toEqual([
      {
        line: 0,
        column: null,
        value: null,
        reason: 'too_many_candidates',
        message: 'Le fichier contient plus de 2 000 candidats.',
      },
    ])
  })
})
