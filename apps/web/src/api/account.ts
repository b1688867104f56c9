import { type QueryClient, useQuery } from '@tanstack/react-query'
import type {
  AccountPatchBody,
  LoginBody,
  Me,
  PasswordResetConfirmBody,
  PasswordResetRequestBody,
  SignupBody,
} from '@vigie/contract'
import { api, isApiError } from './client'

/** The cache key of `GET /api/auth/me`: `Me` when signed in, `null` when signed out. */
export const meKey = ['auth', 'me'] as const

export async function fetchMe({ signal }: { signal?: AbortSignal } = {}): Promise<Me | null> {
  try {
    return await api.get<Me>('/api/auth/me', signal ? { signal } : undefined)
  } catch (error) {
    if (isApiError(error, 'not_authenticated')) return null
    throw error
  }
}

/** The signed-in account: `data` is `Me`, `null` when signed out, `undefined` while loading. */
export function useMe() {
  return useQuery({ queryKey: meKey, queryFn: fetchMe, staleTime: 60_000 })
}

export const authApi = {
  signup: (body: SignupBody) => api.post<Me>('/api/auth/signup', body),
  login: (body: LoginBody) => api.post<Me>('/api/auth/login', body),
  logout: () => api.post<void>('/api/auth/logout'),
  requestPasswordReset: (body: PasswordResetRequestBody) =>
    api.post<void>('/api/auth/password-reset/request', body),
  confirmPasswordReset: (body: PasswordResetConfirmBody) =>
    api.post<void>('/api/auth/password-reset/confirm', body),
  patchAccount: (body: AccountPatchBody) => api.patch<Me>('/api/account', body),
}

/** After sign-in or sign-up: the new account replaces whatever the cache held. */
export function setSignedIn(queryClient: QueryClient, me: Me): void {
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== meKey[0] })
  queryClient.setQueryData(meKey, me)
}

/** After sign-out (or an expired session): forget every cached answer, keep "signed out". */
export function setSignedOut(queryClient: QueryClient): void {
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== meKey[0] })
  queryClient.setQueryData(meKey, null)
}
