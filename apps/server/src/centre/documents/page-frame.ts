import { fitText } from './fit-text'
import { FONT } from './fonts'
import { COLOUR, PAGE } from './theme'

/** The frame the session's A4 lists share (attendance sheet, PV d'incident): masthead and footer. */

const MARGIN = 36
const LEFT = MARGIN
const WIDTH = PAGE.width - 2 * MARGIN
const NUMBER_BLOCK_WIDTH = 160

/** The centre's name, the document's title and the session number, over a rule; returns the rule's y. */
export function drawMasthead(
  doc: PDFKit.PDFDocument,
  { centreName, title, sessionNumber }: { centreName: string; title: string; sessionNumber: string },
): number {
  const centre = fitText(doc.font(FONT.bold), centreName.toLocaleUpperCase('fr'), {
    width: WIDTH - NUMBER_BLOCK_WIDTH - 10,
    fontSize: 8.5,
    minSize: 6.5,
  })
  doc.fillColor(COLOUR.muted).text(centre.text, LEFT, MARGIN, { lineBreak: false })
  doc
    .font(FONT.bold)
    .fontSize(20)
    .fillColor(COLOUR.ink)
    .text(title, LEFT, MARGIN + 14, { lineBreak: false })
  const right = LEFT + WIDTH - NUMBER_BLOCK_WIDTH
  const block = { width: NUMBER_BLOCK_WIDTH, align: 'right', lineBreak: false } as const
  doc.font(FONT.bold).fontSize(8.5).fillColor(COLOUR.muted).text('NUMÉRO DE SESSION', right, MARGIN, block)
  doc
    .font(FONT.code)
    .fontSize(20)
    .fillColor(COLOUR.ink)
    .text(sessionNumber, right, MARGIN + 13, block)
  const ruleY = MARGIN + 46
  doc
    .moveTo(LEFT, ruleY)
    .lineTo(LEFT + WIDTH, ruleY)
    .lineWidth(1.2)
    .strokeColor(COLOUR.ink)
    .stroke()
  return ruleY
}

/** "<label> … Page n / N" at the bottom of the current page. */
export function drawFooter(doc: PDFKit.PDFDocument, label: string, page: number, pageCount: number) {
  const y = PAGE.height - 30
  doc
    .moveTo(LEFT, y - 6)
    .lineTo(LEFT + WIDTH, y - 6)
    .lineWidth(0.5)
    .strokeColor(COLOUR.rule)
    .stroke()
  doc.font(FONT.regular).fontSize(8).fillColor(COLOUR.muted)
  doc.text(label, LEFT, y, { lineBreak: false })
  doc.text(`Page ${page} / ${pageCount}`, LEFT, y, { width: WIDTH, align: 'right', lineBreak: false })
}
