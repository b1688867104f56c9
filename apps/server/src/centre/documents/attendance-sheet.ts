import { fitText } from './fit-text'
import { FONT } from './fonts'
import { toFrenchDate } from './french-date'
import { drawLabelledRows, type LabelledRow } from './labelled-rows'
import { drawFooter, drawMasthead } from './page-frame'
import { createPdfDocument } from './pdf-document'
import { COLOUR, PAGE } from './theme'

export interface AttendanceCandidate {
  lastName: string
  firstName: string
  /** YYYY-MM-DD. */
  birthdate: string
  externalId: string | null
}

export interface AttendanceData {
  centreName: string
  sessionNumber: string
  site: string
  room: string
  /** Already written out in the centre's time zone, e.g. "mardi 1 décembre 2026". */
  date: string
  /** HH:MM in the centre's time zone. */
  startTime: string
  invigilatorNames: string
  candidates: AttendanceCandidate[]
}

export const ROWS_PER_PAGE = 20

const MARGIN = 36
const LEFT = MARGIN
const WIDTH = PAGE.width - 2 * MARGIN
const TABLE_TOP = 196
const HEADER_ROW_HEIGHT = 26
/** Nearly 1 cm: room enough for a handwritten signature. */
const ROW_HEIGHT = 27
const CELL_PADDING = 5

const SIGNATURE_WIDTH = 112
const COLUMNS = [
  { title: 'Nom de naissance', width: WIDTH - SIGNATURE_WIDTH - 112 - 70 - 82 },
  { title: 'Prénom', width: 112 },
  { title: 'Date de naissance', width: 70 },
  { title: 'Identifiant externe', width: 82 },
  { title: 'Signature', width: SIGNATURE_WIDTH },
] as const

type Doc = PDFKit.PDFDocument

const frenchOrder = new Intl.Collator('fr')

/** Candidates in the order of the sheet: birth name, then first name, as a French reader sorts them. */
export function sortCandidatesByName<T extends AttendanceCandidate>(candidates: readonly T[]): T[] {
  return [...candidates].sort(
    (a, b) =>
      frenchOrder.compare(a.lastName, b.lastName) ||
      frenchOrder.compare(a.firstName, b.firstName) ||
      a.birthdate.localeCompare(b.birthdate),
  )
}

/** The "Feuille d'émargement" that candidates sign in the exam room, 20 to a page. */
export function renderAttendanceSheet(data: AttendanceData): Promise<Buffer> {
  const { doc, finish } = createPdfDocument({
    title: `Feuille d'émargement – session ${data.sessionNumber}`,
    subject: `${data.centreName} – ${data.site}, salle ${data.room}, ${data.date} à ${data.startTime}`,
  })
  const candidates = sortCandidatesByName(data.candidates)
  const pageCount = Math.max(1, Math.ceil(candidates.length / ROWS_PER_PAGE))
  for (let page = 0; page < pageCount; page++) {
    if (page > 0) doc.addPage()
    drawPageHeader(doc, data)
    if (candidates.length === 0) drawNoCandidate(doc)
    else {
      const rows = candidates.slice(page * ROWS_PER_PAGE, (page + 1) * ROWS_PER_PAGE)
      const tableBottom = drawTable(doc, rows)
      if (page === pageCount - 1) drawPresentCount(doc, candidates.length, tableBottom + 16)
    }
    drawFooter(doc, `Feuille d'émargement – session ${data.sessionNumber}`, page + 1, pageCount)
  }
  return finish()
}

function drawPageHeader(doc: Doc, data: AttendanceData) {
  const ruleY = drawMasthead(doc, { ...data, title: "Feuille d'émargement" })

  const signatureWidth = 200
  drawSessionDetails(doc, data, ruleY + 12, WIDTH - signatureWidth - 20)
  drawInvigilatorSignatureBox(doc, LEFT + WIDTH - signatureWidth, ruleY + 12, signatureWidth, 92)
}

function drawSessionDetails(doc: Doc, data: AttendanceData, top: number, width: number) {
  const labelWidth = 92
  const valueWidth = width - labelWidth
  const rows: LabelledRow[] = [
    ['Centre', data.centreName, 1],
    ['Nom du site', data.site, 1],
    ['Salle', data.room, 1],
    ['Date', data.date, 1],
    ['Heure de début', data.startTime, 1],
    ['Surveillant(s)', data.invigilatorNames.trim() || '–', 2],
  ]
  drawLabelledRows(doc, rows, {
    left: LEFT,
    top,
    labelWidth,
    valueWidth,
    labelSize: 8.5,
    valueSize: 9,
    minSize: 7,
    rowHeight: 12,
    gap: 3,
  })
}

function drawInvigilatorSignatureBox(doc: Doc, x: number, y: number, width: number, height: number) {
  doc.rect(x, y, width, height).lineWidth(0.8).strokeColor(COLOUR.ink).stroke()
  doc
    .font(FONT.bold)
    .fontSize(8)
    .fillColor(COLOUR.muted)
    .text('Signature du ou des surveillants', x + 6, y + 5, { width: width - 12, lineBreak: false })
}

/** Draws one page's rows under the column titles; returns the table's bottom. */
function drawTable(doc: Doc, rows: AttendanceCandidate[]): number {
  drawColumnTitles(doc, TABLE_TOP)
  let y = TABLE_TOP + HEADER_ROW_HEIGHT
  rows.forEach((candidate, index) => {
    // Stripes guide the eye along a row; the signature cells stay white, like boxes to fill in.
    if (index % 2 === 1) doc.rect(LEFT, y, WIDTH - SIGNATURE_WIDTH, ROW_HEIGHT).fill(COLOUR.stripe)
    const cells = [
      candidate.lastName,
      candidate.firstName,
      toFrenchDate(candidate.birthdate),
      candidate.externalId ?? '',
      '',
    ]
    let x = LEFT
    COLUMNS.forEach((column, columnIndex) => {
      drawCell(doc, cells[columnIndex] ?? '', x, y, column.width, columnIndex === 0)
      x += column.width
    })
    y += ROW_HEIGHT
  })
  drawGrid(doc, TABLE_TOP, y)
  return y
}

function drawColumnTitles(doc: Doc, top: number) {
  doc.rect(LEFT, top, WIDTH, HEADER_ROW_HEIGHT).fill(COLOUR.ink)
  doc.font(FONT.bold).fontSize(8.5).fillColor(COLOUR.white)
  let x = LEFT
  for (const column of COLUMNS) {
    const textWidth = column.width - 2 * CELL_PADDING
    const height = doc.heightOfString(column.title, { width: textWidth })
    doc.text(column.title, x + CELL_PADDING, top + (HEADER_ROW_HEIGHT - height) / 2, { width: textWidth })
    x += column.width
  }
}

/** Long names wrap onto a second line and shrink before they are cut, so that the candidate can find theirs. */
function drawCell(doc: Doc, text: string, x: number, y: number, width: number, emphasised: boolean) {
  if (text === '') return
  const textWidth = width - 2 * CELL_PADDING
  doc.font(emphasised ? FONT.bold : FONT.regular)
  const fitted = fitText(doc, text, { width: textWidth, fontSize: 9.5, minSize: 6.5, maxLines: 2 })
  const height = doc.heightOfString(fitted.text, { width: textWidth })
  doc
    .fillColor(COLOUR.ink)
    .text(fitted.text, x + CELL_PADDING, y + (ROW_HEIGHT - height) / 2, { width: textWidth })
}

function drawGrid(doc: Doc, top: number, bottom: number) {
  doc.lineWidth(0.5).strokeColor(COLOUR.rule)
  for (let y = top + HEADER_ROW_HEIGHT + ROW_HEIGHT; y < bottom; y += ROW_HEIGHT) {
    doc
      .moveTo(LEFT, y)
      .lineTo(LEFT + WIDTH, y)
      .stroke()
  }
  let x = LEFT
  for (const column of COLUMNS.slice(0, -1)) {
    x += column.width
    doc
      .moveTo(x, top + HEADER_ROW_HEIGHT)
      .lineTo(x, bottom)
      .stroke()
  }
  doc
    .rect(LEFT, top, WIDTH, bottom - top)
    .lineWidth(0.8)
    .strokeColor(COLOUR.ink)
    .stroke()
}

function drawPresentCount(doc: Doc, total: number, y: number) {
  const label = 'Nombre de candidats présents : '
  doc.font(FONT.bold).fontSize(10).fillColor(COLOUR.ink).text(label, LEFT, y, { lineBreak: false })
  const blankStart = LEFT + doc.widthOfString(label) + 4
  const blankWidth = 48
  const baseline = y + doc.currentLineHeight() - 1
  doc
    .moveTo(blankStart, baseline)
    .lineTo(blankStart + blankWidth, baseline)
    .lineWidth(0.8)
    .strokeColor(COLOUR.ink)
    .stroke()
  doc.text(`/ ${total}`, blankStart + blankWidth + 6, y, { lineBreak: false })
}

function drawNoCandidate(doc: Doc) {
  const height = 60
  doc
    .rect(LEFT, TABLE_TOP, WIDTH, height)
    .lineWidth(0.8)
    .dash(4, { space: 3 })
    .strokeColor(COLOUR.rule)
    .stroke()
  doc.undash()
  doc
    .font(FONT.regular)
    .fontSize(11)
    .fillColor(COLOUR.muted)
    .text("Aucun candidat n'est inscrit à cette session.", LEFT, TABLE_TOP + height / 2 - 7, {
      width: WIDTH,
      align: 'center',
    })
}
