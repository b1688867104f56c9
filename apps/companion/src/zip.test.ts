import { inflateRawSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { zip } from './zip'

/** Reads an archive back through its central directory, as an unzip tool does. */
function unzip(archive: Buffer): Record<string, string> {
  const end = archive.length - 22
  expect(archive.readUInt32LE(end)).toBe(0x06054b50)
  const count = archive.readUInt16LE(end + 10)
  let at = archive.readUInt32LE(end + 16)
  const files: Record<string, string> = {}
  for (let i = 0; i < count; i++) {
    expect(archive.readUInt32LE(at)).toBe(0x02014b50)
    const size = archive.readUInt32LE(at + 20)
    const nameLength = archive.readUInt16LE(at + 28)
    const name = archive.subarray(at + 46, at + 46 + nameLength).toString('utf8')
    const local = archive.readUInt32LE(at + 42)
    const data = local + 30 + archive.readUInt16LE(local + 26) + archive.readUInt16LE(local + 28)
    files[name] = inflateRawSync(archive.subarray(data, data + size)).toString('utf8')
    at += 46 + nameLength + archive.readUInt16LE(at + 30) + archive.readUInt16LE(at + 32)
  }
  return files
}

describe('zip', () => {
  it('writes files that read back identical, folders and UTF-8 names included', () => {
    const files = {
      'manifest.json': '{"manifest_version":3}\n',
      '_locales/fr/messages.json': '{"name":{"message":"Vigie – détectée"}}',
      'content.js': 'x'.repeat(10_000),
    }
    const archive = zip(
      Object.entries(files).map(([name, text]) => ({ name, data: Buffer.from(text) })),
      new Date(2026, 10, 25, 9, 30),
    )
    expect(unzip(archive)).toEqual(files)
    expect(archive.length).toBeLessThan(1_000)
  })
})
