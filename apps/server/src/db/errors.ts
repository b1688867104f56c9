/** PostgreSQL's SQLSTATE for a unique constraint violation (same from pg and PGlite). */
export const isUniqueViolation = (error: unknown, constraint?: string) => {
  const e = error as { code?: string; constraint?: string; message?: string }
  if (e?.code !== '23505') return false
  return constraint === undefined || e.constraint === constraint || (e.message ?? '').includes(constraint)
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
/** Ids in URLs are checked before they reach SQL, where a malformed uuid is an error, not a miss. */
export const isUuid = (value: string) => UUID.test(value)
