import { describe, expect, it } from 'vitest'
import { createQuitGuard } from './quit-guard'

function setUp() {
  const log: string[] = []
  let finish: () => void = () => undefined
  const guard = createQuitGuard({
    requestBackup: () => log.push('request'),
    waitForBackup: () => new Promise<void>((resolve) => (finish = resolve)),
  })
  const close = () =>
    guard.onClose(
      () => log.push('held'),
      () => {
        log.push('closed again')
        close()
      },
    )
  return { log, close, finish: () => finish() }
}

describe('the quit guard', () => {
  it('holds the first close, asks for a backup once, and closes when it is done', async () => {
    const { log, close, finish } = setUp()
    close()
    close() // the PM clicks close again while waiting
    expect(log).toEqual(['held', 'request', 'held'])
    finish()
    await Promise.resolve()
    await Promise.resolve()
    expect(log.filter((entry) => entry === 'request')).toHaveLength(1)
    expect(log.at(-1)).toBe('closed again')
    // The close that follows the backup is let through, not held again.
    expect(log.filter((entry) => entry === 'held')).toHaveLength(2)
  })
})
