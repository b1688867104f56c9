import { createContext, type ReactNode, use, useEffect, useMemo } from 'react'
import { I18nProvider as AriaI18nProvider } from 'react-aria-components'
import { type Catalogue, createI18n, type I18n, type Locale, localeTags } from './core'
import { en } from './en'
import { fr } from './fr'

const catalogues: Record<Locale, Catalogue> = { fr, en }

const I18nContext = createContext<I18n | null>(null)

/** Provides `t` for `locale` to the tree (and to react-aria's own strings), and sets `<html lang>`. */
export function I18nProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  const i18n = useMemo(() => createI18n(locale, catalogues[locale]), [locale])
  useEffect(() => {
    document.documentElement.lang = locale
  }, [locale])
  return (
    <I18nContext value={i18n}>
      <AriaI18nProvider locale={localeTags[locale]}>{children}</AriaI18nProvider>
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
