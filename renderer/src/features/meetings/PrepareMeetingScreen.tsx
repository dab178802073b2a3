/**
 * `/meetings/prepare/:touchpointId`: opens the meeting of a review or workshop touchpoint,
 * preparing it first when there is none (one transaction, so opening twice never makes two).
 */
import { useEffect, useState } from 'react'
import { Alert, Button, Center, Loader, Stack } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate, useParams } from 'react-router'
import { meetingsRepository } from '../../../db/repositories'
import { RecordNotFoundError } from '../../../db/errors'
import { prepareMeeting } from './prepare'

/** The prepare-and-redirect screen. */
export function PrepareMeetingScreen() {
  const { t } = useTranslation('meetings')
  const { touchpointId = '' } = useParams()
  const navigate = useNavigate()
  const [failure, setFailure] = useState<string | null>(null)

  useEffect(() => {
    let cancelled = false
    meetingsRepository
      .createForTouchpoint(touchpointId, prepareMeeting(t))
      .then(({ meeting }) => {
        if (!cancelled) void navigate(`/meetings/${meeting.id}`, { replace: true })
      })
      .catch((error: unknown) => {
        if (cancelled) return
        setFailure(
          error instanceof RecordNotFoundError
            ? t('prepare.notFound')
            : t('prepare.failed', { message: error instanceof Error ? error.message : String(error) }),
        )
      })
    return () => {
      cancelled = true
    }
  }, [touchpointId, navigate, t])

  return (
    <Center h="100%" data-testid="prepare-meeting">
      {failure ? (
        <Stack align="center" gap="sm" maw={420}>
          <Alert color="red" variant="light" data-testid="prepare-failed">
            {failure}
          </Alert>
          <Button component={Link} to="/meetings" variant="default">
            {t('prepare.back')}
          </Button>
        </Stack>
      ) : (
        <Loader size="sm" />
      )}
    </Center>
  )
}
