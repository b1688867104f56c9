/** The candidate's published results, and their certificates as files to save. */
import type { ApiError as ApiErrorBody, MyResult } from '@vigie/contract'
import { ApiError, api, NetworkError } from '../../api'

export const resultKeys = {
  mine: ['candidate', 'results'] as const,
}

export interface DownloadedFile {
  blob: Blob
  filename: string
}

export const resultsApi = {
  mine: () => api.get<MyResult[]>('/api/candidate/results'),

  /**
   * The certificate's PDF, fetched rather than linked: a refusal then reads as a sentence on the
   * page instead of a saved error file or a blank tab.
   */
  async certificate(candidateId: string): Promise<DownloadedFile> {
    let response: Response
    try {
      response = await fetch(`/api/candidate/results/${encodeURIComponent(candidateId)}/certificate.pdf`, {
        credentials: 'same-origin',
      })
    } catch (error) {
      throw new NetworkError(error instanceof Error ? error.message : String(error))
    }
    if (!response.ok) throw new ApiError(await errorBody(response))
    const blob = await response.blob()
    return {
      blob,
      filename: attachmentName(response.headers.get('content-disposition')) ?? 'certificat.pdf',
    }
  },
}

async function errorBody(response: Response): Promise<ApiErrorBody> {
  try {
    const body = (await response.json()) as Partial<ApiErrorBody>
    if (typeof body.code === 'string' && typeof body.statusCode === 'number') return body as ApiErrorBody
  } catch {
    // not a Vigie error (a proxy's page): told by its status alone
  }
  return {
    statusCode: response.status,
    code: response.status === 404 ? 'not_found' : response.status === 401 ? 'not_authenticated' : 'internal',
    message: `HTTP ${response.status}`,
  }
}

/** `attachment; filename="certificat-P-7KQ3-MXTA-92HF.pdf"` → the file's name; null without one. */
export function attachmentName(disposition: string | null): string | null {
  if (!disposition) return null
  const encoded = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(disposition)
  if (encoded?.[1]) {
    try {
      return safeFilename(decodeURIComponent(encoded[1].trim()))
    } catch {
      // a broken encoding: fall back to the plain name
    }
  }
  const plain = /filename\s*=\s*(?:"([^"]*)"|([^;\s]+))/.exec(disposition)
  return safeFilename(plain?.[1] ?? plain?.[2] ?? '')
}

/** A name without a folder in it, or null. */
const safeFilename = (name: string): string | null => {
  const base = name.split(/[\\/]/).pop()?.trim() ?? ''
  return base && base !== '.' && base !== '..' ? base : null
}

/** Hands a fetched file to the browser's downloads, under its name. */
export function saveFile({ blob, filename }: DownloadedFile): void {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = filename
  link.hidden = true
  document.body.append(link)
  link.click()
  link.remove()
  // The download has its own copy once started; a minute leaves slow browsers ample time.
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
}
