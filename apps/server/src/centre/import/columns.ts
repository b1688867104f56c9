import type { CandidateInput } from '@vigie/contract'

/** One column of the candidate file, shared by the import, its templates and the CSV export. */
export interface CandidateFileColumn {
  readonly field: keyof CandidateInput
  /** The header as written in the templates and the export. */
  readonly header: string
  /** Whether a file without this column is refused (its field has no default). */
  readonly required: boolean
  /** Width in characters in the XLSX template. */
  readonly width: number
  /** Other headers read as this column, compared through `headerKey`. */
  readonly aliases: readonly string[]
}

export const CANDIDATE_FILE_COLUMNS: readonly CandidateFileColumn[] = [
  {
    field: 'lastName',
    header: 'Nom de naissance',
    required: true,
    width: 22,
    aliases: ['Nom', 'Nom de famille', 'Nom naissance'],
  },
  { field: 'firstName', header: 'Prénom', required: true, width: 20, aliases: ['Prénoms'] },
  { field: 'sex', header: 'Sexe', required: true, width: 8, aliases: ['Genre'] },
  {
    field: 'birthdate',
    header: 'Date de naissance (JJ/MM/AAAA)',
    required: true,
    width: 30,
    aliases: ['Date naissance', 'Né le', 'Née le', 'Né(e) le'],
  },
  {
    field: 'birthCountry',
    header: 'Pays de naissance',
    required: true,
    width: 20,
    aliases: ['Pays naissance', 'Pays'],
  },
  {
    field: 'birthCity',
    header: 'Commune de naissance',
    required: true,
    width: 24,
    aliases: ['Commune naissance', 'Ville de naissance', 'Lieu de naissance', 'Commune', 'Ville'],
  },
  {
    field: 'birthPostalCode',
    header: 'Code postal de naissance',
    required: false,
    width: 24,
    aliases: ['Code postal naissance', 'Code postal', 'CP'],
  },
  {
    field: 'birthInseeCode',
    header: 'Code INSEE de naissance',
    required: false,
    width: 24,
    aliases: ['Code INSEE naissance', 'Code INSEE', 'INSEE', 'Code commune INSEE'],
  },
  {
    field: 'externalId',
    header: 'Identifiant externe',
    required: false,
    width: 20,
    aliases: ['Identifiant', 'ID externe'],
  },
  {
    field: 'extraTimePercentage',
    header: 'Temps majoré (%)',
    required: false,
    width: 18,
    aliases: ['Temps majoré en %', 'Pourcentage de temps majoré'],
  },
  {
    field: 'accessibilityAdjustment',
    header: 'Aménagement accessibilité (oui/non)',
    required: false,
    width: 36,
    aliases: ["Aménagement d'accessibilité", 'Accessibilité', 'Aménagement'],
  },
  {
    field: 'complementaryCertification',
    header: 'Certification complémentaire',
    required: false,
    width: 30,
    aliases: [],
  },
  {
    field: 'convocationEmail',
    header: 'E-mail de convocation',
    required: false,
    width: 32,
    aliases: ['E-mail convocation', 'Courriel de convocation', 'Adresse e-mail de convocation'],
  },
  {
    field: 'resultsEmail',
    header: 'E-mail des résultats',
    required: false,
    width: 32,
    aliases: [
      'E-mail résultats',
      'E-mail de résultats',
      "E-mail d'envoi des résultats",
      'Courriel des résultats',
      'Adresse e-mail des résultats',
    ],
  },
]

/**
 * What is left of a header once what people vary without meaning anything else is removed:
 * accents, case, punctuation, spacing, a parenthesised hint such as « (JJ/MM/AAAA) » or « (%) »,
 * a required-field star, and the spellings of « e-mail ».
 */
export function headerKey(header: string): string {
  return header
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\([^)]*\)/g, ' ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(/\be mail\b|\bemail\b|\bmail\b/g, 'email')
}

const columnsByHeaderKey = new Map<string, CandidateFileColumn>(
  CANDIDATE_FILE_COLUMNS.flatMap((column) =>
    [column.header, ...column.aliases].map((header) => [headerKey(header), column] as const),
  ),
)

export function findCandidateFileColumn(header: string): CandidateFileColumn | undefined {
  return columnsByHeaderKey.get(headerKey(header))
}

/** The header without its hint in parentheses, as messages name the column: « Date de naissance ». */
export function columnLabel(column: CandidateFileColumn): string {
  return column.header.replace(/\s*\([^)]*\)$/, '')
}

export function candidateFileColumn(field: keyof CandidateInput): CandidateFileColumn {
  const column = CANDIDATE_FILE_COLUMNS.find((candidate) => candidate.field === field)
  if (!column) throw new Error(`No candidate file column for ${field}`)
  return column
}
