import { execFile } from 'node:child_process'
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'

/** Reads produced PDFs back with poppler-utils, as a reader or a printer would see them. */

const run = promisify(execFile)

async function withPdfFile<T>(pdf: Buffer, use: (file: string, folder: string) => Promise<T>): Promise<T> {
  const folder = await mkdtemp(join(tmpdir(), 'vigie-pdf-'))
  try {
    const file = join(folder, 'document.pdf')
    await writeFile(file, pdf)
    return await use(file, folder)
  } finally {
    await rm(folder, { recursive: true, force: true })
  }
}

/** The text of every page, laid out as on the page; pages are separated by form feeds. */
export function pdfText(pdf: Buffer): Promise<string> {
  return withPdfFile(
    pdf,
    async (file) => (await run('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'])).stdout,
  )
}

export interface PdfInfo {
  pages: number
  /** As pdfinfo writes it, e.g. "595.28 x 841.89 pts (A4)". */
  pageSize: string
}

export function pdfInfo(pdf: Buffer): Promise<PdfInfo> {
  return withPdfFile(pdf, async (file) => {
    const { stdout } = await run('pdfinfo', [file])
    const pages = /^Pages:\s+(\d+)$/m.exec(stdout)?.[1]
    const pageSize = /^Page size:\s+(.+)$/m.exec(stdout)?.[1]
    if (pages === undefined || pageSize === undefined)
      throw new Error(`Unexpected pdfinfo output:\n${stdout}`)
    return { pages: Number(pages), pageSize: pageSize.trim() }
  })
}

export interface RasterImage {
  width: number
  height: number
  /** Whether the pixel is closer to black than to white. */
  isDark(x: number, y: number): boolean
}

/** The images drawn on the pages (not their transparency masks), decoded to pixels. */
export function pdfImages(pdf: Buffer): Promise<RasterImage[]> {
  return withPdfFile(pdf, async (file, folder) => {
    const { stdout } = await run('pdfimages', ['-list', file])
    const kinds = stdout
      .split('\n')
      .slice(2)
      .filter((line) => line.trim() !== '')
      .map((line) => line.trim().split(/\s+/)[2])
    await run('pdfimages', [file, join(folder, 'image')])
    const files = (await readdir(folder)).filter((name) => name.startsWith('image-')).sort()
    const images: RasterImage[] = []
    for (const [index, name] of files.entries()) {
      if (kinds[index] === 'image') images.push(decodePortablePixmap(await readFile(join(folder, name))))
    }
    return images
  })
}

/** Binary PPM (P6) or PGM (P5), the formats `pdfimages` writes for 8-bit colour and grey images. */
function decodePortablePixmap(bytes: Buffer): RasterImage {
  const header = /^(P[56])\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(bytes.subarray(0, 64).toString('latin1'))
  if (!header) throw new Error('Not a binary PPM or PGM image')
  const [whole, format, width, height, maxValue] = header
  if (maxValue !== '255') throw new Error(`Unexpected PPM depth ${maxValue}`)
  const channels = format === 'P6' ? 3 : 1
  const pixels = bytes.subarray(whole.length)
  return {
    width: Number(width),
    height: Number(height),
    isDark(x, y) {
      const start = (y * Number(width) + x) * channels
      let sum = 0
      for (let channel = 0; channel < channels; channel++) sum += pixels[start + channel] ?? 255
      return sum / channels < 128
    },
  }
}
