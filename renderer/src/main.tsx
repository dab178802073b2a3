import '@fontsource-variable/inter'
import '@mantine/core/styles.css'
import '@mantine/notifications/styles.css'
import './styles.css'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { z } from 'zod'
import { App } from './App'
import { i18n } from './lib/i18n'
import { translateStorageFailures } from './lib/storage-messages'

// Zod otherwise probes `new Function` to JIT its parsers, which our CSP (no unsafe-eval) refuses.
z.config({ jitless: true })

// A refused write carries its reason in the PM's language wherever a form shows `error.message`.
translateStorageFailures(i18n)

// Ask the browser not to evict our IndexedDB under storage pressure: it holds the PM's only copy.
void navigator.storage?.persist?.()

const root = document.getElementById('root')
if (!root) throw new Error('The page has no #root element')
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
