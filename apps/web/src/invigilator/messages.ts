import type { Message } from '../i18n/core'

/** The invigilator area's messages (French: the reference; keys start with `invigilator.`). */
export const invigilatorFr = {} as const satisfies Record<string, Message>

/** The same keys in English; the full catalogue (i18n/en.ts) checks that none is missing. */
export const invigilatorEn = {} as const satisfies Record<keyof typeof invigilatorFr, Message>
