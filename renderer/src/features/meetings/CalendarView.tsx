/**
 * The Meetings calendar: a month grid or one week, with today highlighted, meetings and the
 * rhythm's touchpoints on their days. Prev / Today / Next move by the view's step (← and → do
 * the same from anywhere on the screen); a day's number opens its week.
 */
import { useEffect, useRef } from 'react'
import { ActionIcon, Box, Button, Group, Loader, SegmentedControl, Text, Tooltip } from '@mantine/core'
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { INTL_LOCALE } from '@shared/format'
import { parseDay, isoWeekday } from '@shared/cadence/days'
import { useLanguage } from '../../lib/useLanguage'
import { calendarRange, shiftAnchor, type CalendarMode } from './calendar-range'
import { DayList, MonthDayItems } from './CalendarItems'
import { useCalendarData, type CalendarDay } from './useCalendarData'
import './meetings.css'
import { cachedDateTimeFormat } from '@shared/intl'

const EMPTY_DAY: CalendarDay = { meetings: [], touchpoints: [] }
/** Monday 2024-01-01 … Sunday 2024-01-07, for weekday names. */
const A_WEEK = [
  '2024-01-01',
  '2024-01-02',
  '2024-01-03',
  '2024-01-04',
  '2024-01-05',
  '2024-01-06',
  '2024-01-07',
]

const utc = (date: string) => new Date(`${date}T00:00:00Z`)

/** Whether a key event belongs to something that uses arrows itself (inputs, menus, dialogs). */
function arrowsTaken(event: KeyboardEvent): boolean {
  if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey || event.defaultPrevented) return true
  const target = event.target
  if (!(target instanceof HTMLElement)) return false
  return Boolean(
    target.closest(
      'input, textarea, select, [contenteditable="true"], [role="dialog"], [role="listbox"], [role="menu"], [role="radiogroup"], [role="tablist"]',
    ),
  )
}

/** The calendar with its toolbar. */
export function CalendarView({
  mode,
  anchor,
  today,
  onNavigate,
}: {
  mode: CalendarMode
  anchor: string
  today: string
  onNavigate: (mode: CalendarMode, anchor: string) => void
}) {
  const { t } = useTranslation('meetings')
  const language = useLanguage()
  const locale = INTL_LOCALE[language]
  const range = calendarRange(mode, anchor)
  const data = useCalendarData(range.from, range.to, today)
  const root = useRef<HTMLDivElement>(null)

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') || arrowsTaken(event)) return
      event.preventDefault()
      onNavigate(mode, shiftAnchor(mode, anchor, event.key === 'ArrowLeft' ? -1 : 1))
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [mode, anchor, onNavigate])

  const monthTitle = cachedDateTimeFormat(locale, {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(utc(`${range.month}-01`))
  const weekTitle = cachedDateTimeFormat(locale, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).formatRange(utc(range.from), utc(range.to))
  const weekday = cachedDateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' })
  const dayNumber = (date: string) => String(Number(date.slice(8)))

  return (
    <Box
      ref={root}
      tabIndex={-1}
      style={{ display: 'flex', flexDirection: 'column', height: '100%', minHeight: 0, outline: 'none' }}
      data-testid="calendar"
    >
      <Group justify="space-between" px="lg" py={8} wrap="nowrap">
        <Group gap={6} wrap="nowrap">
          <Tooltip label={t('calendar.previous')}>
            <ActionIcon
              variant="default"
              size="md"
              onClick={() => onNavigate(mode, shiftAnchor(mode, anchor, -1))}
              aria-label={t('calendar.previous')}
              data-testid="calendar-prev"
            >
              <IconChevronLeft size={16} />
            </ActionIcon>
          </Tooltip>
          <Button variant="default" onClick={() => onNavigate(mode, today)} data-testid="calendar-today">
            {t('calendar.today')}
          </Button>
          <Tooltip label={t('calendar.next')}>
            <ActionIcon
              variant="default"
              size="md"
              onClick={() => onNavigate(mode, shiftAnchor(mode, anchor, 1))}
              aria-label={t('calendar.next')}
              data-testid="calendar-next"
            >
              <IconChevronRight size={16} />
            </ActionIcon>
          </Tooltip>
          <Text fw={600} size="md" ml={8} data-testid="calendar-title" style={{ whiteSpace: 'nowrap' }}>
            {mode === 'month' ? monthTitle : weekTitle}
          </Text>
          {data === undefined ? <Loader size={14} ml={4} /> : null}
        </Group>
        <Group gap="sm" wrap="nowrap">
          <Text size="xs" c="dimmed" visibleFrom="lg">
            {t('calendar.keys')}
          </Text>
          <SegmentedControl
            value={mode}
            onChange={(value) => {
              onNavigate(value, anchor)
              // Radio buttons take ← and → for themselves: hand them back to the calendar.
              root.current?.focus()
            }}
            data={[
              { value: 'month', label: t('calendar.month') },
              { value: 'week', label: t('calendar.week') },
            ]}
            data-testid="calendar-mode"
          />
        </Group>
      </Group>
      <div className="cal-grid" style={{ flex: 'none' }}>
        {(mode === 'month' ? A_WEEK : (range.weeks[0] ?? A_WEEK)).map((date) => (
          <div key={date} className="cal-weekday" data-today={date === today || undefined}>
            {mode === 'month' ? (
              weekday.format(utc(date))
            ) : (
              <Text span size="xs" fw={date === today ? 700 : 500} c={date === today ? 'indigo' : 'dimmed'}>
                {weekday.format(utc(date))} {dayNumber(date)}
              </Text>
            )}
          </div>
        ))}
      </div>
      <div
        className="cal-grid"
        style={{
          gridTemplateRows: `repeat(${range.weeks.length}, minmax(${mode === 'month' ? 92 : 320}px, 1fr))`,
          borderTop: 'none',
        }}
        data-testid={`calendar-${mode}`}
      >
        {range.weeks.flat().map((date) => {
          const day = data?.days.get(date) ?? EMPTY_DAY
          const weekend = isoWeekday(parseDay(date) ?? 0) >= 6
          const outside = mode === 'month' && date.slice(0, 7) !== range.month
          return (
            <div
              key={date}
              className={mode === 'week' ? 'cal-cell cal-week-cell' : 'cal-cell'}
              data-today={date === today || undefined}
              data-outside={outside || undefined}
              data-weekend={weekend || undefined}
              data-date={date}
              data-testid="calendar-day"
            >
              {mode === 'month' ? (
                <>
                  <button
                    type="button"
                    className="cal-daynum"
                    onClick={() => onNavigate('week', date)}
                    aria-label={t('calendar.openWeek', { date })}
                  >
                    {dayNumber(date)}
                  </button>
                  {data ? <MonthDayItems date={date} day={day} clients={data.clients} today={today} /> : null}
                </>
              ) : data ? (
                <DayList day={day} clients={data.clients} today={today} />
              ) : null}
            </div>
          )
        })}
      </div>
    </Box>
  )
}
