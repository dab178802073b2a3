/**
 * Reads an export in chunks, handing the UI a turn between them so the progress bar moves and
 * Cancel works even for a 50,000-row file.
 */
import { useCallback, useRef, useState } from 'react'
import { readExportInChunks, type ReadOptions, type ReadResult } from '@shared/imports'

/** Progress from 0 to 1 while reading (null when idle), the read itself, and cancel. */
export function useChunkedRead(): {
  progress: number | null
  read: (bytes: Uint8Array, options: ReadOptions) => Promise<ReadResult | null>
  cancel: () => void
} {
  const [progress, setProgress] = useState<number | null>(null)
  const current = useRef<{ aborted: boolean } | null>(null)

  const read = useCallback(async (bytes: Uint8Array, options: ReadOptions) => {
    const signal = { aborted: false }
    current.current = signal
    setProgress(0)
    try {
      const result = await readExportInChunks(bytes, {
        ...options,
        onProgress: ({ phase, done, total }) => {
          const share = total === 0 ? 1 : done / total
          setProgress(phase === 'parse' ? share * 0.5 : 0.5 + share * 0.5)
        },
        yieldControl: () => new Promise<void>((resolve) => setTimeout(resolve, 0)),
        signal,
      })
      return signal.aborted ? null : result
    } finally {
      if (current.current === signal) setProgress(null)
    }
  }, [])

  const cancel = useCallback(() => {
    if (current.current) current.current.aborted = true
    setProgress(null)
  }, [])

  return { progress, read, cancel }
}
