import { fitText } from './fit-text'
import { FONT } from './fonts'
import { drawLabelledRows, type LabelledRow } from './labelled-rows'
import { createPdfDocument } from './pdf-document'
import { renderQrCodePng } from './qr-code'
import { COLOUR, PAGE } from './theme'

export interface KitData {
  sessionNumber: string
  centreName: string
  site: string
  room: string
  /** Already written out in the centre's time zone, e.g. "mardi 1 décembre 2026". */
  date: string
  /** HH:MM in the centre's time zone. */
  startTime: string
  invigilatorNames: string
  invigilatorPassword: string
  accessCode: string
  invigilatorUrl: string
  candidateUrl: string
  extensionRequired: boolean
}

/** The guide's "Lancement de la session, en situation", addressed to candidates rather than pupils. */
export const LAUNCH_STEPS = [
  'le surveillant se connecte à son espace grâce au numéro de session + le mot de passe de la session',
  "il vérifie la présence des candidats et confirme leur présence sur l'Espace Surveillant",
  "il communique les consignes d'examen aux candidats",
] as const

const MARGIN = 44
const LEFT = MARGIN
const WIDTH = PAGE.width - 2 * MARGIN
const BOX_PADDING = 16
const BAND_HEIGHT = 22
const QR_SIZE = 104

type Doc = PDFKit.PDFDocument

/** French puts a space before `:` and `;`; a no-break one keeps them from starting a wrapped line. */
const withFrenchSpacing = (text: string) => text.replace(/ ([:;])/g, '\u00a0$1')

/** The one-page "Kit surveillant" handed to the invigilators before the session. */
export async function renderInvigilatorKit(data: KitData): Promise<Buffer> {
  const qrCode = await renderQrCodePng(data.invigilatorUrl)
  const { doc, finish } = createPdfDocument({
    title: `Kit surveillant – session ${data.sessionNumber}`,
    subject: `${data.centreName} – ${data.site}, salle ${data.room}, ${data.date} à ${data.startTime}`,
  })
  let y = drawHeader(doc, data, MARGIN)
  y = drawSessionDetails(doc, data, y + 14)
  y = drawInvigilatorBox(doc, data, qrCode, y + 18)
  y = drawCandidateBox(doc, data, y + 14)
  y = drawLaunchSteps(doc, y + 22)
  drawExtensionNotice(doc, data.extensionRequired, y + 12)
  drawFooter(doc)
  return finish()
}

function drawHeader(doc: Doc, data: KitData, top: number): number {
  const numberBlockWidth = 170
  const centre = fitText(doc.font(FONT.bold), data.centreName.toLocaleUpperCase('fr'), {
    width: WIDTH - numberBlockWidth - 10,
    fontSize: 9,
    minSize: 7,
  })
  doc.fillColor(COLOUR.muted).fontSize(centre.fontSize).text(centre.text, LEFT, top, { lineBreak: false })
  doc
    .font(FONT.bold)
    .fontSize(26)
    .fillColor(COLOUR.ink)
    .text('Kit surveillant', LEFT, top + 16, { lineBreak: false })

  const right = LEFT + WIDTH - numberBlockWidth
  doc
    .font(FONT.bold)
    .fontSize(9)
    .fillColor(COLOUR.muted)
    .text('NUMÉRO DE SESSION', right, top, { width: numberBlockWidth, align: 'right', lineBreak: false })
  doc
    .font(FONT.code)
    .fontSize(26)
    .fillColor(COLOUR.ink)
    .text(data.sessionNumber, right, top + 15, { width: numberBlockWidth, align: 'right', lineBreak: false })

  const ruleY = top + 56
  doc
    .moveTo(LEFT, ruleY)
    .lineTo(LEFT + WIDTH, ruleY)
    .lineWidth(1.5)
    .strokeColor(COLOUR.ink)
    .stroke()
  return ruleY
}

function drawSessionDetails(doc: Doc, data: KitData, top: number): number {
  const labelWidth = 120
  const valueWidth = WIDTH - labelWidth
  const rows: LabelledRow[] = [
    ['Nom du site', data.site, 2],
    ['Salle', data.room, 1],
    ['Date', data.date, 1],
    ['Heure de début', data.startTime, 1],
    ['Surveillant(s)', data.invigilatorNames.trim() || '–', 2],
  ]
  const y = drawLabelledRows(doc, rows, {
    left: LEFT,
    top,
    labelWidth,
    valueWidth,
    labelSize: 10,
    valueSize: 11,
    minSize: 8.5,
    rowHeight: 14,
    gap: 4,
  })
  return y - 4
}

/** One piece of a box's content, measured before the box is drawn so that the box can enclose it. */
interface Block {
  height: number
  draw(x: number, y: number): void
}

const BLOCK_GAP = 10

function stackHeight(blocks: Block[]): number {
  return blocks.reduce((total, block) => total + block.height, 0) + BLOCK_GAP * (blocks.length - 1)
}

function drawStack(blocks: Block[], x: number, top: number) {
  let y = top
  for (const block of blocks) {
    block.draw(x, y)
    y += block.height + BLOCK_GAP
  }
}

/** Codes side by side, each under its label, in large fixed-width letters spaced to be read one by one. */
function codesBlock(
  doc: Doc,
  codes: Array<{ label: string; code: string; colour: string }>,
  column: number,
): Block {
  const codeSize = 30
  return {
    height: 16 + codeSize * 1.2,
    draw(x, y) {
      codes.forEach(({ label, code, colour }, index) => {
        const left = x + index * column
        doc.font(FONT.bold).fontSize(11).fillColor(COLOUR.ink).text(label, left, y, { lineBreak: false })
        doc
          .font(FONT.code)
          .fontSize(codeSize)
          .fillColor(colour)
          .text(code, left, y + 16, {
            characterSpacing: codeSize * 0.12,
            lineBreak: false,
          })
      })
    },
  }
}

function paragraphBlock(doc: Doc, text: string, width: number): Block {
  const options = { width, lineGap: 1.5 }
  const spaced = withFrenchSpacing(text)
  doc.font(FONT.regular).fontSize(9.5)
  return {
    height: doc.heightOfString(spaced, options),
    draw(x, y) {
      doc.font(FONT.regular).fontSize(9.5).fillColor(COLOUR.ink).text(spaced, x, y, options)
    },
  }
}

/**
 * An address, clickable on screen. Kept on one line (shrunk if need be: a wrapped address is easily
 * mistyped), and never cut: when too long even so, it wraps.
 */
function addressBlock(doc: Doc, label: string, url: string, width: number, colour: string): Block {
  const labelHeight = 14
  const fitted = fitText(doc.font(FONT.regular), url, { width, fontSize: 10.5, minSize: 7.5 })
  const wrapped = fitted.truncated
  const urlHeight = wrapped ? doc.heightOfString(url, { width }) : doc.currentLineHeight()
  return {
    height: labelHeight + urlHeight,
    draw(x, y) {
      doc.font(FONT.bold).fontSize(9.5).fillColor(COLOUR.ink).text(label, x, y, { lineBreak: false })
      doc
        .font(FONT.regular)
        .fontSize(fitted.fontSize)
        .fillColor(colour)
        .text(url, x, y + labelHeight, { link: url, ...(wrapped ? { width } : { lineBreak: false }) })
    },
  }
}

interface BoxStyle {
  title: string
  colour: string
  tint: string
}

/** A framed box whose coloured title band says whom its content is for. Returns the box's bottom. */
function drawBox(doc: Doc, top: number, style: BoxStyle, blocks: Block[], aside?: Block): number {
  const contentTop = top + BAND_HEIGHT + 14
  const height = BAND_HEIGHT + 14 + Math.max(stackHeight(blocks), aside?.height ?? 0) + BOX_PADDING
  const radius = 6
  doc.roundedRect(LEFT, top, WIDTH, height, radius).fill(style.tint)
  doc.save().roundedRect(LEFT, top, WIDTH, height, radius).clip()
  doc.rect(LEFT, top, WIDTH, BAND_HEIGHT).fill(style.colour)
  doc.restore()
  doc.roundedRect(LEFT, top, WIDTH, height, radius).lineWidth(1.5).stroke(style.colour)
  doc
    .font(FONT.bold)
    .fontSize(10)
    .fillColor(COLOUR.white)
    .text(style.title, LEFT + BOX_PADDING, top + 6, { characterSpacing: 0.8, lineBreak: false })
  drawStack(blocks, LEFT + BOX_PADDING, contentTop)
  aside?.draw(LEFT + WIDTH - BOX_PADDING, contentTop)
  return top + height
}

/** The QR code of the Espace Surveillant, drawn leftwards from the box's inner right edge. */
function qrCodeBlock(doc: Doc, qrCode: Buffer): Block {
  const captionHeight = 22
  return {
    height: QR_SIZE + 4 + captionHeight,
    draw(right, y) {
      const x = right - QR_SIZE
      doc.image(qrCode, x, y, { width: QR_SIZE, height: QR_SIZE })
      doc
        .font(FONT.regular)
        .fontSize(7.5)
        .fillColor(COLOUR.muted)
        .text("Scannez pour ouvrir\nl'Espace Surveillant", x - 10, y + QR_SIZE + 4, {
          width: QR_SIZE + 20,
          align: 'center',
        })
    },
  }
}

function drawInvigilatorBox(doc: Doc, data: KitData, qrCode: Buffer, top: number): number {
  const textWidth = WIDTH - 2 * BOX_PADDING - QR_SIZE - 24
  const style = {
    title: 'RÉSERVÉ AUX SURVEILLANTS',
    colour: COLOUR.invigilator,
    tint: COLOUR.invigilatorTint,
  }
  const password = {
    label: 'Mot de passe de la session',
    code: data.invigilatorPassword,
    colour: COLOUR.invigilator,
  }
  return drawBox(
    doc,
    top,
    style,
    [
      codesBlock(doc, [password], textWidth),
      paragraphBlock(
        doc,
        "Pour les surveillants uniquement : avec le numéro de session, il permet de se connecter à l'Espace " +
          "Surveillant. Il est différent du code d'accès des candidats : ne le communiquez pas aux candidats.",
        textWidth,
      ),
      addressBlock(doc, 'Espace Surveillant', data.invigilatorUrl, textWidth, COLOUR.invigilator),
    ],
    qrCodeBlock(doc, qrCode),
  )
}

function drawCandidateBox(doc: Doc, data: KitData, top: number): number {
  const innerWidth = WIDTH - 2 * BOX_PADDING
  const style = { title: 'À COMMUNIQUER AUX CANDIDATS', colour: COLOUR.candidate, tint: COLOUR.candidateTint }
  const codes = [
    { label: 'Numéro de session', code: data.sessionNumber, colour: COLOUR.ink },
    { label: "Code d'accès (candidats)", code: data.accessCode, colour: COLOUR.candidate },
  ]
  return drawBox(doc, top, style, [
    codesBlock(doc, codes, 210),
    paragraphBlock(
      doc,
      "Les candidats rejoignent la session avec son numéro, puis commencent leur test avec le code d'accès, " +
        'une fois leur présence confirmée par le surveillant.',
      innerWidth,
    ),
    addressBlock(doc, 'Adresse pour les candidats', data.candidateUrl, innerWidth, COLOUR.candidate),
  ])
}

function drawLaunchSteps(doc: Doc, top: number): number {
  doc
    .font(FONT.bold)
    .fontSize(13)
    .fillColor(COLOUR.ink)
    .text('Lancement de la session, en situation', LEFT, top, { lineBreak: false })
  let y = top + 26
  const textX = LEFT + 30
  const textWidth = WIDTH - 30
  LAUNCH_STEPS.forEach((step, index) => {
    const number = String(index + 1)
    doc.circle(LEFT + 10, y + 6, 10).fill(COLOUR.ink)
    doc
      .font(FONT.bold)
      .fontSize(10)
      .fillColor(COLOUR.white)
      .text(number, LEFT, y + 0.5, {
        width: 20,
        align: 'center',
        lineBreak: false,
      })
    doc
      .font(FONT.bold)
      .fontSize(10.5)
      .fillColor(COLOUR.ink)
      .text(`Étape ${number}\u00a0: `, textX, y, { width: textWidth, lineGap: 2, continued: true })
      .font(FONT.regular)
      .text(step, { width: textWidth, lineGap: 2 })
    y = Math.max(doc.y, y + 20) + 8
  })
  return y - 8
}

function drawExtensionNotice(doc: Doc, extensionRequired: boolean, top: number) {
  const message = extensionRequired
    ? "L'extension de navigateur est requise pour cette session : vérifiez qu'elle est installée sur chaque poste candidat avant le début du test."
    : "L'extension de navigateur n'est pas requise pour cette session."
  doc
    .font(FONT.regular)
    .fontSize(9.5)
    .fillColor(COLOUR.ink)
    .text(withFrenchSpacing(message), LEFT, top, { width: WIDTH })
}

function drawFooter(doc: Doc) {
  const y = PAGE.height - 34
  doc
    .moveTo(LEFT, y - 8)
    .lineTo(LEFT + WIDTH, y - 8)
    .lineWidth(0.5)
    .strokeColor(COLOUR.rule)
    .stroke()
  doc
    .font(FONT.regular)
    .fontSize(8)
    .fillColor(COLOUR.muted)
    .text(
      'Confidentiel : à remettre au surveillant avant la session. Ne pas afficher dans la salle.',
      LEFT,
      y,
      { width: WIDTH, lineBreak: false },
    )
}
