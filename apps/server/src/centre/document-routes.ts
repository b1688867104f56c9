import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import Type from 'typebox'
import { download } from '../http/download'
import type { CandidatesService } from './candidates'
import { renderAttendanceSheet } from './documents/attendance-sheet'
import { renderCandidatesCsv } from './documents/candidates-csv'
import { renderIncidentReport } from './documents/incident-report'
import { renderInvigilatorKit } from './documents/invigilator-kit'
import { renderResultsCsv } from './documents/results-csv'
import { attendanceData, kitData } from './documents/session-documents'
import { candidateTemplateCsv, candidateTemplateXlsx } from './import/candidate-templates'
import type { IncidentReports } from './incident-report'
import type { Results } from './results'
import type { CentreService } from './service'

const SessionParams = Type.Object({ sessionId: Type.String({ maxLength: 64 }) })
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/** The session's documents ("Téléchargements"), and the import templates. */
export function documentRoutes({
  centre,
  candidates,
  incidentReports,
  results,
  publicUrl,
}: {
  centre: CentreService
  candidates: CandidatesService
  incidentReports: IncidentReports
  results: Results
  publicUrl: string
}): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      '/api/sessions/:sessionId/documents/kit-surveillant.pdf',
      { schema: { params: SessionParams } },
      async (request, reply) => {
        const session = await centre.getSession(
          await request.userIdOr404('Session'),
          request.params.sessionId,
        )
        const pdf = await renderInvigilatorKit(kitData(session, publicUrl))
        return download(reply, 'application/pdf', `kit-surveillant-${session.number}.pdf`, pdf)
      },
    )

    app.get(
      '/api/sessions/:sessionId/documents/feuille-emargement.pdf',
      { schema: { params: SessionParams } },
      async (request, reply) => {
        const userId = await request.userIdOr404('Session')
        const session = await centre.getSession(userId, request.params.sessionId)
        const pdf = await renderAttendanceSheet(
          attendanceData(session, await candidates.list(userId, session.id)),
        )
        return download(reply, 'application/pdf', `feuille-emargement-${session.number}.pdf`, pdf)
      },
    )

    app.get(
      '/api/sessions/:sessionId/documents/candidats.csv',
      { schema: { params: SessionParams } },
      async (request, reply) => {
        const userId = await request.userIdOr404('Session')
        const session = await centre.getSession(userId, request.params.sessionId)
        const csv = renderCandidatesCsv(await candidates.list(userId, session.id))
        return download(reply, 'text/csv; charset=utf-8', `candidats-${session.number}.csv`, csv)
      },
    )

    // Once the session is finalised.
    app.get(
      '/api/sessions/:sessionId/documents/resultats.csv',
      { schema: { params: SessionParams } },
      async (request, reply) => {
        const data = await results.results(await request.userIdOr404('Session'), request.params.sessionId)
        return download(
          reply,
          'text/csv; charset=utf-8',
          `resultats-${data.sessionNumber}.csv`,
          renderResultsCsv(data),
        )
      },
    )

    // For the centre's members and the session's invigilators, at any time: a draft until finalisation.
    app.get(
      '/api/sessions/:sessionId/documents/pv-incident.pdf',
      { schema: { params: SessionParams } },
      async (request, reply) => {
        const data = await incidentReports.data(await request.userId(), request.params.sessionId)
        const pdf = await renderIncidentReport(data)
        return download(reply, 'application/pdf', `pv-incident-${data.sessionNumber}.pdf`, pdf)
      },
    )

    app.get('/api/candidate-import-template.csv', async (_request, reply) =>
      download(reply, 'text/csv; charset=utf-8', 'modele-import-candidats.csv', candidateTemplateCsv()),
    )

    app.get('/api/candidate-import-template.xlsx', async (_request, reply) =>
      download(reply, XLSX, 'modele-import-candidats.xlsx', await candidateTemplateXlsx()),
    )
  }
}
