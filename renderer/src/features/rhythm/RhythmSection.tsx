/**
 * The rhythm on Today: touchpoints of the cadence engine that are overdue, due today or due in
 * the rest of the week, grouped so, each closable (done) or skippable with a reason; and the
 * monthly and annual reports to verify, in their own list because they are the month's most
 * careful work. Opening a row goes where its work is done (touchpoint-route.ts).
 */
import { Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { parseCoopYearKey, quarterAim } from '@shared/cadence'
import { formatMonth } from '@shared/format'
import type { Touchpoint } from '@shared/schemas'
import { dueGroup } from '@shared/today'
import { EmptyLine, Section } from '../../components/Section'
import { shortDate, type TodaySectionProps } from './today-context'
import { TouchpointActions } from './TouchpointActions'
import { TodayGroup, TodayList, TodayRow } from './TodayRow'
import { entryKey } from './today-entry'

const GROUP_COLORS = {
  overdue: 'var(--mantine-color-red-6)',
  today: 'var(--mantine-primary-color-filled)',
  coming: 'var(--mantine-color-gray-5)',
} as const

/** The touchpoints section of Today. */
export function RhythmSection({
  rhythm,
  showComing,
  onShowComing,
  ...props
}: TodaySectionProps & {
  rhythm: { overdue: Touchpoint[]; today: Touchpoint[]; coming: Touchpoint[] }
  /** Whether the rest of the week is unfolded. */
  showComing: boolean
  onShowComing: (show: boolean) => void
}) {
  const { t } = useTranslation()
  const { t: tt } = useTranslation('today')
  const count = rhythm.overdue.length + rhythm.today.length + rhythm.coming.length

  const label = (row: Touchpoint) => {
    const aim = row.kind === 'quarterly-review' ? quarterAim(row.periodKey) : null
    return aim
      ? `${t(`touchpoints.${row.kind}`)} · ${t(`touchpoints.aims.${aim}`)}`
      : t(`touchpoints.${row.kind}`)
  }
  const client = (row: Touchpoint) =>
    row.clientId ? (props.clients.get(row.clientId)?.name ?? '') : t('touchpoints.agency')
  const group = (name: keyof typeof rhythm) =>
    rhythm[name].length ? (
      <TodayGroup
        label={`${tt(`rhythm.${name}`)} · ${rhythm[name].length}`}
        color={GROUP_COLORS[name]}
        testId={`rhythm-${name}`}
        {...(name === 'coming' ? { expanded: showComing, onExpanded: onShowComing } : {})}
      >
        {rhythm[name].map((row) => (
          <TouchpointRow
            key={row.id}
            touchpoint={row}
            title={label(row)}
            subtitle={client(row)}
            grouped
            {...props}
          />
        ))}
      </TodayGroup>
    ) : null

  return (
    <Section title={`${t('touchpoints.title')} · ${count}`} testId="today-rhythm">
      {count === 0 ? (
        <EmptyLine>{t('touchpoints.nothing')}</EmptyLine>
      ) : (
        <>
          {group('overdue')}
          {group('today')}
          {group('coming')}
        </>
      )}
    </Section>
  )
}

/** The reports to verify: monthly and annual report touchpoints due in the coming days or overdue. */
export function ReportsSection({ reports, ...props }: TodaySectionProps & { reports: Touchpoint[] }) {
  const { t } = useTranslation('today')
  const title = (row: Touchpoint) => {
    if (row.kind === 'annual-report')
      return t('reports.annual', { year: parseCoopYearKey(row.periodKey) ?? row.periodKey })
    return t('reports.monthly', { month: formatMonth(row.periodKey, props.language) })
  }
  return (
    <Section title={`${t('reports.title')} · ${reports.length}`} testId="today-reports">
      {reports.length === 0 ? (
        <EmptyLine>{t('reports.nothing')}</EmptyLine>
      ) : (
        <TodayList label={t('reports.title')}>
          {reports.map((row) => (
            <TouchpointRow
              key={row.id}
              touchpoint={row}
              title={title(row)}
              subtitle={`${props.clients.get(row.clientId ?? '')?.name ?? ''} · ${t('reports.verify')}`}
              {...props}
            />
          ))}
        </TodayList>
      )}
    </Section>
  )
}

function TouchpointRow({
  touchpoint,
  title,
  subtitle,
  grouped = false,
  ...props
}: TodaySectionProps & {
  touchpoint: Touchpoint
  title: string
  subtitle: string
  /** In a group labelled "Today" a row does not repeat it. */
  grouped?: boolean
}) {
  const { t } = useTranslation()
  const entry = { type: 'touchpoint' as const, touchpoint }
  const group = dueGroup(touchpoint.dueDate, props.today)
  return (
    <TodayRow
      itemKey={entryKey(entry)}
      title={title}
      subtitle={subtitle}
      onOpen={() => props.open(entry)}
      shortcuts="Enter d s"
      testId="touchpoint"
      meta={
        <Text
          size="xs"
          className="tabular"
          c={group === 'overdue' ? 'red.7' : group === 'today' ? undefined : 'dimmed'}
          fw={group === 'today' ? 600 : undefined}
          data-testid="touchpoint-due"
          data-state={group}
        >
          {group !== 'today'
            ? shortDate(touchpoint.dueDate, props.language)
            : grouped
              ? ''
              : t('touchpoints.today')}
        </Text>
      }
      actions={
        <TouchpointActions
          touchpoint={touchpoint}
          skipOpen={props.skipFor === touchpoint.id}
          onSkipOpenChange={(open) => props.setSkipFor(open ? touchpoint.id : null)}
          onDone={() => props.done(entry)}
        />
      }
    />
  )
}
