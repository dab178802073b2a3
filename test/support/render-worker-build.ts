/**
 * Builds the render worker's entry for tests that need a real worker thread outside an
 * `electron-vite build`: vitest runs TypeScript in its own module runner, which a worker thread
 * does not have, so the entry is bundled with Vite (dependencies left external, resolved from the
 * repository's node_modules) into out/test-workers/. Takes well under a second.
 */
import { mkdir } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { build } from 'vite'

const ROOT = resolve(import.meta.dirname, '../..')

/** The bundled report fonts, as the sources keep them. */
export const SOURCE_FONTS_DIR = join(ROOT, 'electron/reports/fonts')

/** Bundles `electron/report-export/render-worker.ts`; resolves to the built file's path. */
export async function buildRenderWorker(name = `render-worker-${process.pid}`): Promise<string> {
  const outDir = join(ROOT, 'out/test-workers', name)
  await mkdir(outDir, { recursive: true })
  await build({
    configFile: false,
    root: ROOT,
    logLevel: 'error',
    resolve: { alias: { '@shared': join(ROOT, 'shared') } },
    build: {
      ssr: join(ROOT, 'electron/report-export/render-worker.ts'),
      outDir,
      emptyOutDir: true,
      minify: false,
      rollupOptions: { output: { format: 'es', entryFileNames: 'render-worker.js' } },
    },
  })
  return join(outDir, 'render-worker.js')
}
