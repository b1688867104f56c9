/**
 * Reads an item bank folder (content/FORMAT.md), checks it, and returns it typed.
 * The only evaluation code that touches the file system.
 */
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { type Bank, type BankFile, type BankIssue, checkBank, formatBankIssue } from './item-format'

export class BankLoadError extends Error {
  constructor(
    readonly folder: string,
    readonly issues: readonly BankIssue[],
  ) {
    super(
      `The item bank in ${folder} is invalid (${issues.length} problems):\n${issues.map(formatBankIssue).join('\n')}`,
    )
    this.name = 'BankLoadError'
  }
}

type Read<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly issue: BankIssue }

async function readJson(folder: string, file: string): Promise<Read<BankFile>> {
  let text: string
  try {
    text = await readFile(path.join(folder, file), 'utf8')
  } catch (error) {
    return {
      ok: false,
      issue: { file, message: `cannot be read (${(error as NodeJS.ErrnoException).code ?? error})` },
    }
  }
  try {
    return { ok: true, value: { file, content: JSON.parse(text) as unknown } }
  } catch (error) {
    return { ok: false, issue: { file, message: `is not valid JSON: ${(error as Error).message}` } }
  }
}

async function listFiles(folder: string): Promise<string[]> {
  try {
    const entries = await readdir(folder, { recursive: true, withFileTypes: true })
    return entries
      .filter((entry) => entry.isFile())
      .map((entry) =>
        path.relative(folder, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'),
      )
      .sort()
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return []
    throw error
  }
}

export async function loadBank(folder: string): Promise<Bank> {
  const itemFileNames = (await listFiles(path.join(folder, 'items')))
    .filter((name) => name.endsWith('.json'))
    .map((name) => `items/${name}`)
  const [manifest, mediaFiles, ...itemFiles] = await Promise.all([
    readJson(folder, 'manifest.json'),
    listFiles(path.join(folder, 'media')),
    ...itemFileNames.map((file) => readJson(folder, file)),
  ])
  const readIssues = [manifest, ...itemFiles].flatMap((read) => (read.ok ? [] : [read.issue]))
  if (!manifest.ok) throw new BankLoadError(folder, readIssues)
  if (itemFileNames.length === 0) readIssues.push({ file: 'items/', message: 'holds no items file' })
  const checked = checkBank({
    manifest: manifest.value,
    itemFiles: itemFiles.flatMap((read) => (read.ok ? [read.value] : [])),
    mediaFiles: new Set(mediaFiles),
  })
  const issues = [...readIssues, ...(checked.ok ? [] : checked.issues)]
  if (issues.length > 0 || !checked.ok) throw new BankLoadError(folder, issues)
  return checked.bank
}
