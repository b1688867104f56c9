export type { I18n, Locale, MessageKey, PlainMessageKey, Translate } from './core'
export { locales } from './core'
export { I18nProvider, useI18n, useMessages, useT } from './I18nProvider'
export { browserLocale, deviceLocale, storedLocale, storeLocale } from './locale'
