/**
 * Closing the window waits for one last backup: the first close is held, the renderer is asked
 * to back up what changed, and the window closes when it reports done — or when the wait times
 * out, because a hung renderer must never keep the PM from quitting.
 */

/** What the guard needs: how to ask the renderer, and how long to wait for its answer. */
export type QuitGuardDeps = {
  requestBackup: () => void
  /** Resolves when the renderer reported done or the timeout passed. */
  waitForBackup: () => Promise<unknown>
}

/** A guard for one window. */
export function createQuitGuard(deps: QuitGuardDeps) {
  let state: 'open' | 'waiting' | 'done' = 'open'
  return {
    /**
     * Call from the window's `close` event. Holds the close (`preventDefault`) until the backup
     * is done, then closes again with `close`.
     */
    onClose(preventDefault: () => void, close: () => void): void {
      if (state === 'done') return
      preventDefault()
      if (state === 'waiting') return
      state = 'waiting'
      deps.requestBackup()
      void deps.waitForBackup().then(
        () => {
          state = 'done'
          close()
        },
        () => {
          state = 'done'
          close()
        },
      )
    },
  }
}
