/** Errors a handler throws on purpose, so the router can answer with the right typed code. */
import type { IpcError } from '@shared/ipc'

/** A request that passed its schema but is still unacceptable (e.g. an unsafe URL); becomes 'invalid-request'. */
export class InvalidRequestError extends Error {
  readonly issues: NonNullable<IpcError['issues']>

  constructor(message: string, issues: NonNullable<IpcError['issues']> = []) {
    super(message)
    this.name = 'InvalidRequestError'
    this.issues = issues
  }
}
