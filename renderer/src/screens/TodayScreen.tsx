/**
 * Today: what to do now, across all clients or only mine — messages waiting for a reply, the
 * rhythm's touchpoints, tasks due, reports to verify, briefs waiting for answers and budgets
 * running out. Keyboard first: the arrows (or j/k) walk every row, Enter opens, d and s close.
 */
import { useId, useMemo, useState } from 'react'
import { Group, SimpleGrid, Stack, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { formatDate } from '@shared/format'
import { tasksRepository, touchpointsRepository } from '../../db/repositories'
import { Page } from '../components/Page'
import { FirstRun } from '../components/FirstRun'
import { useLanguage } from '../lib/useLanguage'
import { todayIso } from '../lib/today'
import { useAppStore } from '../store'
import { useNow, useSla } from '../features/communications/useSla'
import { ReportsSection, RhythmSection } from '../features/rhythm/RhythmSection'
import { TasksSection, WaitingSection } from '../features/rhythm/WorkSections'
import { BriefsSection, BudgetsSection } from '../features/rhythm/WatchSections'
import { KeyHints, ScopeControl, WhoAreYou } from '../features/rhythm/TodayToolbar'
import { TodayNavProvider } from '../features/rhythm/TodayRow'
import { entryCan, entryKey, entryRoute, type TodayEntry } from '../features/rhythm/today-entry'
import type { TodaySectionProps } from '../features/rhythm/today-context'
import { useTodayData } from '../features/rhythm/useTodayData'
import { useTodayKeyboard } from '../features/rhythm/useTodayKeyboard'

/** The Today screen. */
export function TodayScreen() {
  const { t } = useTranslation()
  const { t: tt } = useTranslation('today')
  const navigate = useNavigate()
  const language = useLanguage()
  const today = todayIso()
  const sla = useSla()
  const now = useNow()
  const scope = useAppStore((state) => state.todayScope)
  const setScope = useAppStore((state) => state.setTodayScope)
  const showComing = useAppStore((state) => state.todayShowComing)
  const setShowComing = useAppStore((state) => state.setTodayShowComing)
  const memberId = useAppStore((state) => state.weekMemberId)
  const setMember = useAppStore((state) => state.setWeekMemberId)
  const data = useTodayData(today, scope, memberId, sla, now, showComing)
  const [skipFor, setSkipFor] = useState<string | null>(null)
  const [helpOpen, setHelpOpen] = useState(false)
  const hintId = useId()

  const entries = useMemo(() => data?.entries ?? [], [data])
  const byKey = useMemo(() => new Map(entries.map((entry) => [entryKey(entry), entry])), [entries])
  const keys = useMemo(() => entries.map(entryKey), [entries])

  const open = (entry: TodayEntry) => void navigate(entryRoute(entry))
  const done = (entry: TodayEntry) => {
    const write =
      entry.type === 'touchpoint'
        ? touchpointsRepository.markDone(entry.touchpoint.id)
        : entry.type === 'task'
          ? tasksRepository.setDone(entry.task.id, true)
          : null
    write?.catch((error: unknown) =>
      notifications.show({
        color: 'red',
        message: tt('doneFailed', { message: error instanceof Error ? error.message : String(error) }),
      }),
    )
  }
  const activeRows = useTodayKeyboard(keys, {
    onOpen: (key) => {
      const entry = byKey.get(key)
      if (entry) open(entry)
    },
    onDone: (key) => {
      const entry = byKey.get(key)
      if (entry && entryCan(entry).done) done(entry)
    },
    onSkip: (key) => {
      const entry = byKey.get(key)
      if (entry?.type === 'touchpoint') setSkipFor(entry.touchpoint.id)
    },
    onHelp: () => setHelpOpen((opened) => !opened),
  })

  const nav = useMemo(() => ({ store: activeRows, hintId }), [activeRows, hintId])

  if (data && data.clientCount === 0) return <FirstRun />

  const section: TodaySectionProps | null = data
    ? { today, now, language, clients: data.clients, open, done, skipFor, setSkipFor }
    : null
  const overdue = data
    ? data.rhythm.overdue.length +
      data.tasks.overdue.length +
      data.reports.filter((row) => row.dueDate < today).length
    : 0
  const dueToday = data
    ? data.rhythm.today.length +
      data.tasks.dueToday.length +
      data.reports.filter((row) => row.dueDate === today).length
    : 0

  return (
    <Page
      title={t('today.title')}
      subtitle={formatDate(today, language)}
      testId="today-screen"
      actions={
        data && section && !(scope === 'mine' && !data.me) ? (
          <Text size="xs" c="dimmed" className="tabular" data-testid="today-summary">
            <Text span inherit c={overdue ? 'red.7' : undefined} fw={overdue ? 600 : undefined}>
              {tt('summary.overdue', { count: overdue })}
            </Text>
            {' · '}
            {tt('summary.today', { count: dueToday })}
            {' · '}
            {tt('summary.waiting', { count: data.waiting.length })}
          </Text>
        ) : null
      }
      toolbar={
        <Group justify="space-between" h={44} wrap="nowrap">
          <ScopeControl
            scope={scope}
            onScope={setScope}
            me={data?.me ?? null}
            members={data?.members ?? []}
            onMe={setMember}
          />
          <KeyHints id={hintId} opened={helpOpen} onOpened={setHelpOpen} />
        </Group>
      }
    >
      {!data || !section ? null : scope === 'mine' && !data.me ? (
        <Stack p="lg">
          <WhoAreYou members={data.members} onMe={setMember} />
        </Stack>
      ) : (
        <TodayNavProvider value={nav}>
          <SimpleGrid
            type="container"
            cols={{ base: 1, '900px': 2 }}
            spacing="md"
            p="lg"
            style={{ alignItems: 'start' }}
            data-testid="today-columns"
          >
            <Stack gap="md">
              <WaitingSection waiting={data.waiting} sla={sla} {...section} />
              <RhythmSection
                rhythm={data.rhythm}
                showComing={showComing}
                onShowComing={setShowComing}
                {...section}
              />
              <ReportsSection reports={data.reports} {...section} />
              <BriefsSection briefs={data.briefs} {...section} />
            </Stack>
            <Stack gap="md">
              <TasksSection tasks={data.tasks} members={data.members} {...section} />
              <BudgetsSection budgets={data.budgets} {...section} />
            </Stack>
          </SimpleGrid>
        </TodayNavProvider>
      )}
    </Page>
  )
}
