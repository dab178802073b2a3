/**
 * Writes the structured prefill (shared/weekly) as card text. Policy: the card is internal, so
 * it is written with the translations of whoever prepares it (their UI language); the client
 * summary distilled from it is client-facing and written in the client's language. Lines start
 * with "• " so the distiller can tell points apart, lean-loop moves with "↻ " so it can leave
 * them to the structured moves; next week's to-do is grouped under "Name:" headings, which the
 * distiller drops before anything reaches the client.
 */
import type { BudgetBurn } from '@shared/budget'
import { formatDate, formatMoney, formatNumber } from '@shared/format'
import type { Language } from '@shared/schemas'
import {
  LOOP_MARK,
  type ClientSummaryPoints,
  type LoopMove,
  type SummaryPoint,
  type WeeklyPrefill,
} from '@shared/weekly'
import { formatShare } from '../budgets/levels'

/** A translation function (i18next's `t` fixed to the `weekly` namespace fits). */
export type Translate = (key: string, options?: Record<string, unknown>) => string

/** The card's text fields as the prefill drafts them. */
export type CardText = {
  done: string
  analysis: string
  direction: string
  budgets: string
  nextWeek: string
  changesLine: string
  helpNeeded: boolean
}

/** What formatting needs besides the prefill. */
export type FormatContext = {
  t: Translate
  language: Language
  memberName: (memberId: string) => string | undefined
}

const bullet = (line: string) => `• ${line}`

// The same share the Budgets tab shows ("80%" in English, "80 %" in Finnish), never a second style.
const percent = (share: number | null, language: Language) => formatShare(share, language)

function stage(t: Translate, value: string): string {
  return t(`app:stages.${value}`)
}

function doneLines(prefill: WeeklyPrefill, { t, memberName }: FormatContext): string[] {
  const tasks = prefill.done.map((task) => {
    const names = task.assigneeIds.map(memberName).filter((name) => name !== undefined)
    return bullet(names.length ? `${task.title} (${names.join(', ')})` : task.title)
  })
  return [...tasks, ...prefill.moves.map((move) => `${LOOP_MARK} ${moveText(move, t)}`)]
}

function moveText(move: LoopMove, t: Translate): string {
  const name = move.kind === 'experiment' ? t('prefill.test', { name: move.name }) : move.name
  const to = stage(t, move.to)
  return move.from === null ? t('prefill.created', { name, to }) : `${name}: ${stage(t, move.from)} → ${to}`
}

function analysisLines(prefill: WeeklyPrefill): string[] {
  return prefill.learnings.map((learning) =>
    bullet(`${learning.hypothesis} — ${[learning.result, learning.learning].filter(Boolean).join(' · ')}`),
  )
}

function directionLines(prefill: WeeklyPrefill, { t, language }: FormatContext): string[] {
  return prefill.upcoming.map((item) =>
    bullet(t(`prefill.${item.event}`, { name: item.name, date: formatDate(item.date, language) })),
  )
}

/** The budget lines of the card: media and work use, with a warning and the month-end pace. */
export function budgetLines(budget: BudgetBurn | null, { t, language }: Omit<FormatContext, 'memberName'>) {
  if (!budget) return []
  const money = (amountMinor: number) =>
    formatMoney({ amountMinor, currency: budget.currency }, language, { whole: true })
  const hours = (value: number) => formatNumber(value, language, Number.isInteger(value) ? 0 : 1)
  const flag = (line: BudgetBurn['media']) =>
    line.level === 'over' ? t('prefill.over') : line.level === 'warning' ? t('prefill.warning') : null
  const lines: string[] = []
  const { media, work } = budget
  if (media.planned > 0 || media.used > 0) {
    const parts = [
      media.planned > 0
        ? t('prefill.media', {
            used: money(media.used),
            planned: money(media.planned),
            share: percent(media.share, language),
          })
        : t('prefill.mediaUnplanned', { used: money(media.used) }),
      flag(media),
      media.forecast !== null && media.forecast !== media.used && media.planned > 0
        ? t('prefill.forecastMedia', { forecast: money(media.forecast) })
        : null,
    ]
    lines.push(parts.filter(Boolean).join(' — '))
  }
  if (work.planned > 0 || work.used > 0) {
    const parts = [
      work.planned > 0
        ? t('prefill.work', {
            used: hours(work.used),
            planned: hours(work.planned),
            share: percent(work.share, language),
          })
        : t('prefill.workUnplanned', { used: hours(work.used) }),
      flag(work),
      work.forecast !== null && work.forecast !== work.used && work.planned > 0
        ? t('prefill.forecastWork', { forecast: hours(work.forecast) })
        : null,
    ]
    lines.push(parts.filter(Boolean).join(' — '))
  }
  return lines
}

function nextWeekLines(prefill: WeeklyPrefill, { t, language, memberName }: FormatContext): string[] {
  const lines: string[] = []
  const groups = prefill.nextWeek.map((plan) => ({
    plan,
    name: plan.assigneeId === null ? t('prefill.unassigned') : (memberName(plan.assigneeId) ?? '?'),
  }))
  for (const { plan, name } of groups) {
    lines.push(`${name}:`)
    for (const task of plan.tasks) {
      const date = formatDate(task.deadline, language)
      const text = task.overdue
        ? t('prefill.overdue', { title: task.title, date })
        : `${task.title} (${date})`
      lines.push(bullet(task.status === 'blocked' ? t('prefill.blocked', { title: text }) : text))
    }
  }
  return lines
}

function changesLine(prefill: WeeklyPrefill, { t, language }: FormatContext): string {
  const planned = prefill.nextWeek.reduce((sum, plan) => sum + plan.tasks.length, 0)
  const parts = [
    prefill.done.length ? t('prefill.changesDone', { count: prefill.done.length }) : null,
    ...prefill.moves.map((move) => moveText(move, t)),
    planned ? t('prefill.changesPlanned', { count: planned }) : null,
    prefill.budget && prefill.budget.media.planned > 0
      ? t('prefill.changesMedia', { share: percent(prefill.budget.media.share, language) })
      : null,
  ]
  const line = parts.filter(Boolean).join(' · ')
  return line.charAt(0).toLocaleUpperCase(language) + line.slice(1)
}

/** The card text drafted from a prefill: the five sections, or the changes line of a light client. */
export function formatCardPrefill(prefill: WeeklyPrefill, context: FormatContext): CardText {
  if (prefill.light) {
    return {
      done: '',
      analysis: '',
      direction: '',
      budgets: '',
      nextWeek: '',
      changesLine: changesLine(prefill, context),
      helpNeeded: false,
    }
  }
  return {
    done: doneLines(prefill, context).join('\n'),
    analysis: analysisLines(prefill).join('\n'),
    direction: directionLines(prefill, context).join('\n'),
    budgets: budgetLines(prefill.budget, context).join('\n'),
    nextWeek: nextWeekLines(prefill, context).join('\n'),
    changesLine: '',
    helpNeeded: prefill.helpNeeded,
  }
}

/**
 * The client-facing summary text from the distilled points, written with the client's
 * translations (`t` fixed to the client's language) and number formats.
 */
export function formatClientSummary(
  points: ClientSummaryPoints,
  { t, language }: { t: Translate; language: Language },
): string {
  const blocks: string[] = [t('clientSummary.greeting')]
  const point = ({ text, date }: SummaryPoint) => (date ? `${text} (${formatDate(date, language)})` : text)
  const done = [
    ...points.campaigns.map((news) =>
      t('clientSummary.campaign', { name: news.name, stage: t(`app:stages.${news.stage}`) }),
    ),
    ...points.done.map(point),
  ]
  if (done.length) blocks.push([t('clientSummary.done'), ...done.map(bullet)].join('\n'))
  if (points.next.length)
    blocks.push([t('clientSummary.next'), ...points.next.map((p) => bullet(point(p)))].join('\n'))
  const budget = points.budget
  if (budget) {
    const money = (amountMinor: number) =>
      formatMoney({ amountMinor, currency: budget.currency }, language, { whole: true })
    const lines: string[] = []
    if (budget.media.planned > 0)
      lines.push(
        t('clientSummary.media', {
          share: percent(budget.media.share, language),
          used: money(budget.media.used),
          planned: money(budget.media.planned),
        }),
      )
    if (budget.work.planned > 0)
      lines.push(
        t('clientSummary.work', {
          used: formatNumber(budget.work.used, language, Number.isInteger(budget.work.used) ? 0 : 1),
          planned: formatNumber(budget.work.planned, language, Number.isInteger(budget.work.planned) ? 0 : 1),
        }),
      )
    if (lines.length) blocks.push(lines.join('\n'))
  }
  const quiet = done.length === 0 && points.next.length === 0
  blocks.push(t(quiet ? 'clientSummary.quiet' : 'clientSummary.closing'))
  return blocks.join('\n\n')
}
