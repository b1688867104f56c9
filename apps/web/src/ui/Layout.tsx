import './Layout.css'
import { useEffect, useRef } from 'react'
import { useLocation } from 'react-router'
import { useT } from '../i18n'
import { cx } from './cx'

const MAIN_ID = 'contenu'

/**
 * The page frame: a skip link ("Aller au contenu"), the banner (header), the main landmark and a
 * footer. `<main>` can take focus so that the skip link and navigations land in it.
 */
export function PageLayout({
  header,
  notices,
  children,
  footer,
}: {
  header: React.ReactNode
  /** Banners about the whole app (connection, saving the language…), shown above the page. */
  notices?: React.ReactNode
  children: React.ReactNode
  footer?: React.ReactNode
}) {
  const t = useT()
  return (
    <div className="layout">
      <a
        className="skip-link"
        href={`#${MAIN_ID}`}
        onClick={(event) => {
          const main = document.getElementById(MAIN_ID)
          if (!main) return
          event.preventDefault()
          main.focus()
          main.scrollIntoView()
        }}
      >
        {t('layout.skipLink')}
      </a>
      <header className="layout__header">{header}</header>
      <main id={MAIN_ID} tabIndex={-1} className="layout__main">
        {notices && <div className="layout__notices">{notices}</div>}
        {children}
      </main>
      {footer && <footer className="layout__footer">{footer}</footer>}
    </div>
  )
}

/** Sets the window's title: "<page> – Vigie". */
export function useDocumentTitle(page: string) {
  const t = useT()
  useEffect(() => {
    document.title = t('document.title', { page })
  }, [t, page])
}

export interface PageProps {
  /** The page's name: its `<h1>` and its window title. */
  title: string
  /** The window title when it should differ from the heading. */
  documentTitle?: string
  /** A lead paragraph under the heading. */
  lead?: React.ReactNode
  /** Shown above the heading: where the page sits (`<Breadcrumbs>`). */
  breadcrumbs?: React.ReactNode
  width?: 'narrow' | 'wide'
  /** Draw the page on a card (forms). */
  card?: boolean
  children?: React.ReactNode
  className?: string
  'data-testid'?: string
}

// Until the user has pressed a key or pointed at something, the browser's own focus handling of a
// page load stands (redirects included); afterwards, each new page moves focus to its heading.
let userHasInteracted = false
if (typeof window !== 'undefined') {
  const mark = () => {
    userHasInteracted = true
  }
  window.addEventListener('pointerdown', mark, { capture: true, once: true })
  window.addEventListener('keydown', mark, { capture: true, once: true })
}

/**
 * One screen: its heading, window title, and after an in-app navigation, focus on the heading so
 * that screen-reader users hear where they arrived.
 */
export function Page({
  title,
  documentTitle,
  lead,
  breadcrumbs,
  width = 'wide',
  card,
  children,
  className,
  ...rest
}: PageProps) {
  useDocumentTitle(documentTitle ?? title)
  const heading = useRef<HTMLHeadingElement>(null)
  const { key } = useLocation()
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs again on each navigation (new location key)
  useEffect(() => {
    if (userHasInteracted) heading.current?.focus({ preventScroll: true })
  }, [key])
  return (
    <div
      className={cx('page', `page--${width}`, card && 'page--card', className)}
      data-testid={rest['data-testid']}
    >
      {breadcrumbs}
      <h1 ref={heading} tabIndex={-1} className="page__title">
        {title}
      </h1>
      {lead && <p className="page__lead">{lead}</p>}
      {children}
    </div>
  )
}

/** A titled group of content within a page, with optional buttons beside its title. */
export function Section({
  title,
  children,
  actions,
  headingRef,
  className,
  ...rest
}: {
  title: string
  children: React.ReactNode
  /** Buttons acting on the whole section ("Ajouter un candidat"), beside the title. */
  actions?: React.ReactNode
  /** To move focus to the title (after the item that had focus was removed). */
  headingRef?: React.Ref<HTMLHeadingElement>
  className?: string
  'data-testid'?: string
}) {
  const heading = (
    <h2 className="section__title" ref={headingRef} tabIndex={headingRef ? -1 : undefined}>
      {title}
    </h2>
  )
  return (
    <section className={cx('section', className)} aria-label={title} data-testid={rest['data-testid']}>
      {actions ? (
        <div className="section__head">
          {heading}
          <div className="section__actions">{actions}</div>
        </div>
      ) : (
        heading
      )}
      {children}
    </section>
  )
}
