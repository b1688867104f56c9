import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'

/**
 * Fonts embedded in every document. pdfkit's built-in Helvetica lacks characters that French text
 * needs (the narrow no-break space of `Intl` formatting, Ł, Ø…); DejaVu covers them all.
 */
export const FONT = {
  regular: 'DejaVuSans',
  bold: 'DejaVuSans-Bold',
  /** Fixed-width glyphs for codes that are read aloud and typed, character by character. */
  code: 'DejaVuSansMono-Bold',
} as const

const resolve = createRequire(import.meta.url).resolve

const fontFiles: Record<(typeof FONT)[keyof typeof FONT], string> = {
  [FONT.regular]: resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'),
  [FONT.bold]: resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'),
  [FONT.code]: resolve('dejavu-fonts-ttf/ttf/DejaVuSansMono-Bold.ttf'),
}

let loaded: Map<string, Buffer> | undefined

/** Registers the fonts on a document (read from disk once per process) and selects the regular one. */
export function embedDocumentFonts(doc: PDFKit.PDFDocument): void {
  loaded ??= new Map(Object.entries(fontFiles).map(([name, file]) => [name, readFileSync(file)]))
  for (const [name, data] of loaded) doc.registerFont(name, data)
  doc.font(FONT.regular)
}
