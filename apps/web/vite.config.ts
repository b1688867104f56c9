import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

/** The Vigie server in development (`npm run dev -w @vigie/server`). */
const api = process.env.VIGIE_API_URL ?? 'http://localhost:3000'

/**
 * Chunks that keep their own name in `dist/assets`: the areas, the entry, the libraries, and what
 * loads on first use (a menu's popover, a dialog's modal, the signalement dialog).
 */
const named =
  /^(index|auth|centre|invigilator|candidate|verification|vendor|rolldown-runtime|MenuPopover|Modal|SignalementDialog)$/

/**
 * Messages in another language than French, loaded once chosen: `en` (the shell's), `<area>-en`
 * or, for a folder with messages of its own within an area, `<area>-<folder>-en`.
 */
function translationName(moduleId: string | null): string | null {
  const match = /[\\/]src[\\/](\w+(?:[\\/]\w+)?)[\\/](?:en|messages\.en)\.ts$/.exec(moduleId ?? '')
  if (!match?.[1]) return null
  return match[1] === 'i18n' ? 'en' : `${match[1].replace(/[\\/]/g, '-')}-en`
}

/**
 * `/api` is proxied to the server, event streams included: the proxy pipes responses as they
 * come, so Server-Sent Events are not buffered. The Host header is kept (no `changeOrigin`), so
 * the browser's `Origin` still matches the host the server sees.
 */
const proxy = { '/api': { target: api, changeOrigin: false, ws: false } }

export default defineConfig({
  plugins: [react()],
  server: { port: 5173, strictPort: true, proxy },
  preview: { port: 4173, proxy },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // The production Content-Security-Policy allows `data:` images but no `data:` fonts or scripts.
    assetsInlineLimit: 0,
    sourcemap: true,
    rolldownOptions: {
      output: {
        // Areas keep their folder's name; chunks shared by the shell and the areas are "shared".
        chunkFileNames: (chunk) => {
          const translation = translationName(chunk.facadeModuleId)
          if (translation) return `assets/${translation}-[hash].js`
          return named.test(chunk.name) ? 'assets/[name]-[hash].js' : 'assets/shared-[hash].js'
        },
        assetFileNames: (asset) =>
          asset.names.some((name) => name.endsWith('.css') && !named.test(name.replace(/\.css$/, '')))
            ? 'assets/shared-[hash][extname]'
            : 'assets/[name]-[hash][extname]',
        // The libraries every page needs change less often than our code: one chunk that stays
        // cached across releases. react-aria is left to automatic splitting so that an area's
        // widgets load with that area, not with the entry, and menus and modals on first use
        // (ui/Menu.tsx, ui/Dialog.tsx): one shared group would bring them all to every page.
        codeSplitting: {
          groups: [
            {
              name: 'vendor',
              test: /node_modules[\\/](react|react-dom|scheduler|react-router|@tanstack)[\\/]/,
              priority: 2,
            },
            // What the entry imports, ours and react-aria's, is loaded by every page: one chunk
            // with the entry rather than several shared ones (less to download once gzipped).
            { name: 'index', tags: ['$initial'], priority: 1 },
          ],
        },
      },
    },
  },
})
