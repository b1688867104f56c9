import './Spinner.css'
import { useT } from '../i18n'
import { cx } from './cx'

/** A decorative spinner: pair it with visible text, or use `<Loading>`. */
export function Spinner({ size = 'md', className }: { size?: 'sm' | 'md' | 'lg'; className?: string }) {
  return <span className={cx('spinner', `spinner--${size}`, className)} aria-hidden="true" />
}

/** A loading state announced to assistive technologies ("Chargement…" unless told otherwise). */
export function Loading({ label, className }: { label?: string; className?: string }) {
  const t = useT()
  return (
    <div className={cx('loading', className)} role="status" data-testid="loading">
      <Spinner size="lg" />
      <span>{label ?? t('common.loading')}</span>
    </div>
  )
}
