/**
 * Everything Today lists, live from the database and cut to the chosen scope (Mine or
 * Everyone): touchpoints, tasks, messages waiting for a reply, briefs waiting for answers and
 * budgets past 80 %. Items of archived or deleted clients are not work any more and are left out.
 */
import { useEffect, useMemo } from 'react'
import { useLiveQuery } from 'dexie-react-hooks'
import { addDays, format, parseISO } from 'date-fns'
import {
  budgetAlarms,
  dueGroup,
  inScope,
  isReportTouchpoint,
  orderTouchpoints,
  splitDueTasks,
  waitingBriefs,
  type BudgetAlarm,
  type TodayScope,
  type WaitingBrief,
} from '@shared/today'
import type { Client, Communication, Task, TeamMember, Touchpoint } from '@shared/schemas'
import {
  briefsRepository,
  budgetMonthsRepository,
  clientsRepository,
  communicationsRepository,
  tasksRepository,
  teamMembersRepository,
  touchpointsRepository,
} from '../../../db/repositories'
import { byUrgency, type SlaContext } from '../communications/useSla'
import type { TodayEntry } from './today-entry'

/** Days back and ahead of today that opening Today generates. */
const SYNC_DAYS_BACK = 35
const SYNC_DAYS_AHEAD = 14
/** How far ahead Today lists upcoming touchpoints (the rest of the week). */
export const LIST_DAYS_AHEAD = 6

/** Today's lists, in the order the screen shows (and the keyboard walks) them. */
export type TodayLists = {
  /** Clients in the database, archived ones included: none means a first run. */
  clientCount: number
  /** Clients whose work is listed: not archived. */
  clients: ReadonlyMap<string, Client>
  members: TeamMember[]
  /** The team member "Mine" is about, or null when nobody is chosen (or they left). */
  me: TeamMember | null
  waiting: Communication[]
  rhythm: { overdue: Touchpoint[]; today: Touchpoint[]; coming: Touchpoint[] }
  tasks: { overdue: Task[]; dueToday: Task[] }
  reports: Touchpoint[]
  briefs: WaitingBrief[]
  budgets: BudgetAlarm[]
  /**
   * Every listed item in reading order: the left column (the clients' side: waiting messages,
   * rhythm, reports, briefs), then the right (the team's side: tasks, budgets); the rest of the
   * week only while it is unfolded.
   */
  entries: TodayEntry[]
}

/** Regenerates the rhythm around today whenever the day changes; stored statuses survive. */
function useRhythmSync(today: string, enabled: boolean): void {
  useEffect(() => {
    if (enabled) void touchpointsRepository.syncAround(today, SYNC_DAYS_BACK, SYNC_DAYS_AHEAD)
  }, [today, enabled])
}

/** Today's lists for the scope, or undefined while loading. */
export function useTodayData(
  today: string,
  scope: TodayScope,
  memberId: string | null,
  sla: SlaContext | undefined,
  now: string,
  showComing: boolean,
): TodayLists | undefined {
  const listUntil = format(addDays(parseISO(today), LIST_DAYS_AHEAD), 'yyyy-MM-dd')
  const raw = useLiveQuery(async () => {
    const [clients, team, tasks, awaiting, touchpoints, briefs, budgets] = await Promise.all([
      clientsRepository.list(),
      teamMembersRepository.listSorted(),
      tasksRepository.listOpenDueBy(today),
      communicationsRepository.listAwaitingReply(),
      touchpointsRepository.listDueBy(listUntil),
      briefsRepository.listUnapprovedWithCampaigns(),
      budgetMonthsRepository.listForMonth(today.slice(0, 7)),
    ])
    return { clients, team, tasks, awaiting, touchpoints, briefs, budgets }
  }, [today, listUntil])
  useRhythmSync(today, Boolean(raw && raw.clients.length > 0))

  return useMemo(() => {
    if (!raw) return undefined
    const clients = new Map(
      raw.clients.filter((client) => client.archivedAt === null).map((client) => [client.id, client]),
    )
    const owners = new Map([...clients.values()].map((client) => [client.id, client.ownerId]))
    const members = raw.team.filter((member) => member.active)
    const me = members.find((member) => member.id === memberId) ?? null
    const live = (clientId: string | null) => clientId === null || clients.has(clientId)
    const scoped = <T>(
      items: readonly T[],
      ownable: (item: T) => { clientId: string | null; assigneeIds?: readonly (string | null)[] },
    ) =>
      inScope(
        items.filter((item) => live(ownable(item).clientId)),
        scope,
        me?.id ?? null,
        owners,
        ownable,
      )
    const name = (clientId: string | null) => (clientId ? (clients.get(clientId)?.name ?? '') : '')

    const touchpoints = orderTouchpoints(
      scoped(raw.touchpoints, (touchpoint) => ({ clientId: touchpoint.clientId })),
      name,
    )
    const rhythmRows = touchpoints.filter((touchpoint) => !isReportTouchpoint(touchpoint))
    const rhythm = {
      overdue: rhythmRows.filter((row) => dueGroup(row.dueDate, today) === 'overdue'),
      today: rhythmRows.filter((row) => dueGroup(row.dueDate, today) === 'today'),
      coming: rhythmRows.filter((row) => dueGroup(row.dueDate, today) === 'coming'),
    }
    const reports = touchpoints.filter(isReportTouchpoint)
    const tasks = splitDueTasks(
      scoped(raw.tasks, (task) => ({ clientId: task.clientId, assigneeIds: task.assigneeIds })),
      today,
    )
    const awaiting = scoped(raw.awaiting, (item) => ({
      clientId: item.clientId,
      assigneeIds: [item.handlerId],
    }))
    const waiting = byUrgency(awaiting.map((item) => ({ item, status: sla?.statusOf(item, now) ?? null })))
    const open = scoped(raw.briefs, ({ brief, campaign }) => ({
      clientId: brief.clientId,
      assigneeIds: [campaign.ownerId],
    }))
    const briefs = waitingBriefs(
      open.map((row) => row.brief),
      new Map(open.map((row) => [row.campaign.id, row.campaign])),
    )
    const budgets = budgetAlarms(
      scoped(raw.budgets, (budget) => ({ clientId: budget.clientId })),
      today,
    )

    const entries: TodayEntry[] = [
      ...waiting.map((communication) => ({ type: 'communication' as const, communication })),
      ...[...rhythm.overdue, ...rhythm.today, ...(showComing ? rhythm.coming : [])].map((touchpoint) => ({
        type: 'touchpoint' as const,
        touchpoint,
      })),
      ...reports.map((touchpoint) => ({ type: 'touchpoint' as const, touchpoint })),
      ...briefs.map(({ brief, campaign }) => ({ type: 'brief' as const, brief, campaign })),
      ...[...tasks.overdue, ...tasks.dueToday].map((task) => ({ type: 'task' as const, task })),
      ...budgets.map(({ budget }) => ({ type: 'budget' as const, budget })),
    ]
    return {
      clientCount: raw.clients.length,
      clients,
      members,
      me,
      waiting,
      rhythm,
      tasks,
      reports,
      briefs,
      budgets,
      entries,
    }
  }, [raw, scope, memberId, today, sla, now, showComing])
}
