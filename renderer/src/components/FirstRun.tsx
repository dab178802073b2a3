/** The first-run welcome: an empty database offers the first client or the demo agency. */
import { Button, Center, Group, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core'
import { IconSparkles } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { useAppStore } from '../store'
import { useLoadDemo } from '../lib/useLoadDemo'

/** Shown instead of empty lists until the PM has a client. */
export function FirstRun() {
  const { t } = useTranslation()
  const openClientForm = useAppStore((state) => state.openClientForm)
  const { loadDemo, loading } = useLoadDemo()
  return (
    <Center h="100%" p="xl" data-testid="first-run">
      <Paper withBorder p="xl" radius="md" maw={480}>
        <Stack gap="md">
          <ThemeIcon size={40} radius="md" variant="light">
            <IconSparkles size={22} />
          </ThemeIcon>
          <Title order={2} fz={20}>
            {t('firstRun.title')}
          </Title>
          <Text c="dimmed" size="sm">
            {t('firstRun.body')}
          </Text>
          <Group gap="xs">
            <Button size="sm" onClick={() => openClientForm(null)} data-testid="first-run-create-client">
              {t('firstRun.createClient')}
            </Button>
            <Button
              size="sm"
              variant="default"
              loading={loading}
              onClick={() => void loadDemo()}
              data-testid="load-demo"
            >
              {t('firstRun.loadDemo')}
            </Button>
          </Group>
        </Stack>
      </Paper>
    </Center>
  )
}
