/**
 * Noticing writes: Dexie announces every committed change (`storagemutated`, the event live
 * queries use), from any repository or transaction, so nothing has to remember to report one.
 */
import { Dexie, type ObservabilitySet } from 'dexie'

/** Calls `listener` after each committed write to the database `name`; returns the unsubscribe. */
export function onDatabaseChange(name: string, listener: () => void): () => void {
  const prefix = `idb://${name}/`
  const handler = (parts: ObservabilitySet) => {
    if (Object.keys(parts).some((key) => key.startsWith(prefix))) listener()
  }
  Dexie.on('storagemutated', handler)
  return () => Dexie.on('storagemutated').unsubscribe(handler)
}
