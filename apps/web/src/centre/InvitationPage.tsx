import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useEffect, useRef } from 'react'
import { useNavigate, useSearchParams } from 'react-router'
import { isApiError, meKey, useMe } from '../api'
import { paths } from '../app/paths'
import { useMessages, useT } from '../i18n'
import { Alert, LinkButton, Loading, Page } from '../ui'
import { centreApi } from './api'
import { describeError } from './errors'
import { centreMessages } from './messages'
import type { CentreNotice } from './shared'

/**
 * `/invitation?token=…`, the link of an invitation e-mail. Signed-out visitors are sent to sign in
 * (or sign up) first and come back here; then the invitation is accepted at once and the user
 * lands on the centre's home.
 */
export function InvitationPage() {
  useMessages(centreMessages)
  const t = useT()
  const navigate = useNavigate()
  const queryClient = useQueryClient()
  const token = useSearchParams()[0].get('token')?.trim() ?? ''
  const email = useMe().data?.user.email ?? ''
  const accept = useMutation({
    mutationFn: (value: string) => centreApi.acceptInvitation(value),
    onSuccess: async ({ centreId }) => {
      // The new membership must be known before the centre's page shows.
      await queryClient.invalidateQueries({ queryKey: meKey })
      navigate(paths.centreHome(centreId), {
        replace: true,
        state: { notice: { kind: 'joined' } satisfies CentreNotice },
      })
    },
  })
  const started = useRef<string | null>(null)
  const { mutate } = accept
  useEffect(() => {
    if (!token || started.current === token) return
    started.current = token
    mutate(token)
  }, [token, mutate])

  let content: React.ReactNode
  if (!token) content = <Alert tone="error">{t('invitation.missingToken')}</Alert>
  else if (accept.isError)
    content = (
      <Alert tone="error" data-testid="invitation-error">
        {isApiError(accept.error, 'invalid_token')
          ? t('invitation.invalid', { email })
          : describeError(t, accept.error)}
      </Alert>
    )
  else content = <Loading label={t('invitation.pending')} />

  return (
    <Page title={t('invitation.title')} width="narrow" data-testid="invitation-page">
      {content}
      {(!token || accept.isError) && (
        <p className="section">
          <LinkButton href={paths.home} variant="secondary">
            {t('common.backHome')}
          </LinkButton>
        </p>
      )}
    </Page>
  )
}
