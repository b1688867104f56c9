import { describe, expect, it } from 'vitest'
import {
  type AttendanceCandidate,
  type AttendanceData,
  renderAttendanceSheet,
  sortCandidatesByName,
} from './attendance-sheet'
import { pdfInfo, pdfText } from './testing/pdf-inspection'

const session: Omit<AttendanceData, 'candidates'> = {
  centreName: 'Lycée Jean-Moulin',
  sessionNumber: '123456',
  site: 'Pôle Certif - Université Pix+Droit',
  room: 'B12',
  date: 'mardi 1 décembre 2026',
  startTime: '14:00',
  invigilatorNames: 'Jeanne Martin',
}

const named: AttendanceCandidate[] = [
  { lastName: 'Abadi', firstName: 'Ismaël', birthdate: '1954-09-23', externalId: null },
  { lastName: 'Dupont', firstName: 'Cécile', birthdate: '1997-05-21', externalId: 'INE-0042' },
  { lastName: 'Ø', firstName: 'Åsa', birthdate: '2001-07-04', externalId: null },
  { lastName: 'Kowalski', firstName: 'Łukasz', birthdate: '1995-05-14', externalId: 'INE-0043' },
  { lastName: "O'Brien-Müller", firstName: 'Siobhán', birthdate: '2003-01-31', externalId: null },
  { lastName: 'Élie', firstName: 'Zoé', birthdate: '2002-12-01', externalId: null },
]

/** `count` candidates: the named ones first, then made-up ones with distinct names. */
function candidates(count: number): AttendanceCandidate[] {
  const extra = Array.from({ length: Math.max(0, count - named.length) }, (_, index) => ({
    lastName: `Candidat${String(index).padStart(2, '0')}`,
    firstName: 'Prénom',
    birthdate: '2000-01-15',
    externalId: `EXT-${index}`,
  }))
  return [...named, ...extra].slice(0, count)
}

const pagesOf = async (pdf: Buffer) => (await pdfText(pdf)).split('\f').filter((page) => page.trim() !== '')
const rowCount = (page: string) => page.match(/\d{2}\/\d{2}\/\d{4}/g)?.length ?? 0

describe('the attendance sheet', () => {
  it('heads every page with the session’s details and a signature box for the invigilators', async () => {
    const pages = await pagesOf(await renderAttendanceSheet({ ...session, candidates: candidates(32) }))
    expect(pages).toHaveLength(2)
    for (const page of pages) {
      expect(page).toContain("Feuille d'émargement")
      expect(page).toMatch(/Centre\s+Lycée Jean-Moulin/)
      expect(page).toContain('123456')
      expect(page).toMatch(/Nom du site\s+Pôle Certif - Université Pix\+Droit/)
      expect(page).toMatch(/Salle\s+B12/)
      expect(page).toMatch(/Date\s+mardi 1 décembre 2026/)
      expect(page).toMatch(/Heure de début\s+14:00/)
      expect(page).toMatch(/Surveillant\(s\)\s+Jeanne Martin/)
      expect(page).toContain('Signature du ou des surveillants')
      expect(page).toMatch(
        /Date de\s+Identifiant\s+Nom de naissance\s+Prénom\s+Signature\s+naissance\s+externe/,
      )
    }
  })

  it('lists every candidate with their names, birth date and external identifier', async () => {
    const text = await pdfText(await renderAttendanceSheet({ ...session, candidates: named }))
    for (const candidate of named) {
      expect(text).toContain(candidate.lastName)
      expect(text).toContain(candidate.firstName)
    }
    expect(text).toMatch(/Abadi\s+Ismaël\s+23\/09\/1954/)
    expect(text).toMatch(/Dupont\s+Cécile\s+21\/05\/1997\s+INE-0042/)
    expect(text).toMatch(/O'Brien-Müller\s+Siobhán\s+31\/01\/2003/)
    expect(text).toMatch(/Kowalski\s+Łukasz\s+14\/05\/1995\s+INE-0043/)
  })

  it('sorts candidates by birth name then first name, as French does', async () => {
    const text = await pdfText(
      await renderAttendanceSheet({
        ...session,
        candidates: [
          { lastName: 'Zola', firstName: 'Émile', birthdate: '2000-01-01', externalId: null },
          { lastName: 'Élie', firstName: 'Zoé', birthdate: '2000-01-01', externalId: null },
          { lastName: 'Durand', firstName: 'Simon', birthdate: '2000-01-01', externalId: null },
          { lastName: 'Durand', firstName: 'Éva', birthdate: '2000-01-01', externalId: null },
          { lastName: 'Eluard', firstName: 'Paul', birthdate: '2000-01-01', externalId: null },
        ],
      }),
    )
    const order = ['Durand Éva', 'Durand Simon', 'Élie', 'Eluard', 'Zola']
    const positions = order.map((name) => text.search(new RegExp(name.replace(' ', '\\s+'))))
    expect(positions.every((position) => position >= 0)).toBe(true)
    expect(positions).toEqual([...positions].sort((a, b) => a - b))
  })

  it('sorts with the French collation and keeps equal names in birth-date order', () => {
    const sorted = sortCandidatesByName([
      { lastName: 'Łukasiewicz', firstName: 'Jan', birthdate: '1990-01-01', externalId: null },
      { lastName: 'Lucas', firstName: 'Anne', birthdate: '1990-01-01', externalId: null },
      { lastName: 'de la Tour', firstName: 'Anne', birthdate: '1990-01-01', externalId: null },
      { lastName: 'Martin', firstName: 'Léa', birthdate: '2001-01-01', externalId: 'b' },
      { lastName: 'Martin', firstName: 'Léa', birthdate: '1999-01-01', externalId: 'a' },
      { lastName: 'Martin', firstName: 'Lea', birthdate: '2005-01-01', externalId: 'c' },
    ])
    expect(
      sorted.map((candidate) => `${candidate.lastName} ${candidate.firstName} ${candidate.birthdate}`),
    ).toEqual([
      'de la Tour Anne 1990-01-01',
      'Lucas Anne 1990-01-01',
      'Łukasiewicz Jan 1990-01-01',
      'Martin Lea 2005-01-01',
      'Martin Léa 1999-01-01',
      'Martin Léa 2001-01-01',
    ])
  })

  it.each([
    [0, [0]],
    [1, [1]],
    [20, [20]],
    [21, [20, 1]],
    [32, [20, 12]],
    [41, [20, 20, 1]],
  ])('puts %i candidates on pages of at most 20, numbered', async (count, rowsPerPage) => {
    const pdf = await renderAttendanceSheet({ ...session, candidates: candidates(count) })
    expect(await pdfInfo(pdf)).toEqual({ pages: rowsPerPage.length, pageSize: '595.28 x 841.89 pts (A4)' })
    const pages = await pagesOf(pdf)
    expect(pages.map(rowCount)).toEqual(rowsPerPage)
    pages.forEach((page, index) => {
      expect(page).toContain(`Page ${index + 1} / ${rowsPerPage.length}`)
    })
  })

  it('ends with a line to count the candidates present, on the last page only', async () => {
    const pages = await pagesOf(await renderAttendanceSheet({ ...session, candidates: candidates(32) }))
    expect(pages[0]).not.toContain('Nombre de candidats présents')
    expect(pages[1]).toMatch(/Nombre de candidats présents :\s+\/ 32/)
  })

  it('says so when the session has no candidate', async () => {
    const text = await pdfText(await renderAttendanceSheet({ ...session, candidates: [] }))
    expect(text).toContain("Aucun candidat n'est inscrit à cette session.")
    expect(text).not.toContain('Nombre de candidats présents')
    expect(text).toContain('Page 1 / 1')
  })

  it('keeps long names inside their cells', async () => {
    const longName = 'de La Rochefoucauld-Montmorency-Laval de Saint-Exupéry de Villeneuve-Bargemon'
    const longFirstName = 'Marie-Antoinette-Joséphine-Clothilde-Bénédicte'
    const pages = await pagesOf(
      await renderAttendanceSheet({
        ...session,
        candidates: [
          { lastName: longName, firstName: longFirstName, birthdate: '2000-02-29', externalId: 'ID-1' },
        ],
      }),
    )
    expect(pages).toHaveLength(1)
    const text = pages[0] ?? ''
    expect(text).toContain('de La Rochefoucauld')
    expect(text).toContain('…')
    expect(text).toMatch(/29\/02\/2000\s+ID-1/)
  })
})
