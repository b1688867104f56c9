import { describe, expect, it } from 'vitest'
import { type CertificateData, renderCertificate } from './certificate'
import { pdfImages, pdfInfo, pdfText } from './testing/pdf-inspection'
import { expectedQrModules, readQrModules } from './testing/qr-inspection'

const certificate: CertificateData = {
  firstName: 'Simon',
  lastName: 'Durand',
  birthdate: '21/05/1997',
  date: '1 décembre 2026',
  centreName: 'Lycée Jean Moulin',
  sessionNumber: '123456',
  score: 412,
  maxScore: 895,
  level: 4,
  competences: Array.from({ length: 16 }, (_, i) => ({
    code: `${Math.floor(i / 3) + 1}.${(i % 3) + 1}`,
    title: `Compétence numéro ${i + 1}`,
    level: i === 5 ? null : i % 8,
  })),
  verificationCode: 'P-7KQ3-MXTA-92HF',
  verificationPage: 'http://vigie.test/verification',
  verificationUrl: 'http://vigie.test/verification?code=P-7KQ3-MXTA-92HF',
  synthetic: false,
}

const flat = (text: string) => text.replace(/\s+/g, ' ')

describe('the certificate', () => {
  it('names its holder with their birth date, the session, the score, the level and the code', async () => {
    const pdf = await renderCertificate(certificate)
    expect(await pdfInfo(pdf)).toEqual({ pages: 1, pageSize: '595.28 x 841.89 pts (A4)' })
    const text = flat(await pdfText(pdf))
    expect(text).toContain('Certificat')
    expect(text).toContain('Simon DURAND')
    expect(text).toContain('Né(e) le 21/05/1997')
    expect(text).toContain('Date de la session 1 décembre 2026')
    expect(text).toContain('Centre de certification Lycée Jean Moulin')
    expect(text).toMatch(/SCORE NIVEAU GLOBAL 412 \/ ?895 4 \/ ?7/)
    expect(text).toContain('P-7KQ3-MXTA-92HF')
    expect(text).toContain('http://vigie.test/verification')
    expect(text).not.toContain('Démonstration')
  })

  it('gives a level for each competence, and says which was not evaluated', async () => {
    const text = flat(await pdfText(await renderCertificate(certificate)))
    expect(text).toContain('1.1 Compétence numéro 1 Niveau 0')
    expect(text).toContain('2.3 Compétence numéro 6 non évaluée')
    expect(text).toContain('6.1 Compétence numéro 16 Niveau 7')
  })

  it('carries a QR code of the verification page with the code filled in', async () => {
    const [image, ...others] = await pdfImages(await renderCertificate(certificate))
    expect(others).toHaveLength(0)
    if (!image) throw new Error('no image')
    expect(readQrModules(image, certificate.verificationUrl)).toEqual(
      expectedQrModules(certificate.verificationUrl),
    )
  })

  it('says when the questions were calibrated synthetically, and stays on one page with long names', async () => {
    const pdf = await renderCertificate({
      ...certificate,
      firstName: 'Marie-Ségolène Éléonore Anne-Sophie',
      lastName: 'de La Tour d’Auvergne-Lauraguais-Ørsted',
      centreName: 'Établissement régional d’enseignement adapté '.repeat(4),
      competences: certificate.competences.map((c) => ({ ...c, title: 'Un titre très long '.repeat(8) })),
      synthetic: true,
    })
    expect((await pdfInfo(pdf)).pages).toBe(1)
    const text = flat(await pdfText(pdf))
    expect(text).toContain('calibration synthétique')
    expect(text).toContain('P-7KQ3-MXTA-92HF')
  })
})
