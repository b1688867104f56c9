import type { PostgresPool, PostgresPoolClient } from 'kysely'
import type pg from 'pg'

/** Distinct statement texts a process prepares at most; beyond them, statements are sent unnamed. */
export const MAX_PREPARED_STATEMENTS = 500
/**
 * Statements with more parameters are sent unnamed: those are the ones whose text varies with their
 * data (an IN list, a multi-row INSERT), each length a text of its own, seldom run twice.
 */
export const MAX_PREPARED_PARAMETERS = 64

/**
 * The pool, with every statement that has parameters sent as a named prepared statement: PostgreSQL
 * parses it once per connection instead of at every execution, and may keep a generic plan. Kysely
 * sends the same text for the same query shape, so the hot paths (an answer makes five statements)
 * are a few dozen texts. A name is derived from the text and the same for every connection; pg
 * prepares it on each connection the first time that connection runs it.
 *
 * Texts that vary with their data would grow without bound: statements with many parameters, and
 * any new text past `maxNames` distinct ones, go unnamed (parsed at each execution, as before).
 */
export function preparingPool(pool: pg.Pool, maxNames = MAX_PREPARED_STATEMENTS): PostgresPool {
  const names = new Map<string, string>()
  const nameOf = (text: string): string | undefined => {
    const known = names.get(text)
    if (known !== undefined || names.size >= maxNames) return known
    const name = `vigie_${names.size + 1}`
    names.set(text, name)
    return name
  }
  const wrapped = new WeakMap<pg.PoolClient, PostgresPoolClient>()
  const wrap = (client: pg.PoolClient): PostgresPoolClient => ({
    // biome-ignore lint/suspicious/noExplicitAny: the two overloads of Kysely's client, passed through
    query(textOrCursor: any, values?: ReadonlyArray<unknown>): any {
      if (
        typeof textOrCursor !== 'string' ||
        !values ||
        values.length === 0 ||
        values.length > MAX_PREPARED_PARAMETERS
      ) {
        return values ? client.query(textOrCursor, [...values]) : client.query(textOrCursor)
      }
      return client.query({ text: textOrCursor, values: [...values], name: nameOf(textOrCursor) })
    },
    release: (destroy?: boolean) => client.release(destroy),
  })
  return {
    async connect() {
      const client = await pool.connect()
      let adapter = wrapped.get(client)
      if (!adapter) {
        adapter = wrap(client)
        wrapped.set(client, adapter)
      }
      return adapter
    },
    end: () => pool.end(),
  }
}
