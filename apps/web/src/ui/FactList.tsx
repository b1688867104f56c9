/** A label and its value, e.g. "Date" and "25 novembre 2026". */
export interface Fact {
  label: string
  value: React.ReactNode
  /** Set on the value. */
  testId?: string
}

/**
 * Label/value pairs: a `dl` with one `div` per pair, which the caller's class lays out as rows or
 * tiles. A falsy entry is skipped, so that a fact shown only sometimes stays in its place in the list.
 */
export function FactList({
  facts,
  className,
  'data-testid': testId,
}: {
  facts: ReadonlyArray<Fact | false | null>
  className?: string
  'data-testid'?: string
}) {
  return (
    <dl className={className} data-testid={testId}>
      {facts.map(
        (fact) =>
          fact && (
            <div key={fact.label}>
              <dt>{fact.label}</dt>
              <dd data-testid={fact.testId}>{fact.value}</dd>
            </div>
          ),
      )}
    </dl>
  )
}
