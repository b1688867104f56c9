import { useQueryClient } from '@tanstack/react-query'
import type { Me, User } from '@vigie/contract'
import { meKey, useLiveEvents } from '../api'

/**
 * Keeps the signed-in account up to date from its live stream (`user:<id>`): a name or language
 * changed in another tab or device shows at once. The stream is closed while the tab is hidden
 * and the account refetched when it is shown again.
 */
export function useAccountEvents(me: Me | null | undefined) {
  const queryClient = useQueryClient()
  return useLiveEvents(
    me ? `user:${me.user.id}` : null,
    {
      'account.updated': (event) => {
        const { user } = event.data as { user: User }
        queryClient.setQueryData<Me | null>(meKey, (old) =>
          old && old.user.id === user.id ? { ...old, user } : old,
        )
      },
    },
    { pauseWhenHidden: true, onResume: () => queryClient.invalidateQueries({ queryKey: meKey }) },
  )
}
