import { describe, expect, it } from 'vitest'
import { CHANNELS, createCadenceApi, ipcContract, METHOD_CHANNELS, type Channel } from './ipc'

describe('the IPC contract', () => {
  it('names every channel domain:verb-noun and gives each a unique method', () => {
    for (const channel of CHANNELS) expect(channel).toMatch(/^[a-z]+:[a-z]+(-[a-z]+)+$/)
    const methods = CHANNELS.map((channel) => ipcContract[channel].method)
    expect(new Set(methods).size).toBe(methods.length)
  })

  it('builds an API with one method per channel that invokes that channel', async () => {
    const calls: [Channel, unknown][] = []
    const api = createCadenceApi(
      (channel, request) => {
        calls.push([channel, request])
        return Promise.resolve({ ok: true, data: null })
      },
      () => () => undefined,
    )
    expect(Object.keys(api).sort()).toEqual([...Object.keys(METHOD_CHANNELS), 'on'].sort())
    await api.openExternal({ url: 'https://example.com' })
    await api.getAppInfo()
    expect(calls).toEqual([
      ['shell:open-external', { url: 'https://example.com' }],
      ['app:get-info', undefined],
    ])
  })

  it('refuses to subscribe to an event that is not in the contract', () => {
    const api = createCadenceApi(
      () => Promise.resolve(null),
      () => () => undefined,
    )
    expect(() => api.on('menu:evil' as 'menu:navigate', () => undefined)).toThrow(/Unknown event/)
  })
})
