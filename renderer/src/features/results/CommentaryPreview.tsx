/** The month's commentary as the report will carry it, read-only, with a way into the editor. */
import { Button, Group, List, SimpleGrid, Stack, Text } from '@mantine/core'
import { IconPencil } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { formatMonth } from '@shared/format'
import { metricDefinitions } from '@shared/results/metrics'
import { metricOfDecrease } from '@shared/results/commentary-decreases'
import type { ClientResultsData } from '../../../db/repositories/results'
import { EmptyLine, Section } from '../../components/Section'
import { useLanguage } from '../../lib/useLanguage'
import { commentaryPath } from './paths'
import { useMetricLabel } from './useResults'

/** The commentary section of the Results tab. */
export function CommentaryPreview({ data, month }: { data: ClientResultsData; month: string }) {
  const { t } = useTranslation('results')
  const language = useLanguage()
  const metricLabel = useMetricLabel()
  const commentary = data.commentaries.find((c) => c.periodKind === 'month' && c.period === month)
  const definitions = metricDefinitions(data.client.customKpis)
  const hasText =
    commentary &&
    (commentary.summary.trim() !== '' ||
      commentary.highlights.length > 0 ||
      commentary.decreases.length > 0 ||
      commentary.nextSteps.length > 0)
  return (
    <Section
      title={t('tab.commentarySection')}
      testId="results-commentary"
      right={
        <Button
          component={Link}
          to={commentaryPath(data.client.id, 'month', month)}
          size="compact-xs"
          variant="subtle"
          leftSection={<IconPencil size={12} />}
        >
          {t(hasText ? 'tab.editCommentary' : 'tab.writeCommentary')}
        </Button>
      }
    >
      {!commentary || !hasText ? (
        <EmptyLine>{t('tab.noCommentary', { month: formatMonth(month, language) })}</EmptyLine>
      ) : (
        <Stack gap="sm">
          {commentary.summary ? (
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} lang={data.client.language}>
              {commentary.summary}
            </Text>
          ) : null}
          <SimpleGrid cols={3} spacing="lg">
            <Block title={t('tab.highlights')} items={commentary.highlights} />
            <Stack gap={4}>
              <Text size="xs" fw={600} c="dimmed">
                {t('tab.decreases')}
              </Text>
              {commentary.decreases.length === 0 ? (
                <Text size="sm" c="dimmed">
                  —
                </Text>
              ) : (
                commentary.decreases.map((decrease) => (
                  <Stack key={decrease.id} gap={0}>
                    <Text size="sm" fw={500}>
                      {metricLabel(
                        metricOfDecrease(decrease.metric, definitions) ?? {
                          key: decrease.metric,
                          label: decrease.metric,
                        },
                      )}
                    </Text>
                    <Text size="sm" c="dimmed" lang={data.client.language}>
                      {[decrease.cause, decrease.fix].filter((s) => s.trim() !== '').join(' → ') || '—'}
                    </Text>
                  </Stack>
                ))
              )}
            </Stack>
            <Block title={t('tab.nextSteps')} items={commentary.nextSteps} />
          </SimpleGrid>
        </Stack>
      )}
    </Section>
  )
}

function Block({ title, items }: { title: string; items: readonly string[] }) {
  return (
    <Stack gap={4}>
      <Group>
        <Text size="xs" fw={600} c="dimmed">
          {title}
        </Text>
      </Group>
      {items.length === 0 ? (
        <Text size="sm" c="dimmed">
          —
        </Text>
      ) : (
        <List size="sm" spacing={2}>
          {items.map((item, index) => (
            <List.Item key={index}>{item}</List.Item>
          ))}
        </List>
      )}
    </Stack>
  )
}
