import { describe, expect, it } from 'vitest'
import { type KitData, LAUNCH_STEPS, renderInvigilatorKit } from './invigilator-kit'
import { pdfImages, pdfInfo, pdfText } from './testing/pdf-inspection'
import { expectedQrModules, readQrModules } from './testing/qr-inspection'

const kit: KitData = {
  sessionNumber: '123456',
  centreName: 'Lycée Jean-Moulin',
  site: 'Pôle Certif - Université Pix+Droit',
  room: 'B12',
  date: 'mardi 1 décembre 2026',
  startTime: '14:00',
  invigilatorNames: 'Ismaël Abadi, Łukasz Ø’Brien-Müller',
  invigilatorPassword: 'C-7KQ2MX',
  accessCode: 'GBTX22',
  invigilatorUrl: 'http://localhost:3000/surveillance?session=123456',
  candidateUrl: 'http://localhost:3000/candidat',
  extensionRequired: false,
}

const flat = (text: string) => text.replace(/\s+/g, ' ')

describe('the invigilator kit', () => {
  it('is one A4 page', async () => {
    expect(await pdfInfo(await renderInvigilatorKit(kit))).toEqual({
      pages: 1,
      pageSize: '595.28 x 841.89 pts (A4)',
    })
  })

  it('gives the session, its place, its time and its invigilators', async () => {
    const text = await pdfText(await renderInvigilatorKit(kit))
    expect(text).toContain('Kit surveillant')
    expect(text).toContain('123456')
    expect(text).toMatch(/Nom du site\s+Pôle Certif - Université Pix\+Droit/)
    expect(text).toMatch(/Salle\s+B12/)
    expect(text).toContain('mardi 1 décembre 2026')
    expect(text).toMatch(/Heure de début\s+14:00/)
    expect(text).toMatch(/Surveillant\(s\)\s+Ismaël Abadi, Łukasz Ø’Brien-Müller/)
  })

  it('keeps the session password for the invigilators apart from the access code for the candidates', async () => {
    const text = await pdfText(await renderInvigilatorKit(kit))
    const invigilatorBox = text.indexOf('RÉSERVÉ AUX SURVEILLANTS')
    const candidateBox = text.indexOf('À COMMUNIQUER AUX CANDIDATS')
    expect(invigilatorBox).toBeGreaterThanOrEqual(0)
    expect(candidateBox).toBeGreaterThan(invigilatorBox)

    const password = text.indexOf('C-7KQ2MX')
    expect(text.indexOf('Mot de passe de la session')).toBeGreaterThan(invigilatorBox)
    expect(password).toBeGreaterThan(invigilatorBox)
    expect(password).toBeLessThan(candidateBox)
    expect(flat(text)).toContain(
      "Il est différent du code d'accès des candidats : ne le communiquez pas aux candidats.",
    )

    expect(text.indexOf("Code d'accès (candidats)")).toBeGreaterThan(candidateBox)
    expect(text.indexOf('GBTX22')).toBeGreaterThan(candidateBox)
    expect(text.match(/GBTX22/g)).toHaveLength(1)
    expect(text.match(/C-7KQ2MX/g)).toHaveLength(1)
  })

  it('gives the Espace Surveillant and candidate addresses in full', async () => {
    const text = await pdfText(await renderInvigilatorKit(kit))
    expect(text).toContain('http://localhost:3000/surveillance?session=123456')
    expect(text).toContain('http://localhost:3000/candidat')
  })

  it('carries a QR code of the exact Espace Surveillant address', async () => {
    const images = await pdfImages(await renderInvigilatorKit(kit))
    expect(images).toHaveLength(1)
    const [image] = images
    if (!image) throw new Error('no image')
    expect(readQrModules(image, kit.invigilatorUrl)).toEqual(expectedQrModules(kit.invigilatorUrl))
    expect(expectedQrModules('http://localhost:3000/surveillance?session=123457')).not.toEqual(
      expectedQrModules(kit.invigilatorUrl),
    )
  })

  it('lists the three launch steps of the guide, for candidates', async () => {
    const text = flat(await pdfText(await renderInvigilatorKit(kit)))
    expect(text).toContain('Lancement de la session, en situation')
    expect(text).toContain(
      'Étape 1 : le surveillant se connecte à son espace grâce au numéro de session + le mot de passe de la session',
    )
    expect(text).toContain(
      "Étape 2 : il vérifie la présence des candidats et confirme leur présence sur l'Espace Surveillant",
    )
    expect(text).toContain("Étape 3 : il communique les consignes d'examen aux candidats")
    expect(LAUNCH_STEPS).toHaveLength(3)
    expect(text).not.toMatch(/élève/i)
  })

  it('says when the browser extension is not required', async () => {
    const notRequired = "L'extension de navigateur n'est pas requise pour cette session."
    expect(flat(await pdfText(await renderInvigilatorKit(kit)))).toContain(notRequired)
    const required = flat(await pdfText(await renderInvigilatorKit({ ...kit, extensionRequired: true })))
    expect(required).not.toContain(notRequired)
    expect(required).toContain("L'extension de navigateur est requise pour cette session")
  })

  it('stays on one page and keeps the codes and addresses whole with the longest details', async () => {
    const long: KitData = {
      ...kit,
      centreName: 'Établissement régional d’enseignement adapté '.repeat(5),
      site: 'Pôle Certif, bâtiment des sciences humaines et sociales, aile nord, '.repeat(3).slice(0, 200),
      room: 'Amphithéâtre Marie-Curie '.repeat(4).slice(0, 100),
      invigilatorNames: 'Ismaël Abadi, Cécile Dupont, Łukasz Kowalski, Søren Ørsted, '
        .repeat(5)
        .slice(0, 300),
      invigilatorUrl: `https://certification.exemple-academie.fr/surveillance?session=98765432&${'x'.repeat(60)}`,
      extensionRequired: true,
    }
    const pdf = await renderInvigilatorKit(long)
    expect((await pdfInfo(pdf)).pages).toBe(1)
    const text = await pdfText(pdf)
    expect(text).toContain('C-7KQ2MX')
    expect(text).toContain('GBTX22')
    expect(text.replace(/\s+/g, '')).toContain(long.invigilatorUrl)
  })
})
