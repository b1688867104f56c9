/**
 * What the candidate has chosen or typed but not yet sent, kept in the tab's session storage so
 * that a reload (during a pause, on a flaky connection) does not lose it. Per tab, never in
 * `localStorage`: on a shared exam computer nothing of a test outlives its tab.
 */
export interface Draft {
  choice: string | null
  choices: string[]
  text: string
}

export const emptyDraft: Draft = { choice: null, choices: [], text: '' }

/** One draft per question served: a neutralised question's replacement starts empty. */
const keyOf = (testId: string, questionNumber: number, itemId: string) =>
  `vigie.draft.${testId}.${questionNumber}.${itemId}`

const isDraft = (value: unknown): value is Draft => {
  if (typeof value !== 'object' || value === null) return false
  const draft = value as Record<string, unknown>
  return (
    (draft.choice === null || typeof draft.choice === 'string') &&
    Array.isArray(draft.choices) &&
    draft.choices.every((id) => typeof id === 'string') &&
    typeof draft.text === 'string'
  )
}

export function drafts(storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null) {
  return {
    read(testId: string, questionNumber: number, itemId: string): Draft {
      try {
        const stored = storage?.getItem(keyOf(testId, questionNumber, itemId))
        const parsed: unknown = stored ? JSON.parse(stored) : null
        return isDraft(parsed) ? parsed : emptyDraft
      } catch {
        return emptyDraft
      }
    },
    write(testId: string, questionNumber: number, itemId: string, draft: Draft): void {
      const key = keyOf(testId, questionNumber, itemId)
      try {
        if (draft.choice === null && draft.choices.length === 0 && draft.text === '') storage?.removeItem(key)
        else storage?.setItem(key, JSON.stringify(draft))
      } catch {
        // Storage full or refused (private browsing): the draft lives in the page only, as before.
      }
    },
    clear(testId: string, questionNumber: number, itemId: string): void {
      try {
        storage?.removeItem(keyOf(testId, questionNumber, itemId))
      } catch {}
    },
  }
}

const sessionStore = (): Storage | null => {
  try {
    return window.sessionStorage
  } catch {
    return null
  }
}

export const questionDrafts = drafts(typeof window === 'undefined' ? null : sessionStore())
