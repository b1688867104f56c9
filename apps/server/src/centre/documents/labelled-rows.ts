import { fitText } from './fit-text'
import { FONT } from './fonts'
import { COLOUR } from './theme'

export type LabelledRow = [label: string, value: string, maxLines: number]

export interface LabelledRowsLayout {
  left: number
  top: number
  labelWidth: number
  valueWidth: number
  labelSize: number
  valueSize: number
  /** The smallest size a long value may shrink to before it is cut. */
  minSize: number
  /** Height of a one-line row, before the gap. */
  rowHeight: number
  gap: number
}

/**
 * The session's details as "label  value" lines, shared by the kit and the attendance sheet:
 * labels muted, values bold, each value fitted to its width. Returns the y below the last row.
 */
export function drawLabelledRows(
  doc: PDFKit.PDFDocument,
  rows: LabelledRow[],
  layout: LabelledRowsLayout,
): number {
  let y = layout.top
  for (const [label, value, maxLines] of rows) {
    doc
      .font(FONT.regular)
      .fontSize(layout.labelSize)
      .fillColor(COLOUR.muted)
      .text(label, layout.left, y + (layout.valueSize - layout.labelSize), { lineBreak: false })
    const fitted = fitText(doc.font(FONT.bold), value, {
      width: layout.valueWidth,
      fontSize: layout.valueSize,
      minSize: layout.minSize,
      maxLines,
    })
    doc
      .fillColor(COLOUR.ink)
      .text(fitted.text, layout.left + layout.labelWidth, y, { width: layout.valueWidth })
    y = Math.max(doc.y, y + layout.rowHeight) + layout.gap
  }
  return y
}
