import './Card.css'
import { Link } from 'react-aria-components'
import { cx } from './cx'

/**
 * A card whose title is a link covering the whole card (one tab stop, a big touch target);
 * the description stays outside the link's name.
 */
export function LinkCard({
  href,
  title,
  description,
  meta,
  className,
  'data-testid': testId,
}: {
  href: string
  title: string
  description?: React.ReactNode
  /** Small content beside the title (a role tag…). */
  meta?: React.ReactNode
  className?: string
  'data-testid'?: string
}) {
  return (
    <li className={cx('link-card', className)} data-testid={testId}>
      <div className="link-card__head">
        <Link href={href} className="link-card__link">
          {title}
        </Link>
        {meta}
      </div>
      {description && <p className="link-card__description">{description}</p>}
      <span className="link-card__arrow" aria-hidden="true">
        →
      </span>
    </li>
  )
}

/** A responsive grid of `LinkCard`s (a list for assistive technologies). */
export function CardList({ children, className }: { children: React.ReactNode; className?: string }) {
  return <ul className={cx('card-list', className)}>{children}</ul>
}
