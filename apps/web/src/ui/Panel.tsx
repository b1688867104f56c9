import './Panel.css'
import { cx } from './cx'

/** A page's main block (a form, a result) on a raised surface, with less padding on a phone. */
export function Panel({
  as: Element = 'div',
  className,
  ...props
}: { as?: 'div' | 'article' } & React.HTMLAttributes<HTMLElement>) {
  return <Element className={cx('panel', className)} {...props} />
}
