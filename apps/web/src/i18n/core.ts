/**
 * A tiny typed message formatter: catalogues are plain objects, `{name}` placeholders,
 * plurals chosen by `Intl.PluralRules` from the `count` parameter, dates and numbers formatted
 * with `Intl`. Placeholders may carry a format: `{at:time}`, `{day:date}`, `{at:datetime}`.
 */
import type { authFr } from '../auth/messages'
import type { candidateFr } from '../candidate/messages'
import type { candidateResultsFr } from '../candidate/results/messages'
import type { centreFr } from '../centre/messages'
import type { invigilatorFr } from '../invigilator/messages'
import type { verificationFr } from '../verification/messages'
import type { fr } from './fr'

export type Locale = 'fr' | 'en'
export const locales: readonly Locale[] = ['fr', 'en']

/** The BCP 47 tag used for `Intl` formatting (and react-aria) for each locale. */
export const localeTags: Record<Locale, string> = { fr: 'fr-FR', en: 'en-GB' }

/** A message with plural forms; `other` is the fallback for every category a language lacks. */
export type PluralMessage = {
  readonly zero?: string
  readonly one?: string
  readonly two?: string
  readonly few?: string
  readonly many?: string
  readonly other: string
}
export type Message = string | PluralMessage

/**
 * Every message of the app in French, the reference: the shell's and each area's. Only the types
 * are gathered here; at run time each area brings its own messages (see `catalogues.ts`).
 */
type French = typeof fr &
  typeof authFr &
  typeof centreFr &
  typeof candidateFr &
  typeof candidateResultsFr &
  typeof invigilatorFr &
  typeof verificationFr
export type MessageKey = keyof French

/** Every key of the French catalogue, no other: a missing or unknown key is a type error. */
export type Catalogue = { readonly [K in MessageKey]: Message }

/** Messages of one language, as loaded (the shell's, an area's, or all of them). */
export type Messages = { readonly [key: string]: Message }

/** The translation of the French messages `F`: exactly their keys, no other. */
export type Translation<F> = { readonly [K in keyof F]: Message }

type NamesIn<S> = S extends `${string}{${infer P}}${infer Rest}`
  ? (P extends `${infer Name}:${string}` ? Name : P) | NamesIn<Rest>
  : never
/** The parameter names a message uses (`count` for every plural message). */
export type MessageParams<M> = M extends string
  ? NamesIn<M>
  : M extends PluralMessage
    ? NamesIn<M[keyof M]> | 'count'
    : never

/** Keys of messages without placeholders: `t(key)` alone. */
export type PlainMessageKey = {
  [K in MessageKey]: [MessageParams<French[K]>] extends [never] ? K : never
}[MessageKey]

export type ParamValue = string | number | Date
export type Params<K extends MessageKey> = { readonly [P in MessageParams<French[K]>]: ParamValue }
type ParamsArg<K extends MessageKey> = [MessageParams<French[K]>] extends [never] ? [] : [params: Params<K>]

export type Translate = <K extends MessageKey>(key: K, ...params: ParamsArg<K>) => string

/** The keys of translation `C` whose placeholders differ from those of the French messages `F`. */
export type ParamMismatch<F, C extends Translation<F>> = {
  [K in keyof F]: [MessageParams<C[K]>] extends [MessageParams<F[K]>]
    ? [MessageParams<F[K]>] extends [MessageParams<C[K]>]
      ? never
      : K
    : K
}[keyof F]

/** `true` when translation `C` keeps the placeholders of `F`; else the keys that differ (a type error). */
export type SamePlaceholders<F, C extends Translation<F>> = [ParamMismatch<F, C>] extends [never]
  ? true
  : ParamMismatch<F, C>

/** The languages loaded on demand (French, the reference, comes with the code). */
export type OtherLocale = Exclude<Locale, 'fr'>

/** The shell's or an area's messages: French, bundled with their code, and how to load each other language. */
export interface MessagePart {
  readonly fr: Messages
  readonly load: { readonly [L in OtherLocale]: () => Promise<Messages> }
}

/** An area's messages: its French ones and the loaders (dynamic imports) of their translations. */
export function defineMessages<F extends Messages>(
  fr: F,
  load: { readonly [L in OtherLocale]: () => Promise<Translation<F>> },
): MessagePart {
  return { fr, load }
}

export interface I18n {
  readonly locale: Locale
  readonly t: Translate
  formatDate(date: Date | string, options?: Intl.DateTimeFormatOptions): string
  formatNumber(value: number, options?: Intl.NumberFormatOptions): string
}

const dateFormats: Record<string, Intl.DateTimeFormatOptions> = {
  date: { day: '2-digit', month: '2-digit', year: 'numeric' },
  longdate: { dateStyle: 'long' },
  time: { hour: '2-digit', minute: '2-digit' },
  datetime: { dateStyle: 'medium', timeStyle: 'short' },
}

/** French typography: a no-break space before ? ! : ; and inside « », so they never wrap alone. */
const frenchSpacing = (text: string) => text.replace(/ ([?!:;»])/g, '\u00a0$1').replace(/« /g, '«\u00a0')

/**
 * `messages` may still be filling in: `t()` reads it at each call, so the messages of an area
 * registered after this was created are found.
 */
export function createI18n(locale: Locale, messages: Messages): I18n {
  const tag = localeTags[locale]
  const plurals = new Intl.PluralRules(tag)
  const dateFormatters = new Map<string, Intl.DateTimeFormat>()
  const numberFormat = new Intl.NumberFormat(tag)

  const formatDate = (
    date: Date | string,
    options: Intl.DateTimeFormatOptions = dateFormats.longdate ?? {},
  ) => {
    const key = JSON.stringify(options)
    let formatter = dateFormatters.get(key)
    if (!formatter) {
      formatter = new Intl.DateTimeFormat(tag, options)
      dateFormatters.set(key, formatter)
    }
    return formatter.format(typeof date === 'string' ? new Date(date) : date)
  }

  const formatValue = (value: ParamValue | undefined, format: string | undefined): string => {
    if (value === undefined) return ''
    if (value instanceof Date) return formatDate(value, dateFormats[format ?? 'longdate'])
    if (typeof value === 'number') return numberFormat.format(value)
    if (format && format in dateFormats) return formatDate(value, dateFormats[format])
    return value
  }

  const t = ((key: MessageKey, params?: Record<string, ParamValue>) => {
    const message = messages[key]
    let template: string
    // Only if an area's page forgot `useMessages()`: show the key rather than fail.
    if (message === undefined) template = key
    else if (typeof message === 'string') template = message
    else {
      const category = plurals.select(Number(params?.count ?? 0)) as keyof PluralMessage
      template = message[category] ?? message.other
    }
    const text = params
      ? template.replace(/\{(\w+)(?::(\w+))?\}/g, (_, name: string, format?: string) =>
          formatValue(params[name], format),
        )
      : template
    return locale === 'fr' ? frenchSpacing(text) : text
  }) as Translate

  return {
    locale,
    t,
    formatDate,
    formatNumber: (value, options) =>
      options ? new Intl.NumberFormat(tag, options).format(value) : numberFormat.format(value),
  }
}
