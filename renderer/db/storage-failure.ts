/**
 * What went wrong when IndexedDB refused a write, decided in one place. Policy — never lose a
 * word: a failed write is classified once, here (a full disk, an upgrade blocked by another
 * window, a database another window upgraded, or a transaction that aborted), so every form and
 * autosave editor can say the same clear thing in the PM's language, keep what was typed, and —
 * for an autosave — try again. Dexie wraps the browser's errors (an `AbortError` whose `inner` is
 * the `QuotaExceededError`, an `OpenFailedError` around a `VersionError`, a `BulkError` with
 * per-row failures), so the whole chain is searched.
 */
import type { Dexie } from 'dexie'

/** Kinds of storage failure, most specific first. */
export const STORAGE_FAILURE_KINDS = ['quota', 'blocked', 'version-change', 'closed', 'transaction'] as const
/** A kind of storage failure: what the message tells the PM. */
export type StorageFailureKind = (typeof STORAGE_FAILURE_KINDS)[number]

/** Words for each kind, in the UI language; the UI installs them (`describeStorageFailures`). */
let describe: (kind: StorageFailureKind) => string | null = () => null

/**
 * Installs the words a `StorageError`'s message is made of, so every form that already shows
 * `error.message` in its "could not be saved: …" line says the clear, translated reason.
 */
export function describeStorageFailures(describer: (kind: StorageFailureKind) => string | null): void {
  describe = describer
}

/**
 * A write the database refused; what was being saved was not written at all. Its message is the
 * PM-facing reason in the UI language; the browser's error stays in `cause`.
 */
export class StorageError extends Error {
  readonly kind: StorageFailureKind
  constructor(kind: StorageFailureKind, cause: unknown) {
    super(
      describe(kind) ??
        `Storage failure (${kind}): ${cause instanceof Error ? cause.message : String(cause)}`,
      {
        cause,
      },
    )
    // Not a DOMException name, so Dexie never rewraps it on its way through a transaction.
    this.name = 'CadenceStorageError'
    this.kind = kind
  }
}

const NAMES: Record<Exclude<StorageFailureKind, 'transaction'>, readonly string[]> = {
  // Firefox names its quota error differently; Dexie keeps either name.
  quota: ['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED'],
  blocked: ['BlockedError'],
  'version-change': ['VersionError', 'VersionChangeError'],
  closed: ['DatabaseClosedError', 'InvalidStateError'],
}

/** Errors that come from IndexedDB or Dexie itself (as opposed to Cadence's own errors). */
const STORAGE_NAMES = new Set([
  'AbortError',
  'TransactionInactiveError',
  'UnknownError',
  'OpenFailedError',
  'InternalError',
  'TimeoutError',
  'PrematureCommitError',
  'ReadOnlyError',
  'MissingAPIError',
  'DataCloneError',
  'UpgradeError',
  'ModifyError',
  'BulkError',
  'NoSuchDatabaseError',
  'NotReadableError',
])

/** Every error in a chain: the error, Dexie's `inner`, `cause`, and a bulk write's failures. */
function chainOf(error: unknown, seen = new Set<unknown>()): unknown[] {
  if (error === null || typeof error !== 'object' || seen.has(error)) return []
  seen.add(error)
  const links = error as { inner?: unknown; cause?: unknown; failures?: unknown }
  const failures = Array.isArray(links.failures)
    ? links.failures
    : links.failures && typeof links.failures === 'object'
      ? Object.values(links.failures)
      : []
  return [
    error,
    ...chainOf(links.inner, seen),
    ...chainOf(links.cause, seen),
    ...failures.flatMap((failure) => chainOf(failure, seen)),
  ]
}

const nameOf = (error: unknown): string =>
  typeof (error as { name?: unknown }).name === 'string' ? (error as { name: string }).name : ''

/** The kind of storage failure behind an error, or null when it is not one (a validation error…). */
export function classifyStorageError(error: unknown): StorageFailureKind | null {
  if (error instanceof StorageError) return error.kind
  const chain = chainOf(error)
  const names = chain.map(nameOf)
  for (const kind of ['quota', 'blocked', 'version-change', 'closed'] as const) {
    if (names.some((name) => NAMES[kind].includes(name))) return kind
  }
  // Legacy WebKit quota errors carry only the code.
  if (chain.some((link) => (link as { code?: unknown }).code === 22 && nameOf(link) !== 'AbortError'))
    return 'quota'
  return names.some((name) => STORAGE_NAMES.has(name)) ? 'transaction' : null
}

/** A storage failure as a `StorageError`; any other error unchanged. */
export function toStorageError(error: unknown): unknown {
  const kind = classifyStorageError(error)
  return kind === null || error instanceof StorageError ? error : new StorageError(kind, error)
}

/** The database's health as the UI shows it: the last unresolved failure. */
export type StorageHealth = { failure: StorageFailureKind | null }

type Listener = (health: StorageHealth) => void

/**
 * A tiny observable of the database's health. A failed write reports its kind; the next write
 * that succeeds clears it (the disk has room again); a blocked upgrade clears once the database
 * opens; an upgrade by another window stays until this window reloads.
 */
function createStorageHealth() {
  let health: StorageHealth = { failure: null }
  const listeners = new Set<Listener>()
  const set = (next: StorageHealth) => {
    if (next.failure === health.failure) return
    health = next
    for (const listener of listeners) listener(health)
  }
  return {
    get: (): StorageHealth => health,
    subscribe: (listener: Listener): (() => void) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    report: (kind: StorageFailureKind) => set({ failure: kind }),
    clear: () => set({ failure: null }),
    /**
     * A write succeeded: the disk has room, the transaction went through. A newer version in
     * another window stays reported — this window's code is older until it reloads.
     */
    writeSucceeded: () => {
      if (health.failure !== 'version-change' && health.failure !== 'blocked') set({ failure: null })
    },
  }
}

/** The renderer's one record of the database's health. */
export const storageHealth = createStorageHealth()

const isWriteMode = (mode: unknown) =>
  mode === 'rw' || mode === 'rw!' || mode === 'rw?' || mode === 'readwrite'

/**
 * Makes every transaction of `db` reject with a `StorageError` on a storage failure (and report
 * it), and clear the report when a write succeeds. Repositories write only in transactions, so
 * this is the one place their failures are classified.
 */
export function classifyTransactionFailures(db: Dexie): void {
  const transaction = db.transaction.bind(db) as (...args: unknown[]) => Promise<unknown>
  const wrapped = (...args: unknown[]) =>
    transaction(...args).then(
      (result) => {
        if (isWriteMode(args[0])) storageHealth.writeSucceeded()
        return result
      },
      (error: unknown) => {
        const classified = toStorageError(error)
        if (classified instanceof StorageError) storageHealth.report(classified.kind)
        throw classified
      },
    )
  db.transaction = wrapped as unknown as typeof db.transaction
}

/**
 * Listens for the two ways another window gets in the way: our upgrade is blocked because it
 * holds the database open at an older version, or it upgraded the database under us (Dexie then
 * closes our connection, and every later write would fail).
 */
export function watchDatabaseEvents(db: Dexie): void {
  db.on('blocked', () => storageHealth.report('blocked'))
  db.on('versionchange', () => {
    storageHealth.report('version-change')
    // Dexie's default: close, so the other window's upgrade can go ahead.
  })
  // Sticky: every (re)open, not only the first, ends a blocked wait.
  db.on(
    'ready',
    () => {
      if (storageHealth.get().failure === 'blocked') storageHealth.clear()
    },
    true,
  )
}
