/** Reports: the exported PDFs by client and period (exports arrive with the reports work). */
import { Center, Stack, Text, ThemeIcon } from '@mantine/core'
import { IconFileAnalytics } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { Page } from '../components/Page'

/** The Reports screen. */
export function ReportsScreen() {
  const { t } = useTranslation()
  return (
    <Page title={t('reports.title')} testId="reports-screen">
      <ReportsEmpty />
    </Page>
  )
}

/** What Reports shows until a report has been exported. */
export function ReportsEmpty() {
  const { t } = useTranslation()
  return (
    <Center h="100%" p="xl">
      <Stack align="center" gap="xs" maw={380}>
        <ThemeIcon size={40} radius="md" variant="light" color="gray">
          <IconFileAnalytics size={22} />
        </ThemeIcon>
        <Text fw={600}>{t('reports.empty')}</Text>
        <Text size="sm" c="dimmed" ta="center">
          {t('reports.emptyBody')}
        </Text>
      </Stack>
    </Center>
  )
}
