/**
 * Free answers are compared after the normalisation content/FORMAT.md defines: trim, lower case,
 * accents removed, runs of white space folded to one space, and a trailing full stop dropped.
 * Canonical decomposition (NFD), not compatibility (NFKD): "m²" must not become "m2".
 */
export function normaliseFreeAnswer(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/\.$/u, '')
    .trimEnd()
}

/** Accepted answers of every locale count: a candidate may answer in either language. */
export function isAcceptedFreeAnswer(
  accepted: Readonly<Record<string, readonly string[] | undefined>>,
  text: string,
): boolean {
  const answer = normaliseFreeAnswer(text)
  if (answer === '') return false
  return Object.values(accepted).some((forms) => forms?.some((form) => normaliseFreeAnswer(form) === answer))
}
