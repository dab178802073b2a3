/**
 * Moving a campaign on the lean loop from any screen: the repository decides (brief gate), and a
 * refusal is reported with its reason and the open questions, the card staying where it was.
 */
import { useCallback, useState } from 'react'
import { notifications } from '@mantine/notifications'
import { useTranslation } from 'react-i18next'
import type { Campaign, LeanStage } from '@shared/schemas'
import { campaignsRepository } from '../../../db/repositories'
import { StageGateError } from '../../../db/repositories/campaigns'

/** A refused move as shown to the PM. */
export type Refusal = { title: string; reason: string; questions: string[] }

/** Moves campaigns, reporting refusals; `refusal` is the latest one until dismissed. */
export function useStageMove() {
  const { t } = useTranslation('campaigns')
  const { t: tApp } = useTranslation()
  const [refusal, setRefusal] = useState<Refusal | null>(null)

  const move = useCallback(
    async (campaign: Campaign, stage: LeanStage): Promise<boolean> => {
      if (campaign.stage === stage) return true
      const stageName = tApp(`stages.${stage}`)
      try {
        await campaignsRepository.moveToStage(campaign.id, stage)
        setRefusal(null)
        notifications.show({
          color: 'teal',
          message: t('board.moved', { name: campaign.name, stage: stageName }),
        })
        return true
      } catch (error) {
        if (!(error instanceof StageGateError)) {
          notifications.show({
            color: 'red',
            message: tApp('errors.unexpected', {
              message: error instanceof Error ? error.message : String(error),
            }),
          })
          return false
        }
        const next: Refusal = {
          title: t('board.refused', { name: campaign.name, stage: stageName }),
          reason: t(`gate.${error.reason}`),
          questions: error.openQuestions,
        }
        setRefusal(next)
        notifications.show({
          color: 'red',
          title: next.title,
          message: [
            next.reason,
            next.questions.length ? t('gate.questions', { list: next.questions.join('; ') }) : '',
          ]
            .filter(Boolean)
            .join(' '),
        })
        return false
      }
    },
    [t, tApp],
  )

  return { move, refusal, dismiss: () => setRefusal(null) }
}
