import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestApp, type TestApp } from '../support/app'
import { candidateBody, candidatesCsv } from '../support/candidates'
import { centreAdmin, sessionBody } from '../support/centre'
import { type Client, client, signupBody } from '../support/http'

let t: TestApp
let admin: Client
let centreId: string
beforeAll(async () => {
  t = await startTestApp()
  ;({ admin, centreId } = await centreAdmin(t))
})
afterAll(() => t.close())

async function newSession() {
  const response = await admin.post(`/api/centres/${centreId}/sessions`, sessionBody())
  return response.json() as { id: string; number: string; accessCode: string; invigilatorPassword: string }
}

const upload = (sessionId: string, body: string | Buffer, fileName = 'candidats.csv', type = 'text/csv') =>
  t.app.inject({
    method: 'POST',
    url: `/api/sessions/${sessionId}/candidates/import?fileName=${encodeURIComponent(fileName)}`,
    headers: { cookie: admin.cookie as string, 'content-type': type },
    payload: body,
  })

const pdfText = (pdf: Buffer) => {
  const dir = mkdtempSync(join(tmpdir(), 'vigie-pdf-'))
  writeFileSync(join(dir, 'doc.pdf'), pdf)
  return {
    text: execFileSync('pdftotext', ['-layout', join(dir, 'doc.pdf'), '-'], { encoding: 'utf8' }),
    pages: Number(
      /Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [join(dir, 'doc.pdf')], { encoding: 'utf8' }))?.[1],
    ),
  }
}

describe('candidates entered by hand', () => {
  it('adds, lists by birth name, edits and removes candidates', async () => {
    const session = await newSession()
    const url = `/api/sessions/${session.id}/candidates`
    const durand = await admin.post(
      url,
      candidateBody({ lastName: 'Durand', firstName: 'Simon', sex: 'M', birthdate: '1995-05-14' }),
    )
    expect(durand.statusCode).toBe(201)
    const abadi = await admin.post(
      url,
      candidateBody({
        lastName: 'Abadi',
        firstName: 'Ismaël',
        birthdate: '1954-09-23',
        extraTimePercentage: 33,
        complementaryCertification: 'Pix+ Droit',
      }),
    )
    expect(abadi.json()).toMatchObject({
      lastName: 'Abadi',
      extraTimePercentage: 33,
      complementaryCertification: 'Pix+ Droit',
      joined: false,
      started: false,
    })
    expect((await admin.get(url)).json().map((c: { lastName: string }) => c.lastName)).toEqual([
      'Abadi',
      'Durand',
    ])

    const edited = await admin.patch(`${url}/${durand.json().id}`, { extraTimePercentage: 50 })
    expect(edited.json()).toMatchObject({ lastName: 'Durand', extraTimePercentage: 50 })
    expect((await admin.delete(`${url}/${abadi.json().id}`)).statusCode).toBe(204)
    expect((await admin.get(url)).json()).toHaveLength(1)
    expect((await admin.get(`/api/sessions/${session.id}`)).json().candidateCount).toBe(1)
  })

  it.each([
    [{ birthdate: '2001-02-31' }, 'birthdate'],
    [{ birthdate: '1899-12-31' }, 'birthdate'],
    [{ birthdate: '2027-01-01' }, 'birthdate'],
    [{ extraTimePercentage: 301 }, 'extraTimePercentage'],
    [{ extraTimePercentage: -1 }, 'extraTimePercentage'],
    [{ complementaryCertification: 'Pix+ Édu' }, 'complementaryCertification'],
    [{ lastName: '' }, 'lastName'],
    [{ sex: 'X' }, 'sex'],
    [{ resultsEmail: 'pas-un-email' }, 'resultsEmail'],
  ])('refuses %j, naming the field', async (overrides, field) => {
    const session = await newSession()
    const response = await admin.post(`/api/sessions/${session.id}/candidates`, candidateBody(overrides))
    expect(response.statusCode).toBe(400)
    expect(response.json().field).toBe(field)
  })

  it('refuses a missing required field, naming it', async () => {
    const session = await newSession()
    const { birthCity: _, ...body } = candidateBody()
    const response = await admin.post(`/api/sessions/${session.id}/candidates`, body)
    expect(response.json()).toMatchObject({ statusCode: 400, field: 'birthCity' })
  })

  it('refuses the same person twice (names compared without accents, case or hyphens)', async () => {
    const session = await newSession()
    const url = `/api/sessions/${session.id}/candidates`
    expect((await admin.post(url, candidateBody())).statusCode).toBe(201)
    const twin = await admin.post(url, candidateBody({ lastName: 'DUPONT', firstName: 'cecile' }))
    expect(twin.statusCode).toBe(409)
  })

  it('keeps a candidate who has started the test', async () => {
    const session = await newSession()
    const url = `/api/sessions/${session.id}/candidates`
    const { id } = (await admin.post(url, candidateBody())).json()
    await t.database.db
      .updateTable('candidates')
      .set({ started_at: new Date() })
      .where('id', '=', id)
      .execute()
    const response = await admin.delete(`${url}/${id}`)
    expect(response.statusCode).toBe(409)
    expect(response.json().message).toContain('started')
    expect((await admin.delete(`/api/sessions/${session.id}`)).statusCode).toBe(409)
  })
})

describe('candidate import', () => {
  it('imports 30 candidates from a French CSV', async () => {
    const session = await newSession()
    const response = await upload(session.id, candidatesCsv(30))
    expect(response.json()).toEqual({ imported: true, count: 30 })
    const list = (await admin.get(`/api/sessions/${session.id}/candidates`)).json()
    expect(list).toHaveLength(30)
    expect(list.find((c: { externalId: string }) => c.externalId === 'EXT-0')).toMatchObject({
      extraTimePercentage: 33,
    })
  })

  it('imports nothing when one line is wrong, and lists every problem with its line and column', async () => {
    const session = await newSession()
    await admin.post(`/api/sessions/${session.id}/candidates`, candidateBody())
    const csv = candidatesCsv(30, (line, i) => {
      if (i === 10) line[3] = '31/02/2001'
      if (i === 20) line[9] = '400'
      return line
    })
    const response = await upload(session.id, csv)
    const result = response.json()
    expect(result.imported).toBe(false)
    expect(result.problems).toEqual([
      expect.objectContaining({
        line: 12,
        column: 'Date de naissance (JJ/MM/AAAA)',
        message: "Ligne 12, Date de naissance : 31/02/2001 n'est pas une date",
      }),
      expect.objectContaining({
        line: 22,
        column: 'Temps majoré (%)',
        message: "Ligne 22, Temps majoré : 400 n'est pas compris entre 0 et 300",
      }),
    ])
    const list = (await admin.get(`/api/sessions/${session.id}/candidates`)).json()
    expect(list.map((c: { lastName: string }) => c.lastName)).toEqual(['Dupont'])
  })

  it('replaces the list with a new file while nobody has joined, and refuses once someone has', async () => {
    const session = await newSession()
    await upload(session.id, candidatesCsv(5))
    expect((await upload(session.id, candidatesCsv(3))).json()).toEqual({ imported: true, count: 3 })
    const list = (await admin.get(`/api/sessions/${session.id}/candidates`)).json()
    expect(list).toHaveLength(3)
    const someone = await t.database.db.selectFrom('users').select('id').limit(1).executeTakeFirstOrThrow()
    await t.database.db
      .updateTable('candidates')
      .set({ user_id: someone.id })
      .where('id', '=', list[0].id)
      .execute()
    const refused = await upload(session.id, candidatesCsv(4))
    expect(refused.statusCode).toBe(409)
    expect((await admin.get(`/api/sessions/${session.id}/candidates`)).json()).toHaveLength(3)
  })

  it('says when the file is over 2 MB or is not a spreadsheet', async () => {
    const session = await newSession()
    const big = `${candidatesCsv(1)}${'x'.repeat(2 * 1024 * 1024)}`
    expect((await upload(session.id, big)).json().problems[0].message).toBe('Le fichier dépasse 2 Mo.')
    const pdf = await upload(session.id, Buffer.from('%PDF-1.4'), 'liste.pdf', 'application/octet-stream')
    expect(pdf.json().imported).toBe(false)
    expect((await upload(session.id, 'x'.repeat(3 * 1024 * 1024))).statusCode).toBe(413)
  })

  it('serves the templates', async () => {
    const csv = await client(t.app).get('/api/candidate-import-template.csv')
    expect(csv.body.startsWith('\uFEFFNom de naissance;Prénom;')).toBe(true)
    const xlsx = await client(t.app).get('/api/candidate-import-template.xlsx')
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK')
  })
})

describe('documents', () => {
  it('the invigilator kit names the session, its password and its access code apart, and the entry address', async () => {
    const session = await newSession()
    const response = await admin.get(`/api/sessions/${session.id}/documents/kit-surveillant.pdf`)
    expect(response.headers['content-type']).toBe('application/pdf')
    expect(response.headers['cache-control']).toBe('no-store')
    const { text, pages } = pdfText(response.rawPayload)
    expect(pages).toBe(1)
    for (const expected of [
      session.number,
      session.invigilatorPassword,
      'Salle B12',
      'Pôle Certif - Université Pix+Droit',
    ]) {
      expect(text).toContain(expected)
    }
    expect(text.replace(/\s/g, '')).toContain(session.accessCode)
    expect(text).toContain(`http://vigie.test/surveillance?session=${session.number}`)
    expect(text).toContain('mardi 1 décembre 2026')
  })

  it('the attendance sheet lists every candidate, 20 a page: 32 candidates make 2 pages', async () => {
    const session = await newSession()
    await upload(session.id, candidatesCsv(32))
    const { text, pages } = pdfText(
      (await admin.get(`/api/sessions/${session.id}/documents/feuille-emargement.pdf`)).rawPayload,
    )
    expect(pages).toBe(2)
    for (let i = 0; i < 32; i++) expect(text).toContain(`Prénom${i}`)
    expect(text).toContain('Page 2 / 2')
  })

  it('exports the list as CSV for spreadsheets, which imports again unchanged', async () => {
    const session = await newSession()
    await admin.post(`/api/sessions/${session.id}/candidates`, candidateBody({ lastName: '=HYPERLINK("x")' }))
    const exported = await admin.get(`/api/sessions/${session.id}/documents/candidats.csv`)
    expect(exported.headers['content-type']).toBe('text/csv; charset=utf-8')
    expect(exported.body).toContain(`"'=HYPERLINK(""x"")"`)
    const again = await newSession()
    expect((await upload(again.id, exported.body)).json()).toEqual({ imported: true, count: 1 })
  })
})

describe('who may touch candidates', () => {
  it('answers outsiders on every route of this space as for a session that does not exist', async () => {
    const session = await newSession()
    const { id: candidateId } = (
      await admin.post(`/api/sessions/${session.id}/candidates`, candidateBody())
    ).json()
    const { admin: otherAdmin } = await centreAdmin(t, 'Centre voisin')
    const stranger = client(t.app)
    await stranger.post('/api/auth/signup', signupBody())
    for (const who of [otherAdmin, stranger, client(t.app)]) {
      const base = `/api/sessions/${session.id}`
      const responses = await Promise.all([
        who.get(`${base}/candidates`),
        who.post(`${base}/candidates`, candidateBody({ lastName: 'Intrus' })),
        who.patch(`${base}/candidates/${candidateId}`, { firstName: 'X' }),
        who.delete(`${base}/candidates/${candidateId}`),
        who.get(`${base}/documents/kit-surveillant.pdf`),
        who.get(`${base}/documents/feuille-emargement.pdf`),
        who.get(`${base}/documents/candidats.csv`),
        t.app.inject({
          method: 'POST',
          url: `${base}/candidates/import?fileName=a.csv`,
          headers: { 'content-type': 'text/csv', ...(who.cookie && { cookie: who.cookie }) },
          payload: candidatesCsv(2),
        }),
      ])
      for (const response of responses) {
        expect(response.statusCode).toBe(404)
        expect(response.json().code).toBe('not_found')
      }
    }
    expect((await admin.get(`/api/sessions/${session.id}/candidates`)).json()).toHaveLength(1)
  })
})
