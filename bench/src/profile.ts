import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

/** The part of a V8 `.cpuprofile` (from `node --cpu-prof`) that self time needs. */
interface CpuProfile {
  nodes: Array<{ id: number; callFrame: { functionName: string; url: string; lineNumber: number } }>
  samples: number[]
  timeDeltas: number[]
}

export interface SelfTime {
  fn: string
  where: string
  ms: number
  share: number
}

/** Where a script sits, shortened: the package, or the path from the repository's root. */
function shorten(url: string): string {
  if (!url) return '(native)'
  const path = url.replace(/^file:\/\//, '')
  const modules = path.lastIndexOf('/node_modules/')
  if (modules >= 0) return path.slice(modules + '/node_modules/'.length)
  const repo = path.indexOf('/apps/')
  return repo >= 0 ? path.slice(repo + 1) : path
}

/** Self time per function (summed over its call sites), largest first. */
export function selfTimes(profile: CpuProfile): SelfTime[] {
  const byNode = new Map(profile.nodes.map((node) => [node.id, node]))
  const totals = new Map<string, SelfTime>()
  let all = 0
  profile.samples.forEach((id, i) => {
    const node = byNode.get(id)
    const ms = (profile.timeDeltas[i] ?? 0) / 1000
    if (!node) return
    all += ms
    const { functionName, url, lineNumber } = node.callFrame
    const fn = functionName || '(anonymous)'
    const where = url ? `${shorten(url)}:${lineNumber + 1}` : shorten(url)
    const key = `${fn} ${where}`
    const entry = totals.get(key) ?? { fn, where, ms: 0, share: 0 }
    entry.ms += ms
    totals.set(key, entry)
  })
  return [...totals.values()]
    .map((entry) => ({ ...entry, share: all ? entry.ms / all : 0 }))
    .sort((a, b) => b.ms - a.ms)
}

/** What part of the stack a function belongs to, to say where the time goes in a few lines. */
export function layerOf(entry: Pick<SelfTime, 'fn' | 'where'>): string {
  const { fn, where } = entry
  if (fn === '(garbage collector)') return 'garbage collection'
  if (where === '(native)')
    return /^(writev?|read|fstat|close|open|fsync|fdatasync)/.test(fn) ? 'native I/O' : 'V8/native other'
  if (where.startsWith('wasm://')) return 'PGlite: PostgreSQL (WASM)'
  const vigie = /^apps\/server\/src\/([^/:]+)/.exec(where)
  if (vigie) return `Vigie: ${vigie[1]?.replace(/\.ts$/, '')}`
  const layers: Array<[RegExp, string]> = [
    [/^@electric-sql\/pglite/, 'PGlite: JS glue'],
    [/^kysely\//, 'Kysely (query building, results)'],
    [/^(pg|pg-protocol|pg-pool|pg-types|postgres-[a-z]+)\//, 'pg driver'],
    [
      /^(fastify|@fastify|find-my-way|avvio|light-my-request|fast-json-stringify|secure-json-parse)/,
      'Fastify',
    ],
    [/^(typebox|ajv)/, 'validation'],
    [/^(pino|sonic-boom|thread-stream)/, 'logging'],
    [/^@node-rs\/argon2/, 'argon2'],
    [/^(tsx|node:internal\/modules)/, 'module loading (start-up)'],
    [/^node:/, 'Node core'],
  ]
  return layers.find(([pattern]) => pattern.test(where))?.[1] ?? 'other'
}

export interface ProfileSummary {
  /** Milliseconds on CPU (idle excluded), summed over the profiled threads. */
  busyMs: number
  layers: Array<{ layer: string; ms: number; share: number }>
  functions: SelfTime[]
}

/** Where the time went, by layer and by function, across the profiles a `--cpu-prof-dir` holds. */
export function summariseProfiles(dir: string, top = 25): ProfileSummary {
  const merged = new Map<string, SelfTime>()
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'))) {
    for (const entry of selfTimes(JSON.parse(readFileSync(join(dir, file), 'utf8')) as CpuProfile)) {
      if (entry.fn === '(idle)') continue
      const key = `${entry.fn} ${entry.where}`
      const sum = merged.get(key) ?? { ...entry, ms: 0, share: 0 }
      sum.ms += entry.ms
      merged.set(key, sum)
    }
  }
  const entries = [...merged.values()]
  const busyMs = entries.reduce((sum, e) => sum + e.ms, 0)
  const share = (ms: number) => Math.round((ms / (busyMs || 1)) * 1000) / 1000
  const layers = new Map<string, number>()
  for (const entry of entries) layers.set(layerOf(entry), (layers.get(layerOf(entry)) ?? 0) + entry.ms)
  return {
    busyMs: Math.round(busyMs),
    layers: [...layers]
      .map(([layer, ms]) => ({ layer, ms: Math.round(ms), share: share(ms) }))
      .sort((a, b) => b.ms - a.ms),
    functions: entries
      .map((entry) => ({ ...entry, ms: Math.round(entry.ms), share: share(entry.ms) }))
      .sort((a, b) => b.ms - a.ms)
      .slice(0, top),
  }
}
