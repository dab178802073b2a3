/**
 * "Export monthly report (Oct 2026)" on a client's page: the month shown on the Results tab, or
 * the last month that has ended. A verified month is exported in one click — saved in the client's
 * folder and opened; an unverified one opens the export dialog with its open findings first. The
 * menu offers "Save as…", another month, the quarter and the year that month closes (or the last
 * ones before it), and the latest weekly summary.
 */
import { useState } from 'react'
import { Button, Menu } from '@mantine/core'
import {
  IconCalendarMonth,
  IconChevronDown,
  IconDeviceFloppy,
  IconFileExport,
  IconNotes,
} from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router'
import { formatMonth } from '@shared/format'
import { lastCompleteMonth } from '@shared/results/months'
import type { Client } from '@shared/schemas'
import { useLanguage } from '../../lib/useLanguage'
import { todayIso } from '../../lib/today'
import { latestPeriodUpTo } from '../results/periods'
import { ExportDialog, type ExportChoice } from './ExportDialog'
import {
  ClientMissingError,
  exportReport,
  latestWeeklyInput,
  periodInput,
  preparePeriod,
  type PeriodReportKind,
  type PreparedPeriod,
} from './export-report'
import { exportableMonths, exportablePeriods } from './export-periods'
import { usePeriodText } from './labels'
import { useReportActions } from './useReportActions'

const MONTH_RE = /^\d{4}-(0[1-9]|1[0-2])$/

type DialogState = { kind: PeriodReportKind; period: string; prepared: PreparedPeriod | null }

/** The export button of a client's page. */
export function ExportReportButton({ client }: { client: Client }) {
  const { t } = useTranslation('reports')
  const language = useLanguage()
  const [params] = useSearchParams()
  const today = todayIso()
  const fromUrl = params.get('month')
  const last = lastCompleteMonth(today)
  const month = fromUrl && MONTH_RE.test(fromUrl) && fromUrl <= last ? fromUrl : last
  const months = exportableMonths(client, today)
  const actions = useReportActions()
  const [busy, setBusy] = useState(false)
  const periodText = usePeriodText()
  const [dialog, setDialog] = useState<DialogState | null>(null)
  const quarter = latestPeriodUpTo('quarter', month)
  const year = latestPeriodUpTo('year', month)

  const clock = () => ({ today: todayIso(), now: new Date().toISOString() })

  const run = async (work: () => Promise<void>) => {
    setBusy(true)
    try {
      await work()
    } catch (error) {
      actions.fail(
        'export.failed',
        error instanceof ClientMissingError ? new Error(t('export.clientMissing')) : error,
      )
    } finally {
      setBusy(false)
    }
  }

  const exportPrepared = ({ prepared, mode }: ExportChoice) =>
    run(async () => {
      const outcome = await exportReport(client.id, periodInput(prepared, clock()), { mode, then: 'open' })
      if (outcome.saved) setDialog(null)
      actions.announce(outcome)
    })

  /** One click: a verified period goes straight out; otherwise the PM sees the findings first. */
  const exportPeriod = (kind: PeriodReportKind, period: string, mode: 'file' | 'save-as') =>
    run(async () => {
      const prepared = await preparePeriod(client.id, period)
      if (!prepared.check.verified) {
        setDialog({ kind, period, prepared })
        return
      }
      const outcome = await exportReport(client.id, periodInput(prepared, clock()), { mode, then: 'open' })
      actions.announce(outcome)
    })

  const exportWeekly = () =>
    run(async () => {
      const input = await latestWeeklyInput(client.id, clock())
      if (!input) {
        actions.fail('export.failed', new Error(t('export.noWeekly')))
        return
      }
      actions.announce(await exportReport(client.id, input, { mode: 'file', then: 'open' }))
    })

  return (
    <>
      <Button.Group>
        <Button
          leftSection={<IconFileExport size={14} />}
          loading={busy && dialog === null}
          onClick={() => void exportPeriod('monthly', month, 'file')}
          data-testid="export-monthly-report"
          data-month={month}
        >
          {t('export.monthly', { period: formatMonth(month, language) })}
        </Button>
        <Menu position="bottom-end" withinPortal>
          <Menu.Target>
            <Button px={6} aria-label={t('export.more')} disabled={busy} data-testid="export-menu">
              <IconChevronDown size={14} />
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Item
              leftSection={<IconDeviceFloppy size={14} />}
              onClick={() => void exportPeriod('monthly', month, 'save-as')}
              data-testid="export-menu-save-as"
            >
              {t('export.saveAs')}
            </Menu.Item>
            <Menu.Item
              leftSection={<IconCalendarMonth size={14} />}
              onClick={() => setDialog({ kind: 'monthly', period: month, prepared: null })}
              data-testid="export-menu-other-month"
            >
              {t('export.otherMonth')}
            </Menu.Item>
            <Menu.Divider />
            <Menu.Item
              leftSection={<IconFileExport size={14} />}
              onClick={() => void exportPeriod('quarterly', quarter, 'file')}
              data-testid="export-menu-quarterly"
            >
              {t('export.quarterly', { period: periodText(quarter) })}
            </Menu.Item>
            <Menu.Item
              leftSection={<IconFileExport size={14} />}
              onClick={() => void exportPeriod('annual', year, 'file')}
              data-testid="export-menu-annual"
            >
              {t('export.annual', { period: periodText(year) })}
            </Menu.Item>
            <Menu.Divider />
            <Menu.Item
              leftSection={<IconNotes size={14} />}
              onClick={() => void exportWeekly()}
              data-testid="export-menu-weekly"
            >
              {t('export.weekly')}
            </Menu.Item>
          </Menu.Dropdown>
        </Menu>
      </Button.Group>
      <ExportDialog
        client={client}
        opened={dialog !== null}
        kind={dialog?.kind ?? 'monthly'}
        period={dialog?.period ?? month}
        periods={exportablePeriods(dialog?.kind ?? 'monthly', months)}
        initial={dialog?.prepared ?? null}
        busy={busy}
        onClose={() => setDialog(null)}
        onExport={(choice) => void exportPrepared(choice)}
      />
    </>
  )
}
