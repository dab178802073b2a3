/** The app's providers and routes. */
import { MantineProvider } from '@mantine/core'
import { Notifications } from '@mantine/notifications'
import { I18nextProvider } from 'react-i18next'
import { Navigate, Route, Routes } from 'react-router'
import { theme } from './theme'
import { i18n } from './lib/i18n'
import { useAppStore } from './store'
import { AppLayout } from './components/AppLayout'
import { TodayScreen } from './screens/TodayScreen'
import { ClientsScreen } from './screens/ClientsScreen'
import { ClientScreen } from './screens/ClientScreen'
import { CampaignsScreen } from './screens/CampaignsScreen'
import { CampaignScreen } from './features/campaigns/CampaignScreen'
import { MeetingsScreen } from './screens/MeetingsScreen'
import { MeetingScreen } from './features/meetings/MeetingScreen'
import { PrepareMeetingScreen } from './features/meetings/PrepareMeetingScreen'
import { ReportsScreen } from './screens/ReportsScreen'
import { SettingsScreen } from './screens/SettingsScreen'
import { TeamScreen } from './features/team/TeamScreen'
import { TasksScreen } from './features/tasks/TasksScreen'
import { InboxScreen } from './features/communications/InboxScreen'
import { MailScreen } from './features/outbox/MailScreen'
import { WeeklyScreen } from './features/weekly/WeeklyScreen'
import { PresenterScreen } from './features/weekly/PresenterScreen'
import { SummariesScreen } from './features/weekly/SummariesScreen'
import { CommentaryScreen } from './features/results/CommentaryScreen'
import { GatedHashRouter } from './features/backups/StartupGate'

/** The whole renderer. */
export function App() {
  const themePreference = useAppStore((state) => state.theme)
  return (
    <I18nextProvider i18n={i18n}>
      <MantineProvider
        theme={theme}
        defaultColorScheme="auto"
        {...(themePreference === 'system' ? {} : { forceColorScheme: themePreference })}
      >
        <Notifications position="bottom-right" limit={3} />
        {/* The router, once the database is open (backed up before upgrades) and not wiped. */}
        <GatedHashRouter>
          <Routes>
            <Route element={<AppLayout />}>
              <Route index element={<Navigate to="/today" replace />} />
              <Route path="today" element={<TodayScreen />} />
              <Route path="clients" element={<ClientsScreen />} />
              <Route path="clients/:clientId/:tab?" element={<ClientScreen />} />
              <Route path="clients/:clientId/commentary/:periodKind/:period" element={<CommentaryScreen />} />
              <Route path="campaigns" element={<CampaignsScreen />} />
              <Route path="campaigns/:campaignId" element={<CampaignScreen />} />
              <Route path="meetings" element={<MeetingsScreen />} />
              <Route path="meetings/prepare/:touchpointId" element={<PrepareMeetingScreen />} />
              <Route path="meetings/:meetingId" element={<MeetingScreen />} />
              <Route path="team" element={<TeamScreen />} />
              <Route path="reports" element={<ReportsScreen />} />
              <Route path="settings" element={<SettingsScreen />} />
              <Route path="tasks" element={<TasksScreen />} />
              <Route path="inbox" element={<InboxScreen />} />
              <Route path="mail/:touchpointId" element={<MailScreen />} />
              <Route path="weekly" element={<WeeklyScreen />} />
              <Route path="weekly/:meetingId/summaries" element={<SummariesScreen />} />
              <Route path="*" element={<Navigate to="/today" replace />} />
            </Route>
            {/* Presenter mode fills the window, without the sidebar. */}
            <Route path="weekly/:meetingId/present" element={<PresenterScreen />} />
          </Routes>
        </GatedHashRouter>
      </MantineProvider>
    </I18nextProvider>
  )
}
