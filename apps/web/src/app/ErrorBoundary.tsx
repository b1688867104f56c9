import { Component, type ReactNode } from 'react'
import { useT } from '../i18n'
import { Alert, Button } from '../ui'

function PageFailed() {
  const t = useT()
  return (
    <Alert
      tone="error"
      title={t('error.page')}
      action={
        <Button variant="secondary" onPress={() => window.location.reload()}>
          {t('common.reload')}
        </Button>
      }
    >
      {t('error.pageHint')}
    </Alert>
  )
}

/**
 * Catches a page that fails to render or to load (a chunk removed by a new release: reloading
 * fetches the new one). `resetKey` (the location) clears the error on navigation.
 */
export class ErrorBoundary extends Component<
  { children: ReactNode; resetKey: string },
  { failed: boolean; key: string }
> {
  override state = { failed: false, key: this.props.resetKey }

  static getDerivedStateFromError() {
    return { failed: true }
  }

  static getDerivedStateFromProps(props: { resetKey: string }, state: { failed: boolean; key: string }) {
    return props.resetKey === state.key ? null : { failed: false, key: props.resetKey }
  }

  override componentDidCatch(error: unknown) {
    console.error(error)
  }

  override render() {
    return this.state.failed ? <PageFailed /> : this.props.children
  }
}
