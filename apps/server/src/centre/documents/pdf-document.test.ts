import { describe, expect, it } from 'vitest'
import { createPdfDocument } from './pdf-document'
import { pdfInfo, pdfText } from './testing/pdf-inspection'

describe('a session document', () => {
  it('is A4 and prints every character of French text, the narrow no-break space of Intl included', async () => {
    const { doc, finish } = createPdfDocument({ title: 'Essai', subject: 'Caractères' })
    const amount = (1234567.5).toLocaleString('fr-FR')
    expect(amount).toContain('\u202f')
    doc.text(`${amount} – Łukasz Ø’Brien-Müller, Œuvre « Ÿ » ç`, 50, 50, { width: 400 })
    const pdf = await finish()

    expect(await pdfInfo(pdf)).toEqual({ pages: 1, pageSize: '595.28 x 841.89 pts (A4)' })
    const text = await pdfText(pdf)
    expect(text).toMatch(/1\s234\s567,5 – Łukasz Ø’Brien-Müller, Œuvre « Ÿ » ç/)
  })
})
