/** Settings: appearance and language, the agency, the demo agency, and facts about the app. */
import { useEffect, useState } from 'react'
import {
  Button,
  Group,
  Progress,
  SegmentedControl,
  Select,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useLiveQuery } from 'dexie-react-hooks'
import { useTranslation } from 'react-i18next'
import type { AppInfo } from '@shared/ipc'
import { settingsRepository } from '../../db/repositories'
import { ValidationError } from '../../db/errors'
import { Page } from '../components/Page'
import { Section } from '../components/Section'
import { useAppStore } from '../store'
import { languageOptions } from '../lib/options'
import { useLoadDemo } from '../lib/useLoadDemo'
import { cadence } from '../lib/bridge'
import { BackupSettings } from '../features/backups/BackupSettings'
import { ReportsFolderSettings } from '../features/reports/ReportsFolderSettings'

/** The Settings screen. */
export function SettingsScreen() {
  const { t } = useTranslation()
  const language = useAppStore((state) => state.language)
  const setLanguage = useAppStore((state) => state.setLanguage)
  const theme = useAppStore((state) => state.theme)
  const setTheme = useAppStore((state) => state.setTheme)
  const { loadDemo, loading, loadingSize, progress } = useLoadDemo()
  const settings = useLiveQuery(() => settingsRepository.get(), [])
  const [agencyName, setAgencyName] = useState<string | null>(null)
  const [info, setInfo] = useState<AppInfo | null>(null)

  useEffect(() => {
    void cadence.getAppInfo().then((result) => result.ok && setInfo(result.data))
  }, [])

  const saveAgency = async () => {
    if (agencyName === null) return
    try {
      await settingsRepository.update({ agencyName })
      setAgencyName(null)
      notifications.show({ color: 'teal', message: t('settings.agencySaved') })
    } catch (error) {
      const message = error instanceof ValidationError ? error.message : String(error)
      notifications.show({ color: 'red', message: t('errors.unexpected', { message }) })
    }
  }

  return (
    <Page title={t('settings.title')} testId="settings-screen">
      <Stack gap="md" p="lg" maw={720}>
        <Section title={t('settings.appearance')}>
          <Stack gap="sm">
            <Select
              label={t('settings.language')}
              data={languageOptions(language)}
              value={language}
              onChange={(value) => value && setLanguage(value)}
              allowDeselect={false}
              w={260}
              data-testid="settings-language"
            />
            <Stack gap={4}>
              <Text size="xs" fw={500}>
                {t('settings.theme')}
              </Text>
              <SegmentedControl
                w={260}
                value={theme}
                onChange={(value) => setTheme(value)}
                data={(['system', 'light', 'dark'] as const).map((value) => ({
                  value,
                  label: t(`settings.themes.${value}`),
                }))}
                data-testid="settings-theme"
              />
            </Stack>
          </Stack>
        </Section>
        <Section title={t('settings.agency')}>
          <Group align="flex-end" gap="xs">
            <TextInput
              label={t('settings.agencyName')}
              value={agencyName ?? settings?.agencyName ?? ''}
              onChange={(event) => setAgencyName(event.currentTarget.value)}
              w={320}
              data-testid="settings-agency-name"
            />
            <Button
              onClick={() => void saveAgency()}
              disabled={agencyName === null}
              data-testid="settings-agency-save"
            >
              {t('common.save')}
            </Button>
          </Group>
        </Section>
        {settings ? (
          <OnboardingTemplateEditor key={settings.updatedAt} template={settings.onboardingTemplate} />
        ) : null}
        <BackupSettings betweenSections={<ReportsFolderSettings />} />
        <Section title={t('settings.demo')}>
          <Stack gap="sm" align="flex-start">
            <Text size="sm" c="dimmed">
              {t('settings.demoBody')}
            </Text>
            <Group gap="xs">
              <Button
                variant="default"
                loading={loadingSize === 'small'}
                disabled={loading && loadingSize !== 'small'}
                onClick={() => {
                  if (window.confirm(t('settings.demoConfirm'))) void loadDemo()
                }}
                data-testid="settings-load-demo"
              >
                {t('firstRun.loadDemo')}
              </Button>
              <Button
                variant="subtle"
                loading={loadingSize === 'large'}
                disabled={loading && loadingSize !== 'large'}
                onClick={() => {
                  if (window.confirm(t('settings.demoLargeConfirm'))) void loadDemo('large')
                }}
                data-testid="settings-load-large-demo"
              >
                {t('settings.demoLoadLarge')}
              </Button>
            </Group>
            {progress ? (
              <Stack gap={4} w={320} data-testid="demo-progress">
                <Text size="xs" c="dimmed">
                  {progress.phase === 'generating'
                    ? t('demo.generating')
                    : t('demo.writing', { percent: Math.round(progress.share * 100) })}
                </Text>
                <Progress
                  size="sm"
                  value={progress.phase === 'writing' ? progress.share * 100 : 0}
                  animated={progress.phase === 'generating'}
                  striped={progress.phase === 'generating'}
                />
              </Stack>
            ) : null}
          </Stack>
        </Section>
        <Section title={t('settings.about')}>
          <Stack gap={4}>
            <Text size="sm">
              {t('appName')} · {info ? t('settings.version', { version: info.version }) : '…'}
            </Text>
            {info ? (
              <Text size="xs" c="dimmed">
                {t('settings.dataFolder')}: {info.dataFolder}
              </Text>
            ) : null}
          </Stack>
        </Section>
      </Stack>
    </Page>
  )
}

/** The agency's onboarding checklist template: one item per line. */
function OnboardingTemplateEditor({ template }: { template: string[] }) {
  const { t } = useTranslation()
  const [text, setText] = useState(template.join('\n'))
  const [error, setError] = useState<string | null>(null)
  const items = text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
  const save = async () => {
    if (items.length === 0) return setError(t('settings.templateEmpty'))
    await settingsRepository.update({ onboardingTemplate: items })
    notifications.show({ color: 'teal', message: t('settings.templateSaved') })
  }
  return (
    <Section title={t('settings.onboardingTemplate')}>
      <Stack gap="sm" align="flex-start">
        <Textarea
          w="100%"
          description={t('settings.onboardingTemplateHelp')}
          value={text}
          onChange={(event) => {
            setText(event.currentTarget.value)
            setError(null)
          }}
          error={error}
          autosize
          minRows={4}
          data-testid="settings-onboarding-template"
        />
        <Button
          onClick={() => void save()}
          disabled={items.join('\n') === template.join('\n')}
          data-testid="settings-onboarding-save"
        >
          {t('common.save')}
        </Button>
      </Stack>
    </Section>
  )
}
