import { createContext, type ReactNode, use, useEffect, useMemo, useState } from 'react'
import { I18nProvider as AriaI18nProvider } from 'react-aria-components'
import {
  hasMessages,
  isLocaleLoaded,
  loadLocale,
  loadMessages,
  messagesOf,
  registerMessages,
} from './catalogues'
import { createI18n, type I18n, type Locale, localeTags, type MessagePart } from './core'

const I18nContext = createContext<I18n | null>(null)

/**
 * Provides `t` for `locale` to the tree (and to react-aria's own strings), and sets `<html lang>`.
 * A language whose messages are still downloading is shown once they are in: until then the page
 * stays in the previous language (nothing is shown at start-up, a moment).
 */
export function I18nProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  const [shown, setShown] = useState<Locale | null>(() => (isLocaleLoaded(locale) ? locale : null))
  useEffect(() => {
    let current = true
    loadLocale(locale).then(
      () => {
        if (current) setShown(locale)
      },
      (error: unknown) => {
        // Offline, or a new version replaced the files: keep the language shown (French at start-up).
        console.error(error)
        if (current) setShown((previous) => previous ?? 'fr')
      },
    )
    return () => {
      current = false
    }
  }, [locale])
  const i18n = useMemo(() => shown && createI18n(shown, messagesOf(shown)), [shown])
  useEffect(() => {
    if (shown) document.documentElement.lang = shown
  }, [shown])
  if (!i18n) return null
  return (
    <I18nContext value={i18n}>
      <AriaI18nProvider locale={localeTags[i18n.locale]}>{children}</AriaI18nProvider>
    </I18nContext>
  )
}

export function useI18n(): I18n {
  const i18n = use(I18nContext)
  if (!i18n) throw new Error('useI18n() outside <I18nProvider>')
  return i18n
}

/** The translate function for the current locale. */
export const useT = () => useI18n().t

/**
 * Makes an area's messages available to `t()`, for the pages of the area to call first: French at
 * once (they came with the area's code), another language after a download (the page suspends).
 */
export function useMessages(part: MessagePart): void {
  const { locale } = useI18n()
  registerMessages(part)
  if (!hasMessages(part, locale)) use(loadMessages(part, locale))
}
