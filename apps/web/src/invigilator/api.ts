/** The Espace Surveillant's calls to the API and their cache keys. */
import type {
  InvigilatedCandidate,
  InvigilationSession,
  InvigilatorAccess,
  InvigilatorAccessBody,
  JournalEntry,
  SignalementDecisionBody,
} from '@vigie/contract'
import { api } from '../api'

const id = encodeURIComponent
const base = (sessionId: string) => `/api/invigilation/sessions/${id(sessionId)}`
const opts = (signal?: AbortSignal) => (signal ? { signal } : undefined)

export const invigilationKeys = {
  /** The session and, under it, its candidates and journal. */
  session: (sessionId: string) => ['invigilation', sessionId] as const,
  candidates: (sessionId: string) => ['invigilation', sessionId, 'candidates'] as const,
  journal: (sessionId: string) => ['invigilation', sessionId, 'journal'] as const,
}

export const invigilationApi = {
  access: (body: InvigilatorAccessBody) => api.post<InvigilatorAccess>('/api/invigilation/access', body),
  session: (sessionId: string, signal?: AbortSignal) =>
    api.get<InvigilationSession>(base(sessionId), opts(signal)),
  candidates: (sessionId: string, signal?: AbortSignal) =>
    api.get<InvigilatedCandidate[]>(`${base(sessionId)}/candidates`, opts(signal)),
  journal: (sessionId: string, signal?: AbortSignal) =>
    api.get<JournalEntry[]>(`${base(sessionId)}/journal`, opts(signal)),
  confirmPresence: (sessionId: string, candidateId: string) =>
    api.post<void>(`${base(sessionId)}/candidates/${id(candidateId)}/presence`),
  cancelPresence: (sessionId: string, candidateId: string) =>
    api.delete<void>(`${base(sessionId)}/candidates/${id(candidateId)}/presence`),
  authoriseResume: (sessionId: string, candidateId: string) =>
    api.post<void>(`${base(sessionId)}/candidates/${id(candidateId)}/resume-authorisation`),
  endTest: (sessionId: string, candidateId: string) =>
    api.post<void>(`${base(sessionId)}/candidates/${id(candidateId)}/end`),
  confirmExtension: (sessionId: string, candidateId: string) =>
    api.post<void>(`${base(sessionId)}/candidates/${id(candidateId)}/extension-confirmation`),
  decideSignalement: (sessionId: string, signalementId: string, body: SignalementDecisionBody) =>
    api.post<void>(`${base(sessionId)}/signalements/${id(signalementId)}/decision`, body),
}
