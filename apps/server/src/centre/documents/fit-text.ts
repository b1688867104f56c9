export interface FittedText {
  text: string
  fontSize: number
  /** Whether the text had to be cut (it then ends with an ellipsis). */
  truncated: boolean
}

export interface FitOptions {
  width: number
  fontSize: number
  minSize: number
  /** 1 unless told: the text is then drawn without wrapping. */
  maxLines?: number
}

const graphemes = new Intl.Segmenter('fr', { granularity: 'grapheme' })
const SIZE_STEP = 0.5

/**
 * Makes a text fit a width on at most `maxLines` lines, in the document's current font: first by
 * shrinking it down to `minSize`, then by cutting it with an ellipsis (between graphemes, so that an
 * accent is never separated from its letter). Changes the document's font size: draw with the
 * returned one.
 */
export function fitText(doc: PDFKit.PDFDocument, text: string, options: FitOptions): FittedText {
  const { width, fontSize, minSize, maxLines = 1 } = options
  const fits = (candidate: string, size: number) => {
    doc.fontSize(size)
    if (maxLines === 1) return doc.widthOfString(candidate) <= width
    return doc.heightOfString(candidate, { width }) <= maxLines * doc.currentLineHeight(true) + 0.01
  }
  for (let size = fontSize; size >= minSize; size -= SIZE_STEP) {
    if (fits(text, size)) return { text, fontSize: size, truncated: false }
  }
  const pieces = Array.from(graphemes.segment(text), (piece) => piece.segment)
  const cutAt = (count: number) => `${pieces.slice(0, count).join('').trimEnd()}…`
  let kept = 0
  let tooMany = pieces.length
  while (tooMany - kept > 1) {
    const middle = Math.floor((kept + tooMany) / 2)
    if (fits(cutAt(middle), minSize)) kept = middle
    else tooMany = middle
  }
  doc.fontSize(minSize)
  return { text: cutAt(kept), fontSize: minSize, truncated: true }
}
