/** The app shell: the sidebar navigation, the screen, and the dialogs any screen can open. */
import { useEffect } from 'react'
import { AppShell, Box, Group, NavLink, Stack, Text, ThemeIcon } from '@mantine/core'
import {
  IconCalendarCheck,
  IconCalendarWeek,
  IconChecklist,
  IconInbox,
  IconFileAnalytics,
  IconMessages,
  IconSettings,
  IconTargetArrow,
  IconUsers,
  IconUsersGroup,
  type Icon,
} from '@tabler/icons-react'
import { useLiveQuery } from 'dexie-react-hooks'
import { useTranslation } from 'react-i18next'
import { NavLink as RouterLink, Outlet, useLocation, useNavigate } from 'react-router'
import type { Route } from '@shared/ipc'
import { clientsRepository, communicationsRepository, settingsRepository } from '../../db/repositories'
import { cadence } from '../lib/bridge'
import { useAppStore } from '../store'
import { ClientFormModal } from './ClientFormModal'
import { StorageAlert } from './StorageAlert'
import { QuickLog } from '../features/communications/QuickLog'

/** Screens of the sidebar: the menu's routes, and screens the menu does not list. */
type NavRoute = Route | 'weekly'

/** Sidebar entries; features name their own label in their i18n namespace. */
const NAV_ITEMS: { route: NavRoute; icon: Icon; label: string }[] = [
  { route: 'today', icon: IconCalendarCheck, label: 'nav.today' },
  { route: 'inbox', icon: IconInbox, label: 'work:nav.inbox' },
  { route: 'tasks', icon: IconChecklist, label: 'work:nav.tasks' },
  { route: 'weekly', icon: IconCalendarWeek, label: 'weekly:nav.weekly' },
  { route: 'clients', icon: IconUsers, label: 'nav.clients' },
  { route: 'campaigns', icon: IconTargetArrow, label: 'nav.campaigns' },
  { route: 'meetings', icon: IconMessages, label: 'nav.meetings' },
  { route: 'team', icon: IconUsersGroup, label: 'planning:nav.team' },
  { route: 'reports', icon: IconFileAnalytics, label: 'nav.reports' },
]

/** The frame around every screen. */
export function AppLayout() {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const location = useLocation()
  const language = useAppStore((state) => state.language)
  const openClientForm = useAppStore((state) => state.openClientForm)
  const settings = useLiveQuery(() => settingsRepository.get(), [])
  const clientCount = useLiveQuery(async () => (await clientsRepository.listSorted()).length, [])
  const waitingCount = useLiveQuery(
    async () => (await communicationsRepository.listAwaitingReply()).length,
    [],
  )
  const counts: Partial<Record<NavRoute, number>> = { clients: clientCount, inbox: waitingCount }

  useEffect(() => {
    const offNavigate = cadence.on('menu:navigate', ({ route }) => void navigate(`/${route}`))
    const offNewClient = cadence.on('menu:new-client', () => openClientForm(null))
    return () => {
      offNavigate()
      offNewClient()
    }
  }, [navigate, openClientForm])

  useEffect(() => {
    document.documentElement.lang = language
    void cadence.setLanguage({ language })
  }, [language])

  const isActive = (route: NavRoute) =>
    location.pathname === `/${route}` || location.pathname.startsWith(`/${route}/`)
  const link = (route: NavRoute, icon: Icon, label: string, count?: number) => {
    const ItemIcon = icon
    return (
      <NavLink
        key={route}
        component={RouterLink}
        to={`/${route}`}
        label={t(label)}
        leftSection={<ItemIcon size={16} stroke={1.6} />}
        rightSection={
          count ? (
            <Text size="xs" c="dimmed" className="tabular">
              {count}
            </Text>
          ) : null
        }
        active={isActive(route)}
        data-testid={`nav-${route}`}
        styles={{ root: { borderRadius: 6, height: 32 }, label: { fontSize: 13, fontWeight: 500 } }}
      />
    )
  }

  return (
    <AppShell navbar={{ width: 224, breakpoint: 0 }} padding={0}>
      <AppShell.Navbar p="xs" style={{ background: 'var(--mantine-color-default-hover)' }}>
        <Group gap={8} px={6} py={8} mb={6} wrap="nowrap">
          <ThemeIcon size={24} radius={6} color={settings?.primaryColor ?? 'indigo'} variant="filled">
            <Text fw={700} size="xs" c="white">
              {(settings?.agencyName || t('appName')).slice(0, 1).toUpperCase()}
            </Text>
          </ThemeIcon>
          <Box style={{ minWidth: 0 }}>
            <Text size="sm" fw={600} truncate data-testid="agency-name">
              {settings?.agencyName || t('appName')}
            </Text>
          </Box>
        </Group>
        <Stack gap={2} component="nav" aria-label={t('nav.main')}>
          {NAV_ITEMS.map(({ route, icon, label }) => link(route, icon, label, counts[route]))}
        </Stack>
        <Box mt="auto">{link('settings', IconSettings, 'nav.settings')}</Box>
      </AppShell.Navbar>
      <AppShell.Main style={{ height: '100vh', display: 'flex', flexDirection: 'column' }}>
        <StorageAlert />
        <Outlet />
      </AppShell.Main>
      <ClientFormModal />
      <QuickLog />
    </AppShell>
  )
}
