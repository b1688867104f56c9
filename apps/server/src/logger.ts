import pino, { type Logger } from 'pino'

/**
 * JSON logs for machines; readable lines when a person watches a terminal.
 * `toStderr` keeps stdout free for a command's own output (`vigie demo --json`).
 */
export function createLogger(level: string, toStderr = false): Logger {
  const fd = toStderr ? 2 : 1
  const tty = toStderr ? process.stderr.isTTY : process.stdout.isTTY
  if (tty) {
    return pino({
      level,
      transport: { target: 'pino-pretty', options: { destination: fd, translateTime: 'SYS:HH:MM:ss' } },
    })
  }
  return pino({ level }, pino.destination({ fd, sync: false }))
}
