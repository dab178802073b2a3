/**
 * A campaign's schedule on a horizontal month strip: the months it spans, the campaign's run as a
 * bar, each milestone agreed with the client as a marker (done ones filled), and today. Geometry
 * comes from d3-scale, as the reports' charts do.
 */
import { Box, Text } from '@mantine/core'
import { useElementSize } from '@mantine/hooks'
import { scaleUtc } from 'd3-scale'
import { useTranslation } from 'react-i18next'
import { INTL_LOCALE, formatDate } from '@shared/format'
import type { Campaign } from '@shared/schemas'
import { useLanguage } from '../../lib/useLanguage'
import { todayIso } from '../../lib/today'
import { cachedDateTimeFormat } from '@shared/intl'

const utc = (date: string) => new Date(`${date}T00:00:00Z`)
const HEIGHT = 112
const BAR_Y = 30
const MARK_Y = 64
/** Room at both ends so markers on the first and last day are not cut. */
const PAD = 10

/** The strip, or a hint when the campaign has no dates yet. */
export function ScheduleStrip({ campaign }: { campaign: Campaign }) {
  const { t } = useTranslation('campaigns')
  const language = useLanguage()
  const { ref, width } = useElementSize()
  const today = todayIso()
  const dates = [campaign.startDate, campaign.endDate, ...campaign.milestones.map((m) => m.date)].filter(
    (date): date is string => Boolean(date),
  )
  if (dates.length === 0)
    return (
      <Text size="sm" c="dimmed" data-testid="schedule-strip-empty">
        {t('detail.noSchedule')}
      </Text>
    )

  const sorted = [...dates].sort()
  const first = utc(sorted[0] ?? today)
  const last = utc(sorted[sorted.length - 1] ?? today)
  const from = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), 1))
  const to = new Date(Date.UTC(last.getUTCFullYear(), last.getUTCMonth() + 1, 1))
  const x = scaleUtc()
    .domain([from, to])
    .range([PAD, Math.max(width - PAD, PAD + 1)])
  const months: Date[] = []
  for (
    let month = from;
    month < to;
    month = new Date(Date.UTC(month.getUTCFullYear(), month.getUTCMonth() + 1, 1))
  )
    months.push(month)
  const monthName = cachedDateTimeFormat(INTL_LOCALE[language], { month: 'short', timeZone: 'UTC' })
  const yearName = cachedDateTimeFormat(INTL_LOCALE[language], { year: 'numeric', timeZone: 'UTC' })
  const todayX = x(utc(today))
  const milestones = [...campaign.milestones].sort((a, b) => a.date.localeCompare(b.date))

  return (
    <Box ref={ref} data-testid="schedule-strip" style={{ width: '100%' }}>
      {width > 0 ? (
        <svg
          width={width}
          height={HEIGHT}
          role="img"
          aria-label={t('detail.schedule')}
          style={{ display: 'block' }}
        >
          {months.map((month, index) => {
            const left = x(month)
            const right = x(new Date(Date.UTC(month.getUTCFullYear(), month.getUTCMonth() + 1, 1)))
            return (
              <g key={month.toISOString()}>
                <rect
                  x={left}
                  y={0}
                  width={right - left}
                  height={HEIGHT}
                  fill={index % 2 ? 'var(--mantine-color-default-hover)' : 'transparent'}
                />
                <line x1={left} x2={left} y1={0} y2={HEIGHT} stroke="var(--mantine-color-default-border)" />
                <text x={left + 6} y={14} fontSize={11} fill="var(--mantine-color-dimmed)">
                  {monthName.format(month)}
                  {index === 0 || month.getUTCMonth() === 0 ? ` ${yearName.format(month)}` : ''}
                </text>
              </g>
            )
          })}
          {campaign.startDate && campaign.endDate ? (
            <rect
              data-testid="schedule-bar"
              x={x(utc(campaign.startDate))}
              y={BAR_Y}
              width={Math.max(
                2,
                x(utc(campaign.endDate)) -
                  x(utc(campaign.startDate)) +
                  x(utc('1970-01-02')) -
                  x(utc('1970-01-01')),
              )}
              height={12}
              rx={4}
              fill="var(--mantine-primary-color-filled)"
              opacity={0.8}
            >
              <title>
                {formatDate(campaign.startDate, language)} – {formatDate(campaign.endDate, language)}
              </title>
            </rect>
          ) : null}
          {todayX >= 0 && todayX <= width ? (
            <g>
              <line
                x1={todayX}
                x2={todayX}
                y1={20}
                y2={HEIGHT}
                stroke="var(--mantine-color-red-6)"
                strokeDasharray="3 3"
              />
              <text x={todayX + 3} y={HEIGHT - 4} fontSize={10} fill="var(--mantine-color-red-6)">
                {t('detail.today')}
              </text>
            </g>
          ) : null}
          {milestones.map((milestone, index) => {
            const cx = x(utc(milestone.date))
            const label = milestone.label || t(`milestones.${milestone.kind}`)
            const y = MARK_Y + (index % 2) * 20
            const anchor = cx > width - 80 ? 'end' : cx < 40 ? 'start' : 'middle'
            return (
              <g key={milestone.id} data-testid="schedule-milestone">
                <line
                  x1={cx}
                  x2={cx}
                  y1={BAR_Y + 12}
                  y2={y - 5}
                  stroke="var(--mantine-color-default-border)"
                />
                <rect
                  x={cx - 4}
                  y={y - 4}
                  width={8}
                  height={8}
                  transform={`rotate(45 ${cx} ${y})`}
                  fill={milestone.doneAt ? 'var(--mantine-color-teal-6)' : 'var(--mantine-color-body)'}
                  stroke="var(--mantine-color-teal-6)"
                  strokeWidth={1.5}
                />
                <text
                  x={cx + (anchor === 'start' ? 7 : anchor === 'end' ? -7 : 0)}
                  y={y + 16}
                  fontSize={10}
                  textAnchor={anchor}
                  fill="var(--mantine-color-text)"
                >
                  {label}
                </text>
                <title>
                  {label} · {formatDate(milestone.date, language)}
                </title>
              </g>
            )
          })}
        </svg>
      ) : null}
    </Box>
  )
}
