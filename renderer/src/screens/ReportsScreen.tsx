/**
 * Reports: every PDF report exported, by client and period, with its status and the first page
 * of the one selected; the reports folder; and "Export all monthly reports" for a month.
 */
import { useMemo, useState } from 'react'
import { Button } from '@mantine/core'
import { IconFileExport } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { addMonths, lastCompleteMonth, monthRange } from '@shared/results/months'
import { Page } from '../components/Page'
import { todayIso } from '../lib/today'
import { BatchExportDialog } from '../features/reports/BatchExportDialog'
import { ReportsBrowser } from '../features/reports/ReportsBrowser'
import { ReportsFolderControl } from '../features/reports/ReportsFolderControl'

/** Months the batch offers: the last ended one first, two years back. */
const BATCH_MONTHS_BACK = 24

/** The Reports screen. */
export function ReportsScreen() {
  const { t } = useTranslation()
  const { t: tr } = useTranslation('reports')
  const [batchOpen, setBatchOpen] = useState(false)
  const today = todayIso()
  const months = useMemo(() => {
    const last = lastCompleteMonth(today)
    return monthRange(addMonths(last, -BATCH_MONTHS_BACK), last).reverse()
  }, [today])
  return (
    <Page
      title={t('reports.title')}
      testId="reports-screen"
      actions={
        <>
          <ReportsFolderControl />
          <Button
            leftSection={<IconFileExport size={14} />}
            onClick={() => setBatchOpen(true)}
            data-testid="batch-export"
          >
            {tr('batch.button')}
          </Button>
        </>
      }
    >
      <ReportsBrowser />
      <BatchExportDialog opened={batchOpen} months={months} onClose={() => setBatchOpen(false)} />
    </Page>
  )
}
