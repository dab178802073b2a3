/**
 * A textarea that saves itself: shortly after typing stops, when it loses focus, when the page
 * is hidden or closed, and when it unmounts. Policy — nothing typed is ever lost: the text on
 * screen is the PM's, never replaced by what the database echoes back; a failed save keeps the
 * text, says so, and is retried with the next keystroke or blur — and, when storage refused it
 * (a full disk, an aborted transaction), on its own after a pause, with a button to copy the text.
 */
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react'
import { Group, Text, Textarea } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { classifyStorageError } from '../../../db/storage-failure'
import { UnsavedTextNotice } from '../../components/UnsavedTextNotice'
import { retryDelay } from '../../lib/autosave-retry'

/** Quiet time after the last keystroke before saving. */
const SAVE_AFTER_MS = 600

type Status = 'idle' | 'saved' | 'editing' | 'saving' | 'failed' | 'retrying'

/** An autosaved textarea. `onSave` must write the text (and throw when it could not). */
export function AutosaveTextarea({
  value,
  onSave,
  label,
  placeholder,
  minRows = 4,
  maxRows = 24,
  testId,
}: {
  value: string
  onSave: (text: string) => Promise<unknown>
  label?: ReactNode
  placeholder?: string
  minRows?: number
  maxRows?: number
  testId: string
}) {
  const { t } = useTranslation('meetings')
  const [text, setText] = useState(value)
  const [status, setStatus] = useState<Status>('idle')
  const unsaved = useRef<string | null>(null)
  const timer = useRef<number | undefined>(undefined)
  const retryTimer = useRef<number | undefined>(undefined)
  const retries = useRef(0)
  // The retry calls the latest flush through a ref: a callback cannot name itself.
  const retry = useRef<() => void>(() => undefined)
  const save = useRef(onSave)
  useEffect(() => {
    save.current = onSave
  }, [onSave])

  const flush = useCallback(async (quiet = false): Promise<void> => {
    window.clearTimeout(timer.current)
    window.clearTimeout(retryTimer.current)
    const pending = unsaved.current
    if (pending === null) return
    unsaved.current = null
    if (!quiet) setStatus('saving')
    try {
      await save.current(pending)
      retries.current = 0
      if (!quiet) setStatus(unsaved.current === null ? 'saved' : 'editing')
    } catch (error) {
      // Keep it pending so the next keystroke, blur or unmount tries again.
      unsaved.current ??= pending
      if (quiet) return
      if (classifyStorageError(error) === null) return setStatus('failed')
      setStatus('retrying')
      retryTimer.current = window.setTimeout(() => retry.current(), retryDelay(retries.current++))
    }
  }, [])
  useEffect(() => {
    retry.current = () => void flush()
  }, [flush])

  useEffect(() => {
    const onHide = () => void flush(true)
    window.addEventListener('pagehide', onHide)
    document.addEventListener('visibilitychange', onHide)
    return () => {
      window.removeEventListener('pagehide', onHide)
      document.removeEventListener('visibilitychange', onHide)
      window.clearTimeout(retryTimer.current)
      void flush(true)
    }
  }, [flush])

  const change = (next: string) => {
    setText(next)
    unsaved.current = next
    setStatus('editing')
    window.clearTimeout(timer.current)
    timer.current = window.setTimeout(() => void flush(), SAVE_AFTER_MS)
  }

  const statusText =
    status === 'idle'
      ? ''
      : status === 'failed'
        ? t('autosave.failed')
        : status === 'saved'
          ? t('autosave.saved')
          : t('autosave.saving')
  // While storage refuses the text: say so, keep retrying, and offer to copy it.
  const statusNode = (below: boolean) =>
    status === 'retrying' ? (
      <Group
        justify={below ? 'flex-end' : undefined}
        mt={below ? 2 : undefined}
        data-testid={`${testId}-status`}
        data-status={status}
      >
        <UnsavedTextNotice text={text} />
      </Group>
    ) : (
      <Text
        size="xs"
        ta={below ? 'right' : undefined}
        mt={below ? 2 : undefined}
        c={status === 'failed' ? 'red' : 'dimmed'}
        data-testid={`${testId}-status`}
        data-status={status}
      >
        {statusText}
      </Text>
    )

  return (
    <div>
      {label ? (
        <Group justify="space-between" mb={4} gap="xs">
          <Text size="sm" fw={500}>
            {label}
          </Text>
          {statusNode(false)}
        </Group>
      ) : null}
      <Textarea
        value={text}
        onChange={(event) => change(event.currentTarget.value)}
        onBlur={() => void flush()}
        placeholder={placeholder}
        autosize
        minRows={minRows}
        maxRows={maxRows}
        size="sm"
        data-testid={testId}
      />
      {label ? null : statusNode(true)}
    </div>
  )
}
