/**
 * The messages loaded so far, per language. The shell's French ones come with the entry; each
 * area's French ones come with the area's code (a page of the Espace Surveillant downloads
 * neither the centre's nor the candidate's); English is only downloaded once chosen.
 */
import { defineMessages, type Locale, type Message, type MessagePart, type Messages } from './core'
import { fr } from './fr'

const shell = defineMessages(fr, { en: () => import('./en').then((module) => module.en) })

/** What `t()` reads: filled in as parts are registered and languages loaded. */
const loaded: Record<Locale, Record<string, Message>> = { fr: {}, en: {} }
const parts = new Set<MessagePart>()
const done = new Map<MessagePart, Set<Locale>>()
const pending = new Map<MessagePart, Map<Locale, Promise<void>>>()

export const messagesOf = (locale: Locale): Messages => loaded[locale]

/** Adds the shell's or an area's messages: French at once; a later change of language loads them too. */
export function registerMessages(part: MessagePart): void {
  if (parts.has(part)) return
  parts.add(part)
  done.set(part, new Set(['fr']))
  Object.assign(loaded.fr, part.fr)
}

export const hasMessages = (part: MessagePart, locale: Locale): boolean =>
  done.get(part)?.has(locale) ?? false

/**
 * Loads a part in `locale` (registering it). The same promise until it settles (React's `use()`
 * needs it), then a new attempt if it failed (the network came back).
 */
export function loadMessages(part: MessagePart, locale: Locale): Promise<void> {
  registerMessages(part)
  if (locale === 'fr' || hasMessages(part, locale)) return Promise.resolve()
  const byLocale = pending.get(part) ?? new Map<Locale, Promise<void>>()
  pending.set(part, byLocale)
  let promise = byLocale.get(locale)
  if (!promise) {
    promise = part.load[locale]().then(
      (messages) => {
        Object.assign(loaded[locale], messages)
        done.get(part)?.add(locale)
        byLocale.delete(locale)
      },
      (error: unknown) => {
        byLocale.delete(locale)
        throw error
      },
    )
    byLocale.set(locale, promise)
  }
  return promise
}

/** Every registered part is there in `locale`: the language can be shown at once. */
export const isLocaleLoaded = (locale: Locale): boolean =>
  [...parts].every((part) => hasMessages(part, locale))

/** Loads `locale` for every registered part (the shell and the areas visited so far). */
export const loadLocale = (locale: Locale): Promise<void> =>
  Promise.all([...parts].map((part) => loadMessages(part, locale))).then(() => undefined)

registerMessages(shell)
