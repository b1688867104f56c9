import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { Me } from '@vigie/contract'
import { createContext, type ReactNode, use, useCallback, useEffect, useMemo, useState } from 'react'
import { authApi, meKey, useMe } from '../api'
import { deviceLocale, I18nProvider, type Locale, storeLocale } from '../i18n'

interface LocaleSwitch {
  switchLocale(locale: Locale): void
  /** Saving the signed-in user's choice failed (the previous language is back). */
  saveFailed: boolean
  dismissError(): void
}

const LocaleSwitchContext = createContext<LocaleSwitch | null>(null)

export function useLocaleSwitch(): LocaleSwitch {
  const value = use(LocaleSwitchContext)
  if (!value) throw new Error('useLocaleSwitch() outside <LocaleRoot>')
  return value
}

/**
 * Chooses the language: the signed-in user's `locale`, else the choice stored on this device,
 * else the browser's language. Switching while signed in updates at once and saves it to the
 * account (`PATCH /api/account`); the last language used is remembered on the device, so the
 * sign-in page keeps it after signing out.
 */
export function LocaleRoot({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient()
  const me = useMe().data
  const [device, setDevice] = useState<Locale>(deviceLocale)
  const accountLocale = me?.user.locale
  const locale: Locale = accountLocale ?? device

  useEffect(() => {
    if (accountLocale) {
      storeLocale(accountLocale)
      setDevice(accountLocale)
    }
  }, [accountLocale])

  const save = useMutation({
    scope: { id: 'account.locale' }, // one PATCH at a time, in the order chosen
    mutationFn: (next: Locale) => authApi.patchAccount({ locale: next }),
    onMutate: async (next) => {
      await queryClient.cancelQueries({ queryKey: meKey })
      const previous = queryClient.getQueryData<Me | null>(meKey)
      if (previous)
        queryClient.setQueryData<Me>(meKey, { ...previous, user: { ...previous.user, locale: next } })
      return { previous }
    },
    onError: (_error, _next, context) => {
      if (context?.previous) queryClient.setQueryData(meKey, context.previous)
    },
    onSuccess: (saved) => queryClient.setQueryData(meKey, saved),
  })
  const { mutate, reset } = save

  const switchLocale = useCallback(
    (next: Locale) => {
      storeLocale(next)
      setDevice(next)
      if (queryClient.getQueryData<Me | null>(meKey)) mutate(next)
    },
    [queryClient, mutate],
  )

  const value = useMemo(
    () => ({ switchLocale, saveFailed: save.isError, dismissError: reset }),
    [switchLocale, save.isError, reset],
  )

  return (
    <LocaleSwitchContext value={value}>
      <I18nProvider locale={locale}>{children}</I18nProvider>
    </LocaleSwitchContext>
  )
}
