import type { ReactNode } from 'react'
import { RouterProvider } from 'react-aria-components'
import { type NavigateOptions, useHref, useNavigate } from 'react-router'

declare module 'react-aria-components' {
  interface RouterConfig {
    routerOptions: NavigateOptions
  }
}

/** Lets react-aria links and menu items navigate with react-router (no full page load). */
export function AriaRouter({ children }: { children: ReactNode }) {
  const navigate = useNavigate()
  return (
    <RouterProvider navigate={(to, options) => navigate(to, options)} useHref={useHref}>
      {children}
    </RouterProvider>
  )
}
