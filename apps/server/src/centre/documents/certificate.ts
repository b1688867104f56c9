import { fitText } from './fit-text'
import { FONT } from './fonts'
import { drawLabelledRows } from './labelled-rows'
import { createPdfDocument } from './pdf-document'
import { renderQrCodePng } from './qr-code'
import { COLOUR, PAGE } from './theme'

export interface CertificateData {
  firstName: string
  lastName: string
  /** DD/MM/YYYY. */
  birthdate: string
  /** The session's date, written out, e.g. "1 décembre 2026". */
  date: string
  centreName: string
  sessionNumber: string
  score: number
  maxScore: number
  level: number
  competences: Array<{ code: string; title: string; level: number | null }>
  verificationCode: string
  /** The public page "Vérifier un certificat", printed for those who type the code. */
  verificationPage: string
  /** The same page with the code filled in: the QR code opens it. */
  verificationUrl: string
  /** The bank's calibrations are synthetic (the demo bank): said on the certificate. */
  synthetic: boolean
}

type Doc = PDFKit.PDFDocument

const MARGIN = 48
const LEFT = MARGIN
const WIDTH = PAGE.width - 2 * MARGIN
const QR_SIZE = 92
const ROW_HEIGHT = 16

/** The certificate a candidate downloads once the results are published: one A4 page. */
export async function renderCertificate(data: CertificateData): Promise<Buffer> {
  const qrCode = await renderQrCodePng(data.verificationUrl)
  const holder = `${data.firstName} ${data.lastName.toLocaleUpperCase('fr')}`
  const { doc, finish } = createPdfDocument({
    title: `Certificat – ${holder}`,
    subject: `Session ${data.sessionNumber}, ${data.date} : score ${data.score}, code ${data.verificationCode}`,
  })
  let y = drawHeader(doc, data, holder)
  y = drawScore(doc, data, y + 22)
  y = drawCompetences(doc, data, y + 24)
  drawVerification(doc, data, qrCode)
  if (data.synthetic) drawSyntheticNotice(doc, y + 8)
  return finish()
}

function drawHeader(doc: Doc, data: CertificateData, holder: string): number {
  doc
    .font(FONT.bold)
    .fontSize(9)
    .fillColor(COLOUR.muted)
    .text('VIGIE – CERTIFICATION DES COMPÉTENCES NUMÉRIQUES', LEFT, MARGIN, { lineBreak: false })
  doc
    .font(FONT.bold)
    .fontSize(30)
    .fillColor(COLOUR.ink)
    .text('Certificat', LEFT, MARGIN + 16, { lineBreak: false })
  const ruleY = MARGIN + 60
  doc
    .moveTo(LEFT, ruleY)
    .lineTo(LEFT + WIDTH, ruleY)
    .lineWidth(1.5)
    .strokeColor(COLOUR.ink)
    .stroke()

  doc
    .font(FONT.regular)
    .fontSize(11)
    .fillColor(COLOUR.muted)
    .text('Ce certificat est délivré à', LEFT, ruleY + 18)
  const name = fitText(doc.font(FONT.bold), holder, { width: WIDTH, fontSize: 24, minSize: 14 })
  doc.fillColor(COLOUR.ink).text(name.text, LEFT, ruleY + 36, { lineBreak: false })
  return drawLabelledRows(
    doc,
    [
      ['Né(e) le', data.birthdate, 1],
      ['Date de la session', data.date, 1],
      ['Centre de certification', data.centreName, 2],
      ['Numéro de session', data.sessionNumber, 1],
    ],
    {
      left: LEFT,
      top: ruleY + 76,
      labelWidth: 150,
      valueWidth: WIDTH - 150,
      labelSize: 10,
      valueSize: 11,
      minSize: 8,
      rowHeight: 14,
      gap: 4,
    },
  )
}

function drawScore(doc: Doc, data: CertificateData, top: number): number {
  const height = 74
  doc.rect(LEFT, top, WIDTH, height).fill(COLOUR.candidateTint)
  const half = WIDTH / 2
  const cell = (x: number, label: string, value: string, suffix: string) => {
    doc
      .font(FONT.bold)
      .fontSize(9)
      .fillColor(COLOUR.candidate)
      .text(label, x + 16, top + 12, { lineBreak: false })
    doc
      .font(FONT.bold)
      .fontSize(30)
      .fillColor(COLOUR.ink)
      .text(value, x + 16, top + 26, { lineBreak: false })
    const valueWidth = doc.widthOfString(value)
    doc
      .font(FONT.regular)
      .fontSize(12)
      .fillColor(COLOUR.muted)
      .text(suffix, x + 16 + valueWidth + 6, top + 42, { lineBreak: false })
  }
  cell(LEFT, 'SCORE', String(data.score), `/ ${data.maxScore}`)
  cell(LEFT + half, 'NIVEAU GLOBAL', String(data.level), '/ 7')
  return top + height
}

function drawCompetences(doc: Doc, data: CertificateData, top: number): number {
  doc
    .font(FONT.bold)
    .fontSize(11)
    .fillColor(COLOUR.ink)
    .text('Niveau par compétence', LEFT, top, { lineBreak: false })
  let y = top + 20
  const levelWidth = 90
  data.competences.forEach((competence, index) => {
    if (index % 2 === 0) doc.rect(LEFT, y, WIDTH, ROW_HEIGHT).fill(COLOUR.stripe)
    const title = fitText(doc.font(FONT.regular), `${competence.code}  ${competence.title}`, {
      width: WIDTH - levelWidth - 16,
      fontSize: 9.5,
      minSize: 7.5,
    })
    doc.fillColor(COLOUR.ink).text(title.text, LEFT + 6, y + 5, { lineBreak: false })
    doc
      .font(FONT.bold)
      .fontSize(9.5)
      .text(
        competence.level === null ? 'non évaluée' : `Niveau ${competence.level}`,
        LEFT + WIDTH - levelWidth,
        y + 5,
        {
          width: levelWidth - 6,
          align: 'right',
          lineBreak: false,
        },
      )
    y += ROW_HEIGHT
  })
  return y
}

/** At the foot of the page: the code and the QR code of the page that confirms the certificate. */
function drawVerification(doc: Doc, data: CertificateData, qrCode: Buffer) {
  const top = PAGE.height - MARGIN - QR_SIZE
  doc
    .moveTo(LEFT, top - 12)
    .lineTo(LEFT + WIDTH, top - 12)
    .lineWidth(0.5)
    .strokeColor(COLOUR.rule)
    .stroke()
  doc.image(qrCode, LEFT + WIDTH - QR_SIZE, top, { width: QR_SIZE, height: QR_SIZE })
  const textWidth = WIDTH - QR_SIZE - 16
  doc
    .font(FONT.bold)
    .fontSize(9)
    .fillColor(COLOUR.muted)
    .text('CODE DE VÉRIFICATION', LEFT, top + 4, { lineBreak: false })
  doc
    .font(FONT.code)
    .fontSize(20)
    .fillColor(COLOUR.ink)
    .text(data.verificationCode, LEFT, top + 18, { lineBreak: false })
  doc
    .font(FONT.regular)
    .fontSize(9)
    .fillColor(COLOUR.ink)
    .text(
      `Toute personne peut vérifier ce certificat\u00a0: scannez le code QR, ou saisissez le code sur la page «\u00a0Vérifier un certificat\u00a0»\u00a0:\n${data.verificationPage}`,
      LEFT,
      top + 48,
      { width: textWidth },
    )
}

function drawSyntheticNotice(doc: Doc, top: number) {
  doc
    .font(FONT.regular)
    .fontSize(8.5)
    .fillColor(COLOUR.muted)
    .text(
      'Démonstration : les questions de ce test ont une calibration synthétique\u00a0; ce certificat n’atteste pas une certification réelle.',
      LEFT,
      top,
      { width: WIDTH },
    )
}
