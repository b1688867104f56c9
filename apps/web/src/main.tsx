import './ui/tokens.css'
import './ui/base.css'
import { QueryClientProvider } from '@tanstack/react-query'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { BrowserRouter } from 'react-router'
import { App } from './app/App'
import { AriaRouter } from './app/AriaRouter'
import { LocaleRoot } from './app/LocaleRoot'
import { createQueryClient } from './app/queryClient'
import { deviceLocale } from './i18n'

// Until the account is known, speak the device's language (the account's may follow).
document.documentElement.lang = deviceLocale()

const root = document.getElementById('root')
if (!root) throw new Error('#root is missing from index.html')

createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={createQueryClient()}>
      <LocaleRoot>
        <BrowserRouter>
          <AriaRouter>
            <App />
          </AriaRouter>
        </BrowserRouter>
      </LocaleRoot>
    </QueryClientProvider>
  </StrictMode>,
)
