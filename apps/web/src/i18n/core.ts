/**
 * A tiny typed message formatter: catalogues are plain objects, `{name}` placeholders,
 * plurals chosen by `Intl.PluralRules` from the `count` parameter, dates and numbers formatted
 * with `Intl`. Placeholders may carry a format: `{at:time}`, `{day:date}`, `{at:datetime}`.
 */
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

type French = typeof fr
export type MessageKey = keyof French

/** Every key of the French catalogue, no other: a missing or unknown key is a type error. */
export type Catalogue = { readonly [K in MessageKey]: Message }

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

/** The keys of catalogue `C` whose placeholders differ from the French ones. */
export type ParamMismatch<C extends Catalogue> = {
  [K in MessageKey]: [MessageParams<C[K]>] extends [MessageParams<French[K]>]
    ? [MessageParams<French[K]>] extends [MessageParams<C[K]>]
      ? never
      : K
    : K
}[MessageKey]

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

export function createI18n(locale: Locale, catalogue: Catalogue): I18n {
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
    const message: Message = catalogue[key]
    let template: string
    if (typeof message === 'string') template = message
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
