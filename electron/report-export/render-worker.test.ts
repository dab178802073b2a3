// The real render worker in a real thread: the entry bundled on the fly (test/support), the
// bundled fonts, react-pdf — the same code main runs, outside Electron.
import { execFileSync } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildRenderWorker, SOURCE_FONTS_DIR } from '../../test/support/render-worker-build'
import { weeklyInputFixture } from './fake-exporter'
import { createRenderPool } from './render-pool'
import { RenderFailedError, type WorkerPool } from './worker-pool'

let pool: WorkerPool
let scratch: string
beforeAll(async () => {
  const workerFile = await buildRenderWorker()
  pool = createRenderPool({ workerFile, fontsDir: SOURCE_FONTS_DIR, size: 1 })
  scratch = await mkdtemp(join(tmpdir(), 'cadence-worker-'))
}, 60_000)
afterAll(async () => {
  await pool.close()
  await rm(scratch, { recursive: true, force: true })
})

async function textOf(pdf: Uint8Array): Promise<string> {
  const file = join(scratch, `${Math.random().toString(36).slice(2)}.pdf`)
  await writeFile(file, pdf)
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' })
}

describe('the built render worker', () => {
  it('renders a report to a PDF in a worker thread, with the client’s name in its text', async () => {
    const pdf = await pool.run(
      weeklyInputFixture({ client: { name: 'Łódź Ääkkönen Българ', logoDataUrl: null, color: '#2f9e44' } }),
    )
    expect(new TextDecoder().decode(pdf.slice(0, 5))).toBe('%PDF-')
    expect(await textOf(pdf)).toContain('Łódź Ääkkönen Българ')
    expect(pool.stats()).toMatchObject({ spawned: 1, crashed: 0 })
  }, 60_000)

  it('answers a report it cannot render with an error; the next one, after a Cyrillic one, reads back exactly', async () => {
    await expect(pool.run({ kind: 'quarterly-ish' })).rejects.toThrow(RenderFailedError)
    const pdf = await pool.run(weeklyInputFixture())
    expect(await textOf(pdf)).toContain('Pohjolan Puu Oy')
    expect(pool.stats()).toMatchObject({ spawned: 1, crashed: 0 })
  }, 60_000)
})
