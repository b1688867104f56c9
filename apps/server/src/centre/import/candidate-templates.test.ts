import { inflateRawSync } from 'node:zlib'
import { readSheet } from 'read-excel-file/node'
import { describe, expect, it } from 'vitest'
import { candidateTemplateCsv, candidateTemplateXlsx } from './candidate-templates'
import { parseCandidateFile } from './parse-candidate-file'

const context = { offeredCertifications: [], today: '2026-03-15' }
const HEADER =
  'Nom de naissance;Prénom;Sexe;Date de naissance (JJ/MM/AAAA);Pays de naissance;Commune de naissance;' +
  'Code postal de naissance;Code INSEE de naissance;Identifiant externe;Temps majoré (%);' +
  'Aménagement accessibilité (oui/non);Certification complémentaire;E-mail de convocation;E-mail des résultats'

describe('candidateTemplateCsv', () => {
  it('is the header line alone, in UTF-8 with a byte order mark, separated by « ; »', () => {
    expect(candidateTemplateCsv()).toBe(`\uFEFF${HEADER}\r\n`)
  })

  it('is read back as a file with every column and no candidate', async () => {
    const bytes = new TextEncoder().encode(candidateTemplateCsv())
    expect(bytes.subarray(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]))
    const result = await parseCandidateFile(bytes, 'modele-candidats.csv', context)
    expect(result.ok ? [] : result.problems.map((problem) => problem.reason)).toEqual(['no_candidates'])
  })
})

describe('candidateTemplateXlsx', () => {
  it('is a workbook whose first sheet holds the header line alone', async () => {
    const buffer = await candidateTemplateXlsx()
    expect(await readSheet(buffer)).toEqual([HEADER.split(';')])
    const result = await parseCandidateFile(buffer, 'modele-candidats.xlsx', context)
    expect(result.ok ? [] : result.problems.map((problem) => problem.reason)).toEqual(['no_candidates'])
  })

  it('sets the column widths and keeps the header in view', async () => {
    const sheet = zipEntryText(await candidateTemplateXlsx(), 'xl/worksheets/sheet1.xml')
    expect(sheet.match(/<col /g)).toHaveLength(14)
    expect(sheet).toContain('width="30"')
    expect(sheet).toContain('state="frozen"')
  })
})

/** One file of a ZIP archive, found through the central directory (enough for an XLSX). */
function zipEntryText(zip: Buffer, name: string): string {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]))
  let entry = zip.readUInt32LE(end + 16)
  for (let index = 0; index < zip.readUInt16LE(end + 10); index++) {
    const nameLength = zip.readUInt16LE(entry + 28)
    const entryName = zip.toString('utf8', entry + 46, entry + 46 + nameLength)
    if (entryName === name) {
      const method = zip.readUInt16LE(entry + 10)
      const compressedSize = zip.readUInt32LE(entry + 20)
      const local = zip.readUInt32LE(entry + 42)
      const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28)
      const data = zip.subarray(start, start + compressedSize)
      return (method === 8 ? inflateRawSync(data) : data).toString('utf8')
    }
    entry += 46 + nameLength + zip.readUInt16LE(entry + 30) + zip.readUInt16LE(entry + 32)
  }
  throw new Error(`${name} is not in the archive`)
}
