import './Tag.css'
import { cx } from './cx'

export type TagTone = 'neutral' | 'info' | 'success' | 'warning' | 'danger'

/** A short status or category label ("En cours", "Inscription à Pix+ Droit"). Not interactive. */
export function Tag({
  tone = 'neutral',
  children,
  className,
  ...rest
}: {
  tone?: TagTone
  children: React.ReactNode
  className?: string
} & React.HTMLAttributes<HTMLSpanElement>) {
  return (
    <span {...rest} className={cx('tag', `tag--${tone}`, className)}>
      {children}
    </span>
  )
}
