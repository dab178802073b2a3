/** The sidebar entries of the work features: Tasks (my week, overdue) and the reply-clock Inbox. */
import { NavLink, Text } from '@mantine/core'
import { IconChecklist, IconInbox } from '@tabler/icons-react'
import { useLiveQuery } from 'dexie-react-hooks'
import { useTranslation } from 'react-i18next'
import { NavLink as RouterLink, useLocation } from 'react-router'
import { communicationsRepository } from '../../../db/repositories'

const ITEMS = [
  { path: 'tasks', icon: IconChecklist },
  { path: 'inbox', icon: IconInbox },
] as const

/** Two sidebar links, styled like the app's own. */
export function WorkNav() {
  const { t } = useTranslation('work')
  const location = useLocation()
  const waiting = useLiveQuery(async () => (await communicationsRepository.listAwaitingReply()).length, [])
  return ITEMS.map(({ path, icon: ItemIcon }) => (
    <NavLink
      key={path}
      component={RouterLink}
      to={`/${path}`}
      label={t(`nav.${path}`)}
      leftSection={<ItemIcon size={16} stroke={1.6} />}
      rightSection={
        path === 'inbox' && waiting ? (
          <Text size="xs" c="dimmed" className="tabular" data-testid="nav-inbox-count">
            {waiting}
          </Text>
        ) : null
      }
      active={location.pathname === `/${path}` || location.pathname.startsWith(`/${path}/`)}
      data-testid={`nav-${path}`}
      styles={{ root: { borderRadius: 6, height: 32 }, label: { fontSize: 13, fontWeight: 500 } }}
    />
  ))
}
