import { readdirSync, readFileSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { parts } from './all'
import { hasMessages, isLocaleLoaded, loadMessages, messagesOf, registerMessages } from './catalogues'
import { defineMessages } from './core'

type Part = keyof typeof parts

describe('the catalogues', () => {
  it('translate each part with the same keys', () => {
    for (const { fr, en } of Object.values(parts))
      expect(Object.keys(en).sort()).toEqual(Object.keys(fr).sort())
  })

  it('give each key to one part only', () => {
    const owners = new Map<string, Part[]>()
    for (const [part, { fr }] of Object.entries(parts) as [Part, (typeof parts)[Part]][])
      for (const key of Object.keys(fr)) owners.set(key, [...(owners.get(key) ?? []), part])
    expect([...owners].filter(([, of]) => of.length > 1)).toEqual([])
  })
})

/**
 * An area's messages only load with the area: a key of the centre's used in the Espace Surveillant
 * would type-check, yet show as the bare key. Every key written in a file must belong to the shell
 * or to the area of the file's folder (`t(\`invigilator.status.${…}\`)` counts by its prefix).
 */
describe('the keys used in the code', () => {
  const src = fileURLToPath(new URL('..', import.meta.url))
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory()
        ? files(join(dir, entry.name))
        : /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$|messages(\.en)?\.ts$/.test(entry.name)
          ? [join(dir, entry.name)]
          : [],
    )
  // The innermost folder with messages of its own: `candidate/results/…` before `candidate/…`.
  const partOfFile = (file: string): Part => {
    const [folder = '', subfolder = ''] = relative(src, file).split(sep)
    const nested = `${folder}/${subfolder}`
    if (nested in parts) return nested as Part
    return folder in parts ? (folder as Part) : 'shell'
  }
  const ownerOf = new Map<string, Part>()
  for (const [part, { fr }] of Object.entries(parts) as [Part, (typeof parts)[Part]][])
    for (const key of Object.keys(fr)) ownerOf.set(key, part)

  it('finds keys in the code (the check works)', () => {
    const used = files(src).flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/'([\w.]+)'/g)])
    expect(used.filter(([, key]) => ownerOf.has(key ?? '')).length).toBeGreaterThan(300)
  })

  it('uses, in each area, only its own keys and the shell’s', () => {
    const misplaced: string[] = []
    for (const file of files(src)) {
      if (relative(src, file) === join('i18n', 'all.ts')) continue
      const area = partOfFile(file)
      const code = readFileSync(file, 'utf8')
      const allowed = (part: Part) => part === 'shell' || part === area
      for (const [, key = ''] of code.matchAll(/['"]([\w.]+)['"]/g)) {
        const owner = ownerOf.get(key)
        if (owner && !allowed(owner)) misplaced.push(`${relative(src, file)}: ${key} (${owner})`)
      }
      for (const [, prefix = ''] of code.matchAll(/`([\w.]+\.)\$\{/g)) {
        const owners = new Set([...ownerOf].filter(([key]) => key.startsWith(prefix)).map(([, part]) => part))
        for (const owner of owners)
          if (!allowed(owner)) misplaced.push(`${relative(src, file)}: ${prefix}… (${owner})`)
      }
    }
    expect(misplaced).toEqual([])
  })
})

describe('loading messages', () => {
  it('has French at once, and loads another language once, again after a failure', async () => {
    let calls = 0
    let fail = true
    const part = defineMessages({ 'test.hello': 'Bonjour' } as const, {
      en: async () => {
        calls += 1
        if (fail) throw new Error('offline')
        return { 'test.hello': 'Hello' }
      },
    })
    registerMessages(part)
    expect(messagesOf('fr')['test.hello']).toBe('Bonjour')
    expect(hasMessages(part, 'en')).toBe(false)
    expect(isLocaleLoaded('en')).toBe(false)

    const first = loadMessages(part, 'en')
    expect(loadMessages(part, 'en')).toBe(first) // the same promise while it loads (React's `use()`)
    await expect(first).rejects.toThrow('offline')
    fail = false
    await loadMessages(part, 'en')
    expect(calls).toBe(2)
    expect(hasMessages(part, 'en')).toBe(true)
    expect(messagesOf('en')['test.hello']).toBe('Hello')
    await loadMessages(part, 'en')
    expect(calls).toBe(2)
  })
})
