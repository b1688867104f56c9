import PDFDocument from 'pdfkit'
import { embedDocumentFonts } from './fonts'

export interface PdfDocumentHandle {
  doc: PDFKit.PDFDocument
  /** Ends the document and resolves with its bytes. */
  finish(): Promise<Buffer>
}

/**
 * An A4 document in French with the embedded fonts. Its margins are zero because every document
 * here places its content itself: pdfkit's automatic page breaks would otherwise fire whenever a
 * line came near its own bottom margin, adding pages nobody asked for.
 */
export function createPdfDocument(
  info: { title: string; subject: string },
  /** Keeps every page open until the end, for footers that need the page count. */
  options: { bufferPages?: boolean } = {},
): PdfDocumentHandle {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 0,
    lang: 'fr-FR',
    displayTitle: true,
    bufferPages: options.bufferPages ?? false,
    info: { Title: info.title, Subject: info.subject, Author: 'Vigie', Creator: 'Vigie' },
  })
  embedDocumentFonts(doc)
  const chunks: Buffer[] = []
  const bytes = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk))
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.on('error', reject)
  })
  return {
    doc,
    finish() {
      doc.end()
      return bytes
    },
  }
}
