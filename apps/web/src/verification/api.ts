/** "Vérifier un certificat": the public check of a verification code. */
import type { CertificateVerification } from '@vigie/contract'
import { api } from '../api'

export const verificationKeys = {
  certificate: (code: string) => ['certificates', code] as const,
}

export const verificationApi = {
  verify: (code: string) => api.get<CertificateVerification>(`/api/certificates/${encodeURIComponent(code)}`),
}
