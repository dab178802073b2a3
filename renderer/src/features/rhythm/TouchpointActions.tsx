/**
 * A touchpoint's quick actions: skip (with the reason the PM must give, so the skip can be read
 * back later) and done. The skip popover is controlled by the screen, so `s` can open it.
 */
import { useState } from 'react'
import { ActionIcon, Button, Popover, Stack, TextInput, Tooltip } from '@mantine/core'
import { IconCheck, IconPlayerSkipForward } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { Touchpoint } from '@shared/schemas'
import { touchpointsRepository } from '../../../db/repositories'

/** A done button: a quiet check that turns teal on hover. */
export function DoneButton({ label, onDone, testId }: { label: string; onDone: () => void; testId: string }) {
  return (
    <Tooltip label={label} openDelay={300}>
      <ActionIcon
        variant="subtle"
        color="teal"
        size="sm"
        onClick={onDone}
        aria-label={label}
        aria-keyshortcuts="d"
        data-testid={testId}
      >
        <IconCheck size={15} />
      </ActionIcon>
    </Tooltip>
  )
}

/** Skip and done for one touchpoint. */
export function TouchpointActions({
  touchpoint,
  skipOpen,
  onSkipOpenChange,
  onDone,
}: {
  touchpoint: Touchpoint
  skipOpen: boolean
  onSkipOpenChange: (open: boolean) => void
  onDone: () => void
}) {
  const { t } = useTranslation()
  return (
    <>
      <SkipButton touchpoint={touchpoint} opened={skipOpen} onOpenedChange={onSkipOpenChange} />
      <DoneButton label={t('touchpoints.markDone')} onDone={onDone} testId="touchpoint-done" />
    </>
  )
}

function SkipButton({
  touchpoint,
  opened,
  onOpenedChange,
}: {
  touchpoint: Touchpoint
  opened: boolean
  onOpenedChange: (open: boolean) => void
}) {
  const { t } = useTranslation()
  const [reason, setReason] = useState('')
  const [error, setError] = useState<string | null>(null)
  const skip = async () => {
    if (!reason.trim()) return setError(t('touchpoints.reasonRequired'))
    try {
      await touchpointsRepository.skip(touchpoint.id, reason)
      onOpenedChange(false)
    } catch (failure) {
      // The reason stays typed in, so trying again costs nothing.
      setError(failure instanceof Error ? failure.message : String(failure))
    }
  }
  return (
    <Popover opened={opened} onChange={onOpenedChange} position="bottom-end" withArrow trapFocus returnFocus>
      <Popover.Target>
        <Tooltip label={t('touchpoints.skip')} openDelay={300}>
          <ActionIcon
            variant="subtle"
            color="gray"
            size="sm"
            onClick={() => onOpenedChange(!opened)}
            aria-label={t('touchpoints.skip')}
            aria-keyshortcuts="s"
            data-testid="touchpoint-skip"
          >
            <IconPlayerSkipForward size={14} />
          </ActionIcon>
        </Tooltip>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap="xs" w={260}>
          <TextInput
            label={t('touchpoints.skipReason')}
            value={reason}
            onChange={(event) => {
              setReason(event.currentTarget.value)
              setError(null)
            }}
            onKeyDown={(event) => {
              if (event.key === 'Enter') void skip()
            }}
            error={error}
            data-autofocus
            data-testid="touchpoint-skip-reason"
          />
          <Button onClick={() => void skip()} data-testid="touchpoint-skip-confirm">
            {t('touchpoints.skip')}
          </Button>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  )
}
