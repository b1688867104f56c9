import { type ChildProcess, spawn } from 'node:child_process'
import { createServer } from 'node:net'
import { fileURLToPath } from 'node:url'

const VIGIE_BIN = fileURLToPath(new URL('../../apps/server/bin/vigie.mjs', import.meta.url))
const LIMIT_SERVER = fileURLToPath(new URL('./limit-server.ts', import.meta.url))

export const METRICS_TOKEN = 'vigie-bench-metrics-token'
/** Shared by every process of a run, as processes behind one load balancer must share it. */
const SECRET = 'vigie-bench-secret-shared-by-the-processes-of-a-run'

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      )
    })
  })
}

export interface ServerProcess {
  url: string
  pid: number
  output(): string
  /** SIGTERM, as an orchestrator stops it; resolves when it has exited. */
  stop(): Promise<void>
}

/** Where a process finds its database: a PGlite data folder, or a PostgreSQL URL. */
export type DatabaseEnv = { DATA_DIR: string } | { DATABASE_URL: string; DATA_DIR: string }

async function startProcess(
  name: string,
  args: string[],
  env: Record<string, string>,
  port: number,
): Promise<ServerProcess> {
  const child: ChildProcess = spawn(process.execPath, args, {
    env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString('utf8')).slice(-20_000)
  }
  child.stdout?.on('data', keep)
  child.stderr?.on('data', keep)
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const url = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 120_000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${name} exited with ${child.exitCode}:\n${output}`)
    try {
      const response = await fetch(`${url}/api/health`)
      await response.arrayBuffer()
      if (response.ok) break
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL')
      throw new Error(`${name} did not answer within 120 s:\n${output}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  return {
    url,
    pid: child.pid as number,
    output: () => output,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM')
      const timer = setTimeout(() => child.kill('SIGKILL'), 30_000)
      await exited
      clearTimeout(timer)
    },
  }
}

/** A `vigie start` process, as production runs it, with metrics on. */
export async function startVigie(
  database: DatabaseEnv,
  options: { publicUrl?: string; cpuProfileDir?: string; port?: number } = {},
): Promise<ServerProcess> {
  const port = options.port ?? (await freePort())
  const flags = options.cpuProfileDir ? ['--cpu-prof', `--cpu-prof-dir=${options.cpuProfileDir}`] : []
  return startProcess(
    'vigie',
    [...flags, VIGIE_BIN, 'start'],
    {
      ...database,
      PUBLIC_URL: options.publicUrl ?? `http://127.0.0.1:${port}`,
      SECRET,
      METRICS_TOKEN,
    },
    port,
  )
}

/** The bare INSERT route (limit-server.ts) on the same database, in a process of its own like Vigie. */
export async function startLimitServer(database: DatabaseEnv): Promise<ServerProcess> {
  const port = await freePort()
  return startProcess('limit server', ['--import', 'tsx', LIMIT_SERVER], { ...database }, port)
}
