/** The app shell: the sidebar navigation, the screen, and the dialogs any screen can open. */
import { useEffect } from 'react'
import { AppShell, Box, Group, NavLink, Stack, Text, ThemeIcon } from '@mantine/core'
import {
  IconCalendarCheck,
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
import { clientsRepository, settingsRepository } from '../../db/repositories'
import { cadence } from '../lib/bridge'
import { useAppStore } from '../store'
import { ClientFormModal } from './ClientFormModal'
import { WorkNav } from '../features/tasks/WorkNav'
import { QuickLog } from '../features/communications/QuickLog'

const NAV_ITEMS: { route: Route; icon: Icon }[] = [
  { route: 'today', icon: IconCalendarCheck },
  { route: 'clients', icon: IconUsers },
  { route: 'campaigns', icon: IconTargetArrow },
  { route: 'meetings', icon: IconMessages },
  { route: 'team', icon: IconUsersGroup },
  { route: 'reports', icon: IconFileAnalytics },
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

  const isActive = (route: Route) =>
    location.pathname === `/${route}` || location.pathname.startsWith(`/${route}/`)
  const link = (route: Route, icon: Icon, count?: number) => {
    const ItemIcon = icon
    return (
      <NavLink
        key={route}
        component={RouterLink}
        to={`/${route}`}
        label={t(route === 'team' ? 'planning:nav.team' : `nav.${route}`)}
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
          {NAV_ITEMS.map(({ route, icon }) =>
            link(route, icon, route === 'clients' ? clientCount : undefined),
          )}
          <WorkNav />
        </Stack>
        <Box mt="auto">{link('settings', IconSettings)}</Box>
      </AppShell.Navbar>
      <AppShell.Main style={{ height: '100vh', display: 'flex', flexDirection: 'column' }}>
        <Outlet />
      </AppShell.Main>
      <ClientFormModal />
      <QuickLog />
    </AppShell>
  )
}
