import { useEffect, useState } from 'react'
import { useT } from '../i18n'
import { formatCountdown } from './api'

/** The time now, every second. */
function useNow(): number {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000)
    return () => clearInterval(timer)
  }, [])
  return now
}

/** The time left until the theoretical end; past it, a prompt to tell the invigilator. */
export function Countdown({ endAt }: { endAt: string }) {
  const t = useT()
  const now = useNow()
  const remaining = new Date(endAt).getTime() - now
  if (remaining <= 0) {
    return (
      <p className="candidate-timer" role="status" data-testid="timer">
        {t('candidate.test.overtime')}
      </p>
    )
  }
  // Not a live region: announcing every second would drown the question.
  return (
    <p className="candidate-timer" data-testid="timer">
      {t('candidate.test.remaining', { time: formatCountdown(remaining) })}
    </p>
  )
}
