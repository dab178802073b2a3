/** A weekly card read out in the meeting: the five sections as written, or the light client's line. */
import { Alert, Badge, Group, Paper, SimpleGrid, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { WeeklyCard } from '@shared/schemas'
import { CARD_SECTIONS, hasCardContent } from '@shared/weekly'
import type { CardText } from './format-card'

/** The card's text: the stored card once filled, else the draft from the data (marked so). */
export function CardView({
  card,
  draft,
  light,
  authorName,
}: {
  card: WeeklyCard | undefined
  draft: CardText | undefined
  light: boolean
  authorName: string | undefined
}) {
  const { t } = useTranslation('weekly')
  const filled = card !== undefined && hasCardContent(card)
  const text: CardText | undefined = filled ? card : draft
  const empty =
    !text || (light ? text.changesLine.trim() === '' : CARD_SECTIONS.every((s) => !text[s].trim()))

  return (
    <>
      <Group gap="xs" mih={22}>
        {filled && authorName ? (
          <Text size="xs" c="dimmed">
            {t('present.author', { name: authorName })}
          </Text>
        ) : null}
        {text?.helpNeeded && !light ? (
          <Badge color="orange" variant="filled" data-testid="presenter-help-needed">
            {t('card.helpNeeded')}
          </Badge>
        ) : null}
      </Group>
      {!filled && !empty ? (
        <Alert color="blue" variant="light" p="xs" data-testid="presenter-draft-note">
          {t('present.draftCard')}
        </Alert>
      ) : null}
      {empty ? (
        <Text size="sm" c="dimmed" data-testid="presenter-empty-card">
          {light ? t('present.noChanges') : t('present.noCard')}
        </Text>
      ) : light ? (
        <Paper withBorder radius="md" p="md" data-testid="presenter-changes">
          <Text size="xs" fw={600} tt="uppercase" c="dimmed" mb={6} style={{ letterSpacing: 0.4 }}>
            {t('card.changesLine')}
          </Text>
          <Text fz={17} lh={1.5}>
            {text?.changesLine}
          </Text>
        </Paper>
      ) : (
        <SimpleGrid cols={2} spacing="sm" data-testid="presenter-card">
          {CARD_SECTIONS.map((section) => (
            <Paper
              key={section}
              withBorder
              radius="md"
              p="md"
              style={section === 'nextWeek' ? { gridColumn: 'span 2' } : undefined}
              data-testid={`presenter-${section}`}
            >
              <Text size="xs" fw={600} tt="uppercase" c="dimmed" mb={6} style={{ letterSpacing: 0.4 }}>
                {t(`card.sections.${section}`)}
              </Text>
              {text?.[section].trim() ? (
                <Text fz={14} lh={1.55} style={{ whiteSpace: 'pre-wrap' }}>
                  {text[section]}
                </Text>
              ) : (
                <Text size="sm" c="dimmed">
                  —
                </Text>
              )}
            </Paper>
          ))}
        </SimpleGrid>
      )}
    </>
  )
}
