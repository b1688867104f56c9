import { useT } from '../i18n'
import { Alert } from './Alert'
import { Button } from './Button'

/** A page's or a list's main query failed: what, why, and "Réessayer". */
export function LoadError({
  title,
  message,
  onRetry,
  isRetrying = false,
}: {
  title?: string
  message: string
  onRetry: () => void
  isRetrying?: boolean
}) {
  const t = useT()
  return (
    <Alert
      tone="error"
      title={title}
      action={
        <Button variant="secondary" onPress={onRetry} isPending={isRetrying}>
          {t('common.retry')}
        </Button>
      }
      data-testid="load-error"
    >
      {message}
    </Alert>
  )
}
