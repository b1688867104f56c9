import { fitText } from './fit-text'
import { FONT } from './fonts'
import { drawLabelledRows } from './labelled-rows'
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
}

type Doc = PDFKit.PDFDocument

const MARGIN = 36
const LEFT = MARGIN
const WIDTH = PAGE.width - 2 * MARGIN
const BOTTOM = PAGE.height - 48
const CELL_PADDING = 4
const FONT_SIZE = 8.5
const COLUMNS = [
  { title: 'Heure', width: 40 },
  { title: 'Candidat', width: 104 },
  { title: 'Événement', width: 118 },
  { title: 'Détails', width: WIDTH - 40 - 104 - 118 - 96 },
  { title: 'Par', width: 96 },
] as const

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
  const centre = fitText(doc.font(FONT.bold), data.centreName.toLocaleUpperCase('fr'), {
    width: WIDTH - 170,
    fontSize: 8.5,
    minSize: 6.5,
  })
  doc.fillColor(COLOUR.muted).text(centre.text, LEFT, MARGIN, { lineBreak: false })
  doc
    .font(FONT.bold)
    .fontSize(20)
    .fillColor(COLOUR.ink)
    .text("PV d'incident", LEFT, MARGIN + 14, { lineBreak: false })
  const right = LEFT + WIDTH - 160
  doc
    .font(FONT.bold)
    .fontSize(8.5)
    .fillColor(COLOUR.muted)
    .text('NUMÉRO DE SESSION', right, MARGIN, { width: 160, align: 'right', lineBreak: false })
  doc
    .font(FONT.code)
    .fontSize(20)
    .fillColor(COLOUR.ink)
    .text(data.sessionNumber, right, MARGIN + 13, { width: 160, align: 'right', lineBreak: false })
  const ruleY = MARGIN + 46
  doc
    .moveTo(LEFT, ruleY)
    .lineTo(LEFT + WIDTH, ruleY)
    .lineWidth(1.2)
    .strokeColor(COLOUR.ink)
    .stroke()
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
  let y = sectionTitle(doc, 'Événements enregistrés pendant la session', room(doc, top + 12, 60))
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
  y = drawColumnTitles(doc, y)
  data.events.forEach((event, index) => {
    const cells = [event.time, event.candidate, event.event, event.details, event.by]
    doc.font(FONT.regular).fontSize(FONT_SIZE)
    const height =
      Math.max(
        ...cells.map((text, i) =>
          doc.heightOfString(text || ' ', { width: (COLUMNS[i]?.width ?? 0) - 2 * CELL_PADDING }),
        ),
      ) +
      2 * CELL_PADDING
    if (y + height > BOTTOM) {
      doc.addPage()
      y = drawColumnTitles(doc, MARGIN)
    }
    if (index % 2 === 1) doc.rect(LEFT, y, WIDTH, height).fill(COLOUR.stripe)
    let x = LEFT
    cells.forEach((text, i) => {
      const width = COLUMNS[i]?.width ?? 0
      doc
        .font(i === 1 ? FONT.bold : FONT.regular)
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

function drawColumnTitles(doc: Doc, top: number): number {
  const height = 20
  doc.rect(LEFT, top, WIDTH, height).fill(COLOUR.ink)
  doc.font(FONT.bold).fontSize(8.5).fillColor(COLOUR.white)
  let x = LEFT
  for (const column of COLUMNS) {
    doc.text(column.title, x + CELL_PADDING, top + 6, {
      width: column.width - 2 * CELL_PADDING,
      lineBreak: false,
    })
    x += column.width
  }
  return top + height
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
    const y = PAGE.height - 30
    doc
      .moveTo(LEFT, y - 6)
      .lineTo(LEFT + WIDTH, y - 6)
      .lineWidth(0.5)
      .strokeColor(COLOUR.rule)
      .stroke()
    doc.font(FONT.regular).fontSize(8).fillColor(COLOUR.muted)
    doc.text(`PV d'incident – session ${data.sessionNumber}`, LEFT, y, { lineBreak: false })
    doc.text(`Page ${i - range.start + 1} / ${range.count}`, LEFT, y, {
      width: WIDTH,
      align: 'right',
      lineBreak: false,
    })
  }
}
