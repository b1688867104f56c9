import './Breadcrumbs.css'
import { Breadcrumbs as AriaBreadcrumbs, Breadcrumb, Link } from 'react-aria-components'

export interface Crumb {
  label: string
  /** Omit for the current page (the last crumb). */
  href?: string
}

/**
 * Where the page sits ("Vos centres / Centre… / Session 123456"), in a `nav` landmark named by
 * `label`. The last crumb is the current page (`aria-current="page"`), not a link.
 */
export function Breadcrumbs({ label, items }: { label: string; items: readonly Crumb[] }) {
  return (
    <nav aria-label={label} className="breadcrumbs">
      <AriaBreadcrumbs className="breadcrumbs__list">
        {items.map((item) => (
          <Breadcrumb key={`${item.href ?? ''}|${item.label}`} className="breadcrumbs__item">
            <Link href={item.href} className="breadcrumbs__link">
              {item.label}
            </Link>
          </Breadcrumb>
        ))}
      </AriaBreadcrumbs>
    </nav>
  )
}
