import type { CandidateInput, ImportProblem } from '@vigie/contract'
import {
  type CandidateDraft,
  type CandidateRulesContext,
  nameMatchKey,
  validateCandidate,
} from '../candidate-rules'
import { cellText, cellToFieldValue } from './cell-values'
import { candidateFileColumn } from './columns'
import { cellProblem, valueWithoutColumn } from './import-problems'
import type { HeaderLayout } from './read-header'
import type { SheetRow } from './sheet'

export interface CandidateLine {
  readonly candidate: CandidateInput | null
  readonly problems: readonly ImportProblem[]
  /** Birth name, first name and birth date as compared for duplicates; null when one is missing. */
  readonly identityKey: string | null
}

/** One line of the file → the candidate it describes, or its problems. */
export function readCandidateLine(
  row: SheetRow,
  line: number,
  layout: HeaderLayout,
  context: CandidateRulesContext,
): CandidateLine {
  const draft: { [Field in keyof CandidateInput]?: unknown } = {}
  const shown: Partial<Record<keyof CandidateInput, string | null>> = {}
  const problems: ImportProblem[] = []
  row.forEach((cell, index) => {
    const column = layout.columns[index]
    if (column === 'unknown') return
    if (column === null || column === undefined) {
      const text = cellText(cell)
      if (text !== null) problems.push(valueWithoutColumn(line, index + 1, text))
      return
    }
    draft[column.field] = cellToFieldValue(column.field, cell)
    shown[column.field] = cellText(cell)
  })

  const validation = validateCandidate(draft, context)
  if (!validation.ok) {
    for (const { field, reason, message } of validation.problems) {
      const column = candidateFileColumn(field)
      if (layout.missing.includes(column)) continue
      problems.push(cellProblem(line, column, shown[field] ?? null, reason, message.fr))
    }
  }
  return {
    candidate: validation.ok && problems.length === 0 ? validation.value : null,
    problems,
    identityKey: identityKey(draft),
  }
}

function identityKey(draft: CandidateDraft): string | null {
  const parts = [draft.lastName, draft.firstName, draft.birthdate].map((value) =>
    typeof value === 'string' ? nameMatchKey(value) : '',
  )
  return parts.every((part) => part !== '') ? parts.join('|') : null
}
