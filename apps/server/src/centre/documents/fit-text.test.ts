import PDFDocument from 'pdfkit'
import { describe, expect, it } from 'vitest'
import { fitText } from './fit-text'
import { embedDocumentFonts, FONT } from './fonts'

function documentInRegularFont(): PDFKit.PDFDocument {
  const doc = new PDFDocument({ size: 'A4' })
  embedDocumentFonts(doc)
  return doc
}

const widthOf = (doc: PDFKit.PDFDocument, text: string, size: number) =>
  doc.font(FONT.regular).fontSize(size).widthOfString(text)

describe('fitting a text into a cell', () => {
  const options = { width: 120, fontSize: 10, minSize: 7 }

  it('leaves a text that fits as it is', () => {
    expect(fitText(documentInRegularFont(), 'Ismaël', options)).toEqual({
      text: 'Ismaël',
      fontSize: 10,
      truncated: false,
    })
  })

  it('shrinks a text that is a little too wide', () => {
    const doc = documentInRegularFont()
    const text = 'Marie-Antoinette Léa Dupont'
    expect(widthOf(doc, text, 10)).toBeGreaterThan(120)
    const fitted = fitText(doc, text, options)
    expect(fitted.text).toBe(text)
    expect(fitted.fontSize).toBeLessThan(10)
    expect(fitted.fontSize).toBeGreaterThanOrEqual(7)
    expect(widthOf(doc, text, fitted.fontSize)).toBeLessThanOrEqual(120)
  })

  it('cuts a text too long even at the smallest size, with an ellipsis', () => {
    const doc = documentInRegularFont()
    const fitted = fitText(doc, 'de La Rochefoucauld-Montmorency-Laval de Saint-Exupéry', options)
    expect(fitted).toMatchObject({ fontSize: 7, truncated: true })
    expect(fitted.text).toMatch(/^de La Rochefoucauld.*…$/)
    expect(widthOf(doc, fitted.text, 7)).toBeLessThanOrEqual(120)
    expect(widthOf(doc, `${fitted.text.slice(0, -1)}x…`, 7)).toBeGreaterThan(120)
  })

  it('never separates an accent from its letter', () => {
    const doc = documentInRegularFont()
    const decomposed = 'e\u0301'.repeat(80)
    const fitted = fitText(doc, decomposed, options)
    expect(fitted.text.normalize('NFC')).toMatch(/^é+…$/)
    expect(fitted.text.at(-2)).toBe('\u0301')
  })

  it('uses further lines when allowed before shrinking', () => {
    const doc = documentInRegularFont()
    const fitted = fitText(doc, 'Marie-Antoinette Léa Dupont', { ...options, maxLines: 2 })
    expect(fitted).toEqual({ text: 'Marie-Antoinette Léa Dupont', fontSize: 10, truncated: false })
  })
})
