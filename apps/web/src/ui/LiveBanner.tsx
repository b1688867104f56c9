import { useEffect, useState } from 'react'
import type { LiveStatus } from '../api'
import { useT } from '../i18n'
import { Alert } from './Alert'

/**
 * "Connexion perdue, reconnexion…" while a live stream is down. Waits `delayMs` before showing,
 * so that a blip (a server restart, a network handover) does not flash a banner.
 */
export function LiveBanner({ status, delayMs = 2000 }: { status: LiveStatus; delayMs?: number }) {
  const t = useT()
  const lost = status === 'reconnecting'
  const [visible, setVisible] = useState(false)
  useEffect(() => {
    if (!lost) {
      setVisible(false)
      return
    }
    const timer = setTimeout(() => setVisible(true), delayMs)
    return () => clearTimeout(timer)
  }, [lost, delayMs])
  if (!visible) return null
  return (
    <Alert tone="warning" data-testid="live-reconnecting">
      {t('live.reconnecting')}
    </Alert>
  )
}
