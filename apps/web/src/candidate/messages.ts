import type { Message } from '../i18n/core'

/** The candidate area's messages (French: the reference; keys start with `candidate.`). */
export const candidateFr = {} as const satisfies Record<string, Message>

/** The same keys in English; the full catalogue (i18n/en.ts) checks that none is missing. */
export const candidateEn = {} as const satisfies Record<keyof typeof candidateFr, Message>
