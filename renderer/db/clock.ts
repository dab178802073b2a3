/** The time repositories stamp records with; tests replace it to get repeatable instants. */
let now: () => Date = () => new Date()

/** The current instant as an ISO string. */
export function nowIso(): string {
  return now().toISOString()
}

/** Replaces the clock (tests only); returns a function that restores the system clock. */
export function setClock(clock: () => Date): () => void {
  now = clock
  return () => {
    now = () => new Date()
  }
}
