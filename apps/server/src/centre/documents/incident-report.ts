import { FONT } from './fonts'
import { drawLabelledRows } from './labelled-rows'
import { drawFooter, drawMasthead } from './page-frame'
import { createPdfDocument } from './pdf-document'
import { COLOUR, PAGE } from './theme'

export interface ReportedEvent {
  /** HH:MM in the centre's time zone. */
  time: string
  candidate: string
  event: string
  details: string
  /** The invigilator who acted; empty when nobody did (a report left unhandled). */
  by: string
}

/** What the centre added when it finalised the session. */
export interface FinalisationRecord {
  /** DD/MM/YYYY à HH:MM in the centre's time zone. */
  at: string
  by: string
  globalComment: string | null
  reports: Array<{
    candidate: string
    code: string
    label: string
    questionNumber: number | null
    comment: string | null
  }>
  /** Tests that did not complete, with the reason the centre gave. */
  abortedTests: Array<{ candidate: string; reason: string; endedAtFinalisation: boolean }>
}

export interface IncidentReportData {
  centreName: string
  sessionNumber: string
  site: string
  room: string
  date: string
  startTime: string
  plannedInvigilators: string
  /** Draft while the session runs; final once it is finalised. */
  final: boolean
  generatedAt: string
  invigilators: Array<{ name: string; enteredAt: string }>
  events: ReportedEvent[]
  /** Null while the session is not finalised. */
  finalisation: FinalisationRecord | null
}

type Doc = PDFKit.PDFDocument

const MARGIN = 36
const LEFT = MARGIN
const WIDTH = PAGE.width - 2 * MARGIN
const BOTTOM = PAGE.height - 48
const CELL_PADDING = 4
const FONT_SIZE = 8.5

interface Column {
  title: string
  width: number
  /** The column that names the candidate, read first. */
  bold?: boolean
}

const EVENT_COLUMNS: Column[] = [
  { title: 'Heure', width: 40 },
  { title: 'Candidat', width: 104, bold: true },
  { title: 'Événement', width: 118 },
  { title: 'Détails', width: WIDTH - 40 - 104 - 118 - 96 },
  { title: 'Par', width: 96 },
]

const REPORT_COLUMNS: Column[] = [
  { title: 'Candidat', width: 110, bold: true },
  { title: 'Code', width: 34 },
  { title: 'Rapport', width: WIDTH - 110 - 34 - 56 - 140 },
  { title: 'Question', width: 56 },
  { title: 'Commentaire', width: 140 },
]

/**
 * The "PV d'incident": the session, its invigilators, and what happened, as recorded. Nothing
 * the system knows is left to be copied by hand; room is left for comments and signatures.
 */
export function renderIncidentReport(data: IncidentReportData): Promise<Buffer> {
  const { doc, finish } = createPdfDocument(
    {
      title: `PV d'incident – session ${data.sessionNumber}`,
      subject: `${data.centreName} – ${data.site}, salle ${data.room}, ${data.date} à ${data.startTime}`,
    },
    { bufferPages: true },
  )
  let y = drawHeader(doc, data)
  y = drawSessionDetails(doc, data, y)
  y = drawInvigilators(doc, data, y)
  y = drawEvents(doc, data, y)
  if (data.finalisation) y = drawFinalisation(doc, data.finalisation, y)
  drawCommentsAndSignatures(doc, data, y)
  drawFooters(doc, data)
  return finish()
}

function sectionTitle(doc: Doc, title: string, y: number): number {
  doc.font(FONT.bold).fontSize(11).fillColor(COLOUR.ink).text(title, LEFT, y, { lineBreak: false })
  return y + 18
}

/** Starts a new page when `needed` points no longer fit; returns where to write. */
function room(doc: Doc, y: number, needed: number): number {
  if (y + needed <= BOTTOM) return y
  doc.addPage()
  return MARGIN
}

function drawHeader(doc: Doc, data: IncidentReportData): number {
  const ruleY = drawMasthead(doc, { ...data, title: "PV d'incident" })
  const status = data.final
    ? `Version finale, établie le ${data.generatedAt}`
    : `Brouillon établi le ${data.generatedAt} : la session n'est pas encore finalisée`
  doc
    .font(data.final ? FONT.regular : FONT.bold)
    .fontSize(9)
    .fillColor(data.final ? COLOUR.muted : COLOUR.ink)
    .text(status, LEFT, ruleY + 8, { width: WIDTH, lineBreak: false })
  return ruleY + 30
}

function drawSessionDetails(doc: Doc, data: IncidentReportData, top: number): number {
  return drawLabelledRows(
    doc,
    [
      ['Nom du site', data.site, 1],
      ['Salle', data.room, 1],
      ['Date', `${data.date} à ${data.startTime}`, 1],
      ['Surveillant(s) prévu(s)', data.plannedInvigilators, 2],
    ],
    {
      left: LEFT,
      top,
      labelWidth: 130,
      valueWidth: WIDTH - 130,
      labelSize: 9,
      valueSize: 10,
      minSize: 7,
      rowHeight: 12,
      gap: 4,
    },
  )
}

function drawInvigilators(doc: Doc, data: IncidentReportData, top: number): number {
  let y = sectionTitle(doc, 'Surveillants entrés dans l’Espace Surveillant', top + 10)
  doc.font(FONT.regular).fontSize(9.5).fillColor(COLOUR.ink)
  if (data.invigilators.length === 0) {
    doc.fillColor(COLOUR.muted).text('Aucun surveillant n’est entré dans la session.', LEFT, y)
    return doc.y + 6
  }
  for (const invigilator of data.invigilators) {
    y = room(doc, y, 14)
    doc.fillColor(COLOUR.ink).text(`${invigilator.name}, entré(e) à ${invigilator.enteredAt}`, LEFT, y, {
      width: WIDTH,
    })
    y = doc.y + 2
  }
  return y
}

function drawEvents(doc: Doc, data: IncidentReportData, top: number): number {
  const y = sectionTitle(doc, 'Événements enregistrés pendant la session', room(doc, top + 12, 60))
  if (data.events.length === 0) {
    doc
      .font(FONT.regular)
      .fontSize(9.5)
      .fillColor(COLOUR.muted)
      .text(
        'Aucun signalement, aucune reprise, aucune alerte d’extension, aucun test terminé par un surveillant.',
        LEFT,
        y,
        {
          width: WIDTH,
        },
      )
    return doc.y + 6
  }
  return drawTable(
    doc,
    EVENT_COLUMNS,
    data.events.map((event) => [event.time, event.candidate, event.event, event.details, event.by]),
    y,
  )
}

/** Rows under a dark title bar, repeated on each new page; each row as tall as its tallest cell. */
function drawTable(doc: Doc, columns: Column[], rows: string[][], top: number): number {
  let y = drawColumnTitles(doc, columns, top)
  rows.forEach((cells, index) => {
    doc.font(FONT.regular).fontSize(FONT_SIZE)
    const height =
      Math.max(
        ...cells.map((text, i) =>
          doc.heightOfString(text || ' ', { width: (columns[i]?.width ?? 0) - 2 * CELL_PADDING }),
        ),
      ) +
      2 * CELL_PADDING
    if (y + height > BOTTOM) {
      doc.addPage()
      y = drawColumnTitles(doc, columns, MARGIN)
    }
    if (index % 2 === 1) doc.rect(LEFT, y, WIDTH, height).fill(COLOUR.stripe)
    let x = LEFT
    cells.forEach((text, i) => {
      const width = columns[i]?.width ?? 0
      doc
        .font(columns[i]?.bold ? FONT.bold : FONT.regular)
        .fontSize(FONT_SIZE)
        .fillColor(COLOUR.ink)
        .text(text, x + CELL_PADDING, y + CELL_PADDING, { width: width - 2 * CELL_PADDING })
      x += width
    })
    doc
      .moveTo(LEFT, y + height)
      .lineTo(LEFT + WIDTH, y + height)
      .lineWidth(0.5)
      .strokeColor(COLOUR.rule)
      .stroke()
    y += height
  })
  return y + 6
}

function drawColumnTitles(doc: Doc, columns: Column[], top: number): number {
  const height = 20
  doc.rect(LEFT, top, WIDTH, height).fill(COLOUR.ink)
  doc.font(FONT.bold).fontSize(8.5).fillColor(COLOUR.white)
  let x = LEFT
  for (const column of columns) {
    doc.text(column.title, x + CELL_PADDING, top + 6, {
      width: column.width - 2 * CELL_PADDING,
      lineBreak: false,
    })
    x += column.width
  }
  return top + height
}

/** A paragraph of running text, moved whole to the next page when it does not fit (500 characters at most). */
function paragraph(doc: Doc, text: string, top: number, options: { muted?: boolean } = {}): number {
  doc.font(FONT.regular).fontSize(9.5)
  const y = room(doc, top, doc.heightOfString(text, { width: WIDTH }))
  doc
    .font(FONT.regular)
    .fontSize(9.5)
    .fillColor(options.muted ? COLOUR.muted : COLOUR.ink)
    .text(text, LEFT, y, { width: WIDTH })
  return doc.y + 4
}

/** The centre's part, once the session is finalised: its reports, the abort reasons, its global comment. */
function drawFinalisation(doc: Doc, finalisation: FinalisationRecord, top: number): number {
  let y = sectionTitle(doc, 'Finalisation de la session par le centre', room(doc, top + 12, 60))
  y = paragraph(doc, `Session finalisée le ${finalisation.at} par ${finalisation.by}.`, y)

  y = sectionTitle(doc, 'Rapports du centre', room(doc, y + 8, 60))
  if (finalisation.reports.length === 0) y = paragraph(doc, 'Aucun rapport.', y, { muted: true })
  else
    y = drawTable(
      doc,
      REPORT_COLUMNS,
      finalisation.reports.map((report) => [
        report.candidate,
        report.code,
        report.label,
        report.questionNumber === null ? '' : String(report.questionNumber),
        report.comment ?? '',
      ]),
      y,
    )

  if (finalisation.abortedTests.length > 0) {
    y = sectionTitle(doc, 'Tests non terminés', room(doc, y + 8, 40))
    for (const test of finalisation.abortedTests) {
      const ended = test.endedAtFinalisation ? ' ; test terminé à la finalisation' : ''
      y = paragraph(doc, `${test.candidate} : ${test.reason}${ended}`, y)
    }
  }

  y = sectionTitle(doc, 'Commentaire global du centre', room(doc, y + 8, 40))
  return finalisation.globalComment
    ? paragraph(doc, finalisation.globalComment, y)
    : paragraph(doc, 'Aucun commentaire.', y, { muted: true })
}

function drawCommentsAndSignatures(doc: Doc, data: IncidentReportData, top: number) {
  const boxHeight = 110
  const signatureHeight = 70
  let y = room(doc, top + 10, 18 + boxHeight + 30 + signatureHeight)
  y = sectionTitle(doc, 'Observations du ou des surveillants', y)
  doc.rect(LEFT, y, WIDTH, boxHeight).lineWidth(0.8).strokeColor(COLOUR.ink).stroke()
  for (let line = y + 24; line < y + boxHeight; line += 22) {
    doc
      .moveTo(LEFT + 8, line)
      .lineTo(LEFT + WIDTH - 8, line)
      .lineWidth(0.4)
      .strokeColor(COLOUR.rule)
      .stroke()
  }
  y += boxHeight + 12
  const half = (WIDTH - 12) / 2
  const titles = ['Signature du ou des surveillants', 'Signature du responsable du centre']
  titles.forEach((title, i) => {
    const x = LEFT + i * (half + 12)
    doc.rect(x, y, half, signatureHeight).lineWidth(0.8).strokeColor(COLOUR.ink).stroke()
    doc
      .font(FONT.bold)
      .fontSize(8)
      .fillColor(COLOUR.muted)
      .text(title, x + 6, y + 5, { width: half - 12, lineBreak: false })
  })
  if (!data.final) {
    doc
      .font(FONT.regular)
      .fontSize(8.5)
      .fillColor(COLOUR.muted)
      .text(
        'Les rapports du centre s’ajoutent à ce PV à la finalisation de la session.',
        LEFT,
        y + signatureHeight + 8,
        {
          width: WIDTH,
        },
      )
  }
}

function drawFooters(doc: Doc, data: IncidentReportData) {
  const range = doc.bufferedPageRange()
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i)
    drawFooter(doc, `PV d'incident – session ${data.sessionNumber}`, i - range.start + 1, range.count)
  }
}
