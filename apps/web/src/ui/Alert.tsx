import './Alert.css'
import { cx } from './cx'

export type AlertTone = 'info' | 'success' | 'warning' | 'error'

export interface AlertProps {
  tone?: AlertTone
  title?: React.ReactNode
  children?: React.ReactNode
  /** A button or link shown with the message ("Réessayer"). */
  action?: React.ReactNode
  className?: string
  'data-testid'?: string
}

const icons: Record<AlertTone, string> = { info: 'i', success: '✓', warning: '!', error: '!' }

/**
 * A message banner. Errors and warnings are `role="alert"` (announced at once); information and
 * success are `role="status"` (announced politely). Never colour alone: each tone has an icon.
 */
export function Alert({ tone = 'info', title, children, action, className, ...rest }: AlertProps) {
  return (
    <div
      role={tone === 'error' || tone === 'warning' ? 'alert' : 'status'}
      className={cx('alert', `alert--${tone}`, className)}
      data-testid={rest['data-testid']}
    >
      <span className="alert__icon" aria-hidden="true">
        {icons[tone]}
      </span>
      <div className="alert__body">
        {title && <p className="alert__title">{title}</p>}
        {children && <div className="alert__text">{children}</div>}
      </div>
      {action && <div className="alert__action">{action}</div>}
    </div>
  )
}
