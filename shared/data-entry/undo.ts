/**
 * The grid's undo history: a stack of steps (one typed cell, one cleared cell or a whole paste)
 * with a redo stack that a new step clears, the way every editor behaves. Immutable, so React
 * state can hold it.
 */

/** Past and future steps; the last of `past` is undone first. */
export type UndoHistory<T> = { past: readonly T[]; future: readonly T[] }

/** How many steps are kept. */
export const UNDO_LIMIT = 200

/** A history with nothing in it. */
export function emptyHistory<T>(): UndoHistory<T> {
  return { past: [], future: [] }
}

/** Records a new step; the redo stack is cleared and the oldest steps drop past the limit. */
export function recordStep<T>(history: UndoHistory<T>, step: T, limit = UNDO_LIMIT): UndoHistory<T> {
  const past = [...history.past, step]
  return { past: past.length > limit ? past.slice(past.length - limit) : past, future: [] }
}

/** Takes the step to undo; null when there is none. */
export function undoStep<T>(history: UndoHistory<T>): { step: T; history: UndoHistory<T> } | null {
  const step = history.past[history.past.length - 1]
  if (step === undefined) return null
  return { step, history: { past: history.past.slice(0, -1), future: [...history.future, step] } }
}

/** Takes the step to redo; null when there is none. */
export function redoStep<T>(history: UndoHistory<T>): { step: T; history: UndoHistory<T> } | null {
  const step = history.future[history.future.length - 1]
  if (step === undefined) return null
  return { step, history: { past: [...history.past, step], future: history.future.slice(0, -1) } }
}
