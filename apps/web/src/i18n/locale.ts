import { type Locale, locales } from './core'

const STORAGE_KEY = 'vigie.locale'

const isLocale = (value: unknown): value is Locale => locales.includes(value as Locale)

/** The language chosen on this device, if any (kept across sign-outs). */
export function storedLocale(): Locale | null {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY)
    return isLocale(value) ? value : null
  } catch {
    return null // storage disabled (private mode, policy)
  }
}

export function storeLocale(locale: Locale): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, locale)
  } catch {
    // storage disabled: the choice lasts until the page is closed
  }
}

/** The first of the browser's languages that Vigie speaks; French otherwise. */
export function browserLocale(): Locale {
  const preferred = navigator.languages?.length ? navigator.languages : [navigator.language]
  for (const tag of preferred) {
    const language = tag?.toLowerCase().split('-')[0]
    if (isLocale(language)) return language
  }
  return 'fr'
}

/** Before the account is known: the stored choice, else the browser's language. */
export const deviceLocale = (): Locale => storedLocale() ?? browserLocale()
