/** A link that saves one of the session's documents, with the download arrow before its name. */
export function DownloadLink({
  href,
  children,
  'data-testid': testId,
}: {
  href: string
  children: React.ReactNode
  'data-testid'?: string
}) {
  return (
    <a href={href} download className="downloads__link" data-testid={testId}>
      <svg className="downloads__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <path d="M12 4v11m0 0l-4.5-4.5M12 15l4.5-4.5M5 19h14" />
      </svg>
      <span>{children}</span>
    </a>
  )
}
