import type { ApiError as ApiErrorBody, ErrorCode } from '@vigie/contract'

/** An error answered by the Vigie API (`{statusCode, code, message, field?, retryAfterSeconds?}`). */
export class ApiError extends Error {
  override readonly name = 'ApiError'
  readonly statusCode: number
  readonly code: ErrorCode
  /** The request field at fault, when the server names one (e.g. `password`). */
  readonly field: string | undefined
  readonly retryAfterSeconds: number | undefined

  constructor(body: ApiErrorBody) {
    super(body.message)
    this.statusCode = body.statusCode
    this.code = body.code
    this.field = body.field
    this.retryAfterSeconds = body.retryAfterSeconds
  }
}

/** The server could not be reached (offline, DNS, connection reset…). */
export class NetworkError extends Error {
  override readonly name = 'NetworkError'
}

export const isApiError = (error: unknown, code?: ErrorCode): error is ApiError =>
  error instanceof ApiError && (code === undefined || error.code === code)

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'

function isErrorBody(value: unknown): value is ApiErrorBody {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as ApiErrorBody).code === 'string' &&
    typeof (value as ApiErrorBody).statusCode === 'number'
  )
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text()
  if (!text) return undefined
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

/** A request body sent as it is (a file), with its media type. */
export interface RawBody {
  raw: Blob
  contentType: string
}

const isRawBody = (body: unknown): body is RawBody =>
  typeof body === 'object' && body !== null && (body as RawBody).raw instanceof Blob

/**
 * Calls the JSON API on the same origin, with the session cookie. Writes always send a JSON body
 * (`{}` when there is nothing to say), so `Content-Type: application/json` is always set; a
 * `RawBody` (a file) is sent as it is, with its own type.
 * Resolves with the parsed body (`undefined` for 202/204 without body); rejects with `ApiError`
 * or `NetworkError`.
 */
export async function apiRequest<T>(
  method: Method,
  path: string,
  body?: unknown,
  init: { signal?: AbortSignal } = {},
): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' }
  let payload: string | Blob | undefined
  if (method !== 'GET') {
    if (isRawBody(body)) {
      headers['Content-Type'] = body.contentType
      payload = body.raw
    } else {
      headers['Content-Type'] = 'application/json'
      payload = JSON.stringify(body ?? {})
    }
  }
  let response: Response
  try {
    response = await fetch(path, {
      method,
      headers,
      body: payload,
      credentials: 'same-origin',
      signal: init.signal ?? null,
    })
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error
    throw new NetworkError(error instanceof Error ? error.message : String(error))
  }
  const data = await readJson(response)
  if (response.ok) return data as T
  if (isErrorBody(data)) throw new ApiError(data)
  // Not from Vigie (a proxy's error page, a gateway timeout…).
  throw new ApiError({
    statusCode: response.status,
    code: response.status === 404 ? 'not_found' : response.status === 429 ? 'too_many_attempts' : 'internal',
    message: `HTTP ${response.status}`,
  })
}

export const api = {
  get: <T>(path: string, init?: { signal?: AbortSignal }) => apiRequest<T>('GET', path, undefined, init),
  post: <T>(path: string, body?: unknown) => apiRequest<T>('POST', path, body),
  patch: <T>(path: string, body: unknown) => apiRequest<T>('PATCH', path, body),
  put: <T>(path: string, body: unknown) => apiRequest<T>('PUT', path, body),
  delete: <T>(path: string) => apiRequest<T>('DELETE', path),
  /** Sends a file as the request body (a candidate list…). */
  upload: <T>(path: string, file: Blob, contentType: string) =>
    apiRequest<T>('POST', path, { raw: file, contentType } satisfies RawBody),
}
