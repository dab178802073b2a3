/**
 * The Gantt of next year's proposal: the items down the side, the months across, a bar per item
 * from its first month to its last (vector graphics; geometry from shared/charts/timeline.ts, the
 * app's timeline). A long plan continues on the next page in parts of `ROWS_PER_PART` rows, each
 * with the month header and the same axis, so a bar always reads against its months. An item
 * whose months are wrong (ending before it starts) keeps its row, with "—" instead of a bar.
 */
import { Line, Rect, Svg, Text as SvgText, Text, View } from '@react-pdf/renderer'
import { timelineGeometry, type TimelineItem } from '@shared/charts'
import type { ReviewProposalItem } from '@shared/reports/review-parts'
import { COLORS, CONTENT_WIDTH, FONT, SIZES } from '../theme'
import type { ReviewContext } from '../review/context'
import { monthAbbreviation } from '../review/format'

const LABEL_WIDTH = 158
const PLOT_WIDTH = CONTENT_WIDTH - LABEL_WIDTH
const ROW_HEIGHT = 24
const BAR_HEIGHT = 11
const HEADER_HEIGHT = 26
/** Rows drawn together; a longer plan continues in another part (on the next page when needed). */
export const ROWS_PER_PART = 16

type Row = { number: number; item: ReviewProposalItem; id: string }

function axisOf(items: readonly TimelineItem[], from: string): { from: string; to: string } {
  const whole = timelineGeometry({
    items,
    box: { width: 1, height: 1, margin: { top: 0, right: 0, bottom: 0, left: 0 } },
    from,
  })
  return { from: whole.months[0]?.month ?? from, to: whole.months.at(-1)?.month ?? from }
}

function Part({
  rows,
  axis,
  ctx,
}: {
  rows: readonly Row[]
  axis: { from: string; to: string }
  ctx: ReviewContext
}) {
  const height = rows.length * ROW_HEIGHT
  const geometry = timelineGeometry({
    items: rows.map((row) => ({ id: row.id, startMonth: row.item.startMonth, endMonth: row.item.endMonth })),
    box: { width: PLOT_WIDTH, height, margin: { top: 0, right: 0, bottom: 0, left: 0 } },
    from: axis.from,
    to: axis.to,
  })
  const axisText = { fontFamily: FONT, fontSize: 6.5 }
  const yearStarts = geometry.months.filter((m, i) => i === 0 || m.month.endsWith('-01'))
  return (
    <View wrap={false} style={{ marginBottom: 10 }}>
      <View style={{ flexDirection: 'row' }}>
        <View style={{ width: LABEL_WIDTH, justifyContent: 'flex-end', paddingBottom: 3 }}>
          <Text style={{ fontSize: SIZES.tiny + 0.3, fontWeight: 600, color: COLORS.muted }}>
            {ctx.r('annual.item')}
          </Text>
        </View>
        <Svg width={PLOT_WIDTH} height={HEADER_HEIGHT} viewBox={`0 0 ${PLOT_WIDTH} ${HEADER_HEIGHT}`}>
          {yearStarts.map((m) => (
            <SvgText
              key={`y${m.month}`}
              x={m.x + 2}
              y={9}
              fill={COLORS.text}
              style={{ ...axisText, fontWeight: 600 }}
            >
              {m.month.slice(0, 4)}
            </SvgText>
          ))}
          {geometry.months.map((m) => (
            <SvgText
              key={m.month}
              x={m.x + m.width / 2}
              y={HEADER_HEIGHT - 5}
              textAnchor="middle"
              fill={COLORS.muted}
              style={axisText}
            >
              {monthAbbreviation(m.month, ctx.language)}
            </SvgText>
          ))}
        </Svg>
      </View>
      <View style={{ flexDirection: 'row', borderTopWidth: 0.6, borderTopColor: COLORS.text }}>
        <View style={{ width: LABEL_WIDTH }}>
          {rows.map((row) => (
            <View
              key={row.id}
              style={{
                height: ROW_HEIGHT,
                flexDirection: 'row',
                alignItems: 'center',
                borderBottomWidth: 0.4,
                borderBottomColor: COLORS.rule,
                paddingRight: 6,
              }}
            >
              <Text style={{ width: 14, fontSize: SIZES.small, color: ctx.accent, fontWeight: 600 }}>
                {String(row.number)}
              </Text>
              <Text
                style={{
                  flex: 1,
                  fontSize: SIZES.small,
                  color: COLORS.text,
                  maxLines: 2,
                  textOverflow: 'ellipsis',
                }}
              >
                {row.item.title}
              </Text>
            </View>
          ))}
        </View>
        <Svg width={PLOT_WIDTH} height={height} viewBox={`0 0 ${PLOT_WIDTH} ${height}`}>
          {geometry.months.map((m, i) =>
            i % 2 === 1 ? (
              <Rect key={`s${m.month}`} x={m.x} y={0} width={m.width} height={height} fill={COLORS.surface} />
            ) : null,
          )}
          {geometry.bars.map((bar) => (
            <Line
              key={`r${bar.id}`}
              x1={0}
              x2={PLOT_WIDTH}
              y1={bar.y + bar.height}
              y2={bar.y + bar.height}
              stroke={COLORS.rule}
              strokeWidth={0.4}
            />
          ))}
          {geometry.months
            .filter((m, i) => i > 0 && m.month.endsWith('-01'))
            .map((m) => (
              <Line
                key={`b${m.month}`}
                x1={m.x}
                x2={m.x}
                y1={0}
                y2={height}
                stroke={COLORS.faint}
                strokeWidth={0.6}
              />
            ))}
          {geometry.bars.map((bar) =>
            bar.rect ? (
              <Rect
                key={bar.id}
                x={bar.rect.x + 1.5}
                y={bar.y + (bar.height - BAR_HEIGHT) / 2}
                width={Math.max(2, bar.rect.width - 3)}
                height={BAR_HEIGHT}
                rx={2.5}
                ry={2.5}
                fill={ctx.accent}
              />
            ) : (
              <SvgText
                key={bar.id}
                x={6}
                y={bar.y + bar.height / 2 + 2.5}
                fill={COLORS.faint}
                style={axisText}
              >
                —
              </SvgText>
            ),
          )}
        </Svg>
      </View>
    </View>
  )
}

/** The proposal's timeline, in as many parts as it needs. */
export function ProposalTimeline({
  items,
  from,
  ctx,
}: {
  items: readonly ReviewProposalItem[]
  from: string
  ctx: ReviewContext
}) {
  const rows: Row[] = items.map((item, index) => ({ number: index + 1, item, id: String(index) }))
  const axis = axisOf(
    rows.map((row) => ({ id: row.id, startMonth: row.item.startMonth, endMonth: row.item.endMonth })),
    from,
  )
  const parts: Row[][] = []
  for (let i = 0; i < rows.length; i += ROWS_PER_PART) parts.push(rows.slice(i, i + ROWS_PER_PART))
  return (
    <View>
      {parts.map((part, index) => (
        <Part key={index} rows={part} axis={axis} ctx={ctx} />
      ))}
    </View>
  )
}
