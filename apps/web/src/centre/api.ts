/** The Espace centre's calls to the API, their cache keys and what each change refreshes. */
import { type QueryClient, useQuery } from '@tanstack/react-query'
import type {
  Candidate,
  CandidateInput,
  CandidatePatch,
  CentreMembers,
  CentreRole,
  FinalisationBody,
  FinalisationState,
  ImportResult,
  InvigilatorAccess,
  Session,
  SessionInput,
  SessionPatch,
  SessionResults,
  SessionSummary,
} from '@vigie/contract'
import { api } from '../api'
import { fileContentType } from './format'

const id = encodeURIComponent

export const centreKeys = {
  centre: (centreId: string) => ['centre', centreId] as const,
  sessions: (centreId: string) => ['centre', centreId, 'sessions'] as const,
  members: (centreId: string) => ['centre', centreId, 'members'] as const,
  /** The session and, under it, its candidates: invalidating this refreshes both. */
  session: (sessionId: string) => ['session', sessionId] as const,
  candidates: (sessionId: string) => ['session', sessionId, 'candidates'] as const,
  finalisation: (sessionId: string) => ['session', sessionId, 'finalisation'] as const,
  results: (sessionId: string) => ['session', sessionId, 'results'] as const,
}

export const sessionPath = (sessionId: string) => `/api/sessions/${id(sessionId)}`

/** The session's documents ("Téléchargements"): plain links, downloaded by the browser. */
export const documentUrls = (sessionId: string) => ({
  kit: `${sessionPath(sessionId)}/documents/kit-surveillant.pdf`,
  attendanceSheet: `${sessionPath(sessionId)}/documents/feuille-emargement.pdf`,
  candidatesCsv: `${sessionPath(sessionId)}/documents/candidats.csv`,
  incidentReport: `${sessionPath(sessionId)}/documents/pv-incident.pdf`,
  /** Once the session is finalised. */
  resultsCsv: `${sessionPath(sessionId)}/documents/resultats.csv`,
})

export const templateUrls = {
  csv: '/api/candidate-import-template.csv',
  xlsx: '/api/candidate-import-template.xlsx',
}

export const centreApi = {
  /** A centre member enters the session's Espace Surveillant without its password. */
  enterAsInvigilator: (sessionId: string) =>
    api.post<InvigilatorAccess>(`/api/invigilation/sessions/${id(sessionId)}/member-access`),
  sessions: (centreId: string, signal?: AbortSignal) =>
    api.get<SessionSummary[]>(`/api/centres/${id(centreId)}/sessions`, signal ? { signal } : undefined),
  createSession: (centreId: string, input: SessionInput) =>
    api.post<Session>(`/api/centres/${id(centreId)}/sessions`, input),
  session: (sessionId: string, signal?: AbortSignal) =>
    api.get<Session>(sessionPath(sessionId), signal ? { signal } : undefined),
  updateSession: (sessionId: string, patch: SessionPatch) =>
    api.patch<Session>(sessionPath(sessionId), patch),
  deleteSession: (sessionId: string) => api.delete<void>(sessionPath(sessionId)),
  regenerateAccessCode: (sessionId: string) => api.post<Session>(`${sessionPath(sessionId)}/access-code`),
  regenerateInvigilatorPassword: (sessionId: string) =>
    api.post<Session>(`${sessionPath(sessionId)}/invigilator-password`),

  candidates: (sessionId: string, signal?: AbortSignal) =>
    api.get<Candidate[]>(`${sessionPath(sessionId)}/candidates`, signal ? { signal } : undefined),
  addCandidate: (sessionId: string, input: CandidateInput) =>
    api.post<Candidate>(`${sessionPath(sessionId)}/candidates`, input),
  updateCandidate: (sessionId: string, candidateId: string, patch: CandidatePatch) =>
    api.patch<Candidate>(`${sessionPath(sessionId)}/candidates/${id(candidateId)}`, patch),
  removeCandidate: (sessionId: string, candidateId: string) =>
    api.delete<void>(`${sessionPath(sessionId)}/candidates/${id(candidateId)}`),
  importCandidates: (sessionId: string, file: File) =>
    api.upload<ImportResult>(
      `${sessionPath(sessionId)}/candidates/import?fileName=${id(file.name)}`,
      file,
      fileContentType(file.name),
    ),

  finalisationState: (sessionId: string, signal?: AbortSignal) =>
    api.get<FinalisationState>(`${sessionPath(sessionId)}/finalisation`, signal ? { signal } : undefined),
  finalise: (sessionId: string, body: FinalisationBody) =>
    api.post<SessionResults>(`${sessionPath(sessionId)}/finalisation`, body),
  results: (sessionId: string, signal?: AbortSignal) =>
    api.get<SessionResults>(`${sessionPath(sessionId)}/results`, signal ? { signal } : undefined),
  publishResults: (sessionId: string) =>
    api.post<SessionResults>(`${sessionPath(sessionId)}/results/publication`),

  members: (centreId: string, signal?: AbortSignal) =>
    api.get<CentreMembers>(`/api/centres/${id(centreId)}/members`, signal ? { signal } : undefined),
  invite: (centreId: string, email: string, role: CentreRole) =>
    api.post<void>(`/api/centres/${id(centreId)}/invitations`, { email, role }),
  changeRole: (centreId: string, userId: string, role: CentreRole) =>
    api.patch<void>(`/api/centres/${id(centreId)}/members/${id(userId)}`, { role }),
  removeMember: (centreId: string, userId: string) =>
    api.delete<void>(`/api/centres/${id(centreId)}/members/${id(userId)}`),
  acceptInvitation: (token: string) => api.post<{ centreId: string }>('/api/invitations/accept', { token }),
}

export const useSessions = (centreId: string) =>
  useQuery({
    queryKey: centreKeys.sessions(centreId),
    queryFn: ({ signal }) => centreApi.sessions(centreId, signal),
  })

export const useSession = (sessionId: string) =>
  useQuery({
    queryKey: centreKeys.session(sessionId),
    queryFn: ({ signal }) => centreApi.session(sessionId, signal),
  })

export const useCandidates = (sessionId: string) =>
  useQuery({
    queryKey: centreKeys.candidates(sessionId),
    queryFn: ({ signal }) => centreApi.candidates(sessionId, signal),
  })

/** Each candidate and where their test stands, before finalising (refused once finalised). */
export const useFinalisationState = (sessionId: string, enabled: boolean) =>
  useQuery({
    queryKey: centreKeys.finalisation(sessionId),
    queryFn: ({ signal }) => centreApi.finalisationState(sessionId, signal),
    enabled,
  })

/** Once finalised. */
export const useResults = (sessionId: string, enabled: boolean) =>
  useQuery({
    queryKey: centreKeys.results(sessionId),
    queryFn: ({ signal }) => centreApi.results(sessionId, signal),
    enabled,
  })

export const useMembers = (centreId: string) =>
  useQuery({
    queryKey: centreKeys.members(centreId),
    queryFn: ({ signal }) => centreApi.members(centreId, signal),
  })

/** After a change to a session or its candidates: the session page and the centre's list. */
export function refreshSession(queryClient: QueryClient, centreId: string, sessionId: string) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: centreKeys.session(sessionId) }),
    queryClient.invalidateQueries({ queryKey: centreKeys.sessions(centreId) }),
  ])
}
