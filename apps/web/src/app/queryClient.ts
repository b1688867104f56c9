import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query'
import { ApiError, isApiError, setSignedOut } from '../api'

/**
 * One cache for the app. An answer `not_authenticated` to any request (the session expired or was
 * closed elsewhere) switches the app to "signed out", and the guards send the user to sign in.
 */
export function createQueryClient(): QueryClient {
  const onError = (error: unknown) => {
    if (isApiError(error, 'not_authenticated')) setSignedOut(client)
  }
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        // Client errors (4xx) will not change by retrying; network and server errors may.
        retry: (failures, error) => !(error instanceof ApiError && error.statusCode < 500) && failures < 2,
      },
      mutations: { retry: false },
    },
  })
  return client
}
