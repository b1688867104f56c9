/** Every call of the Espace candidat, its cache keys, and the attempt token kept by this tab. */
import {
  type AnswerBody,
  type ApiError as ApiErrorBody,
  ATTEMPT_TOKEN_HEADER,
  type Enrolment,
  type JoinBody,
  type SignalementBody,
  type StartedTest,
  type TestView,
} from '@vigie/contract'
import { ApiError, api, NetworkError } from '../api'

export const candidateKeys = {
  enrolments: ['candidate', 'enrolments'] as const,
  enrolment: (candidateId: string) => ['candidate', 'enrolments', candidateId] as const,
  test: (testId: string) => ['candidate', 'tests', testId] as const,
}

export const candidateApi = {
  join: (body: JoinBody) => api.post<Enrolment>('/api/candidate/join', body),
  enrolments: () => api.get<Enrolment[]>('/api/candidate/enrolments'),
  enrolment: (candidateId: string) =>
    api.get<Enrolment>(`/api/candidate/enrolments/${encodeURIComponent(candidateId)}`),
  start: (candidateId: string, accessCode: string) =>
    api.post<StartedTest>(`/api/candidate/enrolments/${encodeURIComponent(candidateId)}/start`, {
      accessCode,
    }),
  test: (testId: string, token: string) => attemptRequest<TestView>('GET', testId, '', token),
  answer: (testId: string, token: string, body: AnswerBody) =>
    attemptRequest<TestView>('POST', testId, '/answers', token, body),
  report: (testId: string, token: string, body: SignalementBody) =>
    attemptRequest<TestView>('POST', testId, '/signalements', token, body),
  companionAlert: (testId: string, token: string) =>
    attemptRequest<TestView>('POST', testId, '/companion-alert', token),
}

/** Like the shared client, with the attempt token header (which the shared client cannot send). */
async function attemptRequest<T>(
  method: 'GET' | 'POST',
  testId: string,
  suffix: string,
  token: string,
  body?: unknown,
): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json', [ATTEMPT_TOKEN_HEADER]: token }
  if (method === 'POST') headers['Content-Type'] = 'application/json'
  let response: Response
  try {
    response = await fetch(`/api/candidate/tests/${encodeURIComponent(testId)}${suffix}`, {
      method,
      headers,
      body: method === 'POST' ? JSON.stringify(body ?? {}) : null,
      credentials: 'same-origin',
    })
  } catch (error) {
    throw new NetworkError(error instanceof Error ? error.message : String(error))
  }
  const text = await response.text()
  let data: unknown
  try {
    data = text ? JSON.parse(text) : undefined
  } catch {
    data = undefined
  }
  if (response.ok) return data as T
  const errorBody = data as Partial<ApiErrorBody> | undefined
  if (errorBody && typeof errorBody.code === 'string' && typeof errorBody.statusCode === 'number') {
    throw new ApiError(errorBody as ApiErrorBody)
  }
  throw new ApiError({
    statusCode: response.status,
    code: response.status === 404 ? 'not_found' : 'internal',
    message: `HTTP ${response.status}`,
  })
}

/** What this tab keeps of a started test: a reload continues, a closed tab goes through the code again. */
export interface Attempt {
  token: string
  candidateId: string
}

const attemptKey = (testId: string) => `vigie.attempt.${testId}`

export function saveAttempt(testId: string, attempt: Attempt): void {
  try {
    sessionStorage.setItem(attemptKey(testId), JSON.stringify(attempt))
  } catch {
    // Storage refused (private mode quota): the test still runs until the page is reloaded.
  }
}

export function readAttempt(testId: string): Attempt | null {
  try {
    const value: unknown = JSON.parse(sessionStorage.getItem(attemptKey(testId)) ?? 'null')
    if (value && typeof (value as Attempt).token === 'string') return value as Attempt
  } catch {
    // ignore a damaged entry
  }
  return null
}

/** "04/07/2001" (also "4/7/2001", "04.07.2001", "04-07-2001") → "2001-07-04"; null when not a real date. */
export function parseBirthdate(text: string): string | null {
  const match = /^\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})\s*$/.exec(text)
  if (!match) return null
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const date = new Date(Date.UTC(year, month - 1, day))
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return null
  if (year < 1900 || date.getTime() > Date.now()) return null
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

/** The test's length for this candidate: 105 minutes plus their extra time. */
export const testMinutes = (extraTimePercentage: number) => Math.round(105 * (1 + extraTimePercentage / 100))

/** "1 h 45", "2 h 20", "45 min". */
export function formatDuration(minutes: number): string {
  const hours = Math.floor(minutes / 60)
  const rest = minutes % 60
  if (!hours) return `${rest} min`
  return `${hours} h ${String(rest).padStart(2, '0')}`
}

/** "1:04:09" for a countdown. */
export function formatCountdown(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000))
  const h = Math.floor(total / 3600)
  const m = Math.floor((total % 3600) / 60)
  const s = total % 60
  return `${h}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`
}

export const TOTAL_QUESTIONS = 32
