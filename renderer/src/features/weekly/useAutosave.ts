/**
 * Saving typed text without a Save button, and never losing it. Policy: a change is saved a
 * moment after typing stops, at once on blur or Ctrl/Cmd+S, and when the editor goes away
 * (switching client, leaving the screen); a failed save keeps the text, says why, and is
 * retried by the next change or save — and, when storage refused it (a full disk, an aborted
 * transaction), on its own after a pause, until it goes through.
 */
import { useCallback, useEffect, useRef, useState } from 'react'
import { classifyStorageError } from '../../../db/storage-failure'
import { retryDelay } from '../../lib/autosave-retry'

/** Where the latest change is: nothing typed, waiting, being written, written, or failed. */
export type SaveStatus = 'idle' | 'dirty' | 'saving' | 'saved' | 'error'

/** Pause after the last keystroke before saving, in milliseconds. */
export const AUTOSAVE_DELAY_MS = 700

/** Autosaves values handed to `change`; `flush` saves what is pending right away. */
export function useAutosave<T>(save: (value: T) => Promise<unknown>, delayMs = AUTOSAVE_DELAY_MS) {
  const [status, setStatus] = useState<SaveStatus>('idle')
  const [error, setError] = useState<string | null>(null)
  const pending = useRef<{ value: T } | null>(null)
  const timer = useRef<number | undefined>(undefined)
  const retryTimer = useRef<number | undefined>(undefined)
  const retries = useRef(0)
  // The retry calls the latest flush through a ref: a callback cannot name itself.
  const retry = useRef<() => void>(() => undefined)
  const saveRef = useRef(save)
  useEffect(() => {
    saveRef.current = save
  }, [save])

  const flush = useCallback(async (): Promise<boolean> => {
    window.clearTimeout(timer.current)
    window.clearTimeout(retryTimer.current)
    const next = pending.current
    if (!next) return true
    pending.current = null
    setStatus('saving')
    try {
      await saveRef.current(next.value)
      retries.current = 0
      setError(null)
      setStatus(pending.current ? 'dirty' : 'saved')
      return true
    } catch (caught) {
      // Keep the text for the next attempt unless newer text is already waiting.
      pending.current ??= next
      setError(caught instanceof Error ? caught.message : String(caught))
      setStatus('error')
      // Storage may have room again in a moment; a validation error needs the PM instead.
      if (classifyStorageError(caught) !== null)
        retryTimer.current = window.setTimeout(() => retry.current(), retryDelay(retries.current++))
      return false
    }
  }, [])
  useEffect(() => {
    retry.current = () => void flush()
  }, [flush])

  const change = useCallback(
    (value: T) => {
      pending.current = { value }
      setStatus('dirty')
      window.clearTimeout(timer.current)
      timer.current = window.setTimeout(() => void flush(), delayMs)
    },
    [delayMs, flush],
  )

  /** Saves `value` now (e.g. accepting a draft as it is). */
  const saveNow = useCallback(
    async (value: T) => {
      pending.current = { value }
      return flush()
    },
    [flush],
  )

  useEffect(
    () => () => {
      window.clearTimeout(timer.current)
      window.clearTimeout(retryTimer.current)
      const left = pending.current
      if (left) void saveRef.current(left.value)
    },
    [],
  )

  return { status, error, change, flush, saveNow }
}
