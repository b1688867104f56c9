import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

export class DataDirInUseError extends Error {}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/**
 * The embedded database's files may be opened by one process only: a second PGlite on the
 * same folder would corrupt it. The lock file holds the owner's pid; a lock left by a
 * process that no longer runs is taken over.
 */
export function lockDataDir(dir: string): () => void {
  mkdirSync(dir, { recursive: true })
  const file = join(dir, 'vigie.lock')
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(file, String(process.pid), { flag: 'wx' })
      return () => rmSync(file, { force: true })
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      const owner = Number(readFileSync(file, 'utf8'))
      if (owner && owner !== process.pid && isRunning(owner)) {
        throw new DataDirInUseError(
          `The data folder ${dir} is in use by another Vigie process (pid ${owner}). ` +
            'Stop that process first, or give this one another DATA_DIR, or a DATABASE_URL.',
        )
      }
      rmSync(file, { force: true })
    }
  }
  throw new DataDirInUseError(`Could not lock the data folder ${dir}.`)
}
