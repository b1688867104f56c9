import './Header.css'
import { useQueryClient } from '@tanstack/react-query'
import type { Me } from '@vigie/contract'
import { useState } from 'react'
import { Link, ToggleButton, ToggleButtonGroup } from 'react-aria-components'
import { authApi, errorMessage, setSignedOut } from '../api'
import { type Locale, locales, useI18n } from '../i18n'
import { Alert, Button } from '../ui'
import { noteSignOut } from './guards'
import { useLocaleSwitch } from './LocaleRoot'

function LocaleSwitch() {
  const { locale, t } = useI18n()
  const { switchLocale } = useLocaleSwitch()
  return (
    <ToggleButtonGroup
      className="locale-switch"
      aria-label={t('layout.language')}
      selectionMode="single"
      disallowEmptySelection
      selectedKeys={[locale]}
      onSelectionChange={(keys) => {
        const [next] = [...keys] as Locale[]
        if (next && next !== locale) switchLocale(next)
      }}
      data-testid="locale-switch"
    >
      {locales.map((code) => (
        <ToggleButton
          key={code}
          id={code}
          className="locale-switch__option"
          aria-label={t(`locale.${code}`)}
          lang={code}
          data-testid={`locale-${code}`}
        >
          {t(`locale.${code}.short`)}
        </ToggleButton>
      ))}
    </ToggleButtonGroup>
  )
}

function AccountBar({ me }: { me: Me }) {
  const { t } = useI18n()
  const queryClient = useQueryClient()
  const [pending, setPending] = useState(false)
  const [error, setError] = useState<unknown>(null)

  const logout = async () => {
    setPending(true)
    setError(null)
    try {
      await authApi.logout()
    } catch (cause) {
      setPending(false)
      setError(cause)
      return
    }
    noteSignOut() // the guards then lead to the sign-in page, saying so
    setSignedOut(queryClient)
  }

  return (
    <>
      <div className="app-header__account">
        <span className="app-header__user" data-testid="header-user-name">
          {me.user.firstName} {me.user.lastName}
        </span>
        <Button variant="secondary" onPress={logout} isPending={pending} data-testid="logout">
          {t('layout.logout')}
        </Button>
      </div>
      {error !== null && (
        <div className="app-header__error">
          <Alert tone="error">{errorMessage(t, error)}</Alert>
        </div>
      )}
    </>
  )
}

/** The banner: product name (home link), the user's name, language switch, sign-out. */
export function Header({ me }: { me: Me | null | undefined }) {
  const { t } = useI18n()
  return (
    <div className="app-header">
      <Link href="/" className="app-header__brand" aria-label={t('layout.home')}>
        <svg viewBox="0 0 32 32" aria-hidden="true" focusable="false">
          <rect width="32" height="32" rx="7" />
          <path d="M8 9l8 15 8-15" />
        </svg>
        <span>{t('app.name')}</span>
      </Link>
      <div className="app-header__tools">
        <LocaleSwitch />
        {me && <AccountBar me={me} />}
      </div>
    </div>
  )
}
