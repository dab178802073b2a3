import { describe, expect, it } from 'vitest'
import { handleRenderMessage } from './worker-handler'

const memory = () => ({ heapUsed: 10, external: 2, rss: 50 })

describe('handleRenderMessage', () => {
  it('replies with the PDF in a buffer of its own and the worker’s memory', async () => {
    const pooled = new Uint8Array(new ArrayBuffer(16), 4, 3)
    pooled.set([37, 80, 68])
    const reply = await handleRenderMessage(
      { type: 'render', jobId: 4, input: { kind: 'monthly' } },
      () => Promise.resolve(pooled),
      memory,
    )
    expect(reply).toMatchObject({ type: 'rendered', jobId: 4, memory: memory() })
    if (reply?.type !== 'rendered') throw new Error('expected a PDF')
    expect([...reply.pdf]).toEqual([37, 80, 68])
    expect(reply.pdf.buffer.byteLength).toBe(3)
  })

  it('passes the input to the renderer', async () => {
    const seen: unknown[] = []
    await handleRenderMessage(
      { type: 'render', jobId: 1, input: { client: 'Lumo' } },
      (input) => {
        seen.push(input)
        return Promise.resolve(new Uint8Array())
      },
      memory,
    )
    expect(seen).toEqual([{ client: 'Lumo' }])
  })

  it('turns a render error into a failed reply instead of a crash', async () => {
    const reply = await handleRenderMessage(
      { type: 'render', jobId: 2, input: null },
      () => Promise.reject(new Error('Font not found')),
      memory,
    )
    expect(reply).toEqual({ type: 'failed', jobId: 2, message: 'Font not found', memory: memory() })
  })

  it('ignores messages that are not render requests', async () => {
    expect(await handleRenderMessage({ type: 'other' }, () => Promise.resolve(new Uint8Array()))).toBeNull()
    expect(await handleRenderMessage('render', () => Promise.resolve(new Uint8Array()))).toBeNull()
  })
})
