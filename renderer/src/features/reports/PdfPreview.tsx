/** The first page of an exported report, read from main by the report's id and drawn with PDF.js. */
import { useEffect, useRef, useState } from 'react'
import { Box, Center, Loader, Paper, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { ReportFile } from '@shared/schemas'
import { cadence } from '../../lib/bridge'
import { MainCallError } from './export-report'

type State = { id: string; status: 'ready' } | { id: string; status: 'failed'; message: string }

/** The preview of a report's first page, `width` CSS pixels wide. */
export function PdfPreview({
  report,
  width,
}: {
  report: Pick<ReportFile, 'id' | 'fileName'>
  width: number
}) {
  const { t } = useTranslation('reports')
  const frame = useRef<HTMLDivElement>(null)
  const [state, setState] = useState<State | null>(null)

  useEffect(() => {
    let cancelled = false
    const draw = async () => {
      const result = await cadence.readReport({ id: report.id })
      if (!result.ok) throw new MainCallError(result.error)
      const { drawFirstPage } = await import('./pdf-first-page')
      return drawFirstPage(result.data.bytes, width)
    }
    draw().then(
      (canvas) => {
        if (cancelled || !frame.current) return
        canvas.setAttribute('role', 'img')
        canvas.setAttribute('aria-label', t('preview.label', { file: report.fileName }))
        frame.current.replaceChildren(canvas)
        setState({ id: report.id, status: 'ready' })
      },
      (error: unknown) => {
        if (cancelled) return
        frame.current?.replaceChildren()
        setState({
          id: report.id,
          status: 'failed',
          message: error instanceof Error ? error.message : String(error),
        })
      },
    )
    return () => {
      cancelled = true
    }
  }, [report.id, report.fileName, width, t])

  const current = state?.id === report.id ? state : null
  return (
    <Stack gap={6} data-testid="report-preview" data-state={current?.status ?? 'loading'}>
      <Paper
        withBorder
        radius="sm"
        style={{
          overflow: 'hidden',
          width,
          background: 'white',
          position: 'relative',
          minHeight: width * 1.414,
        }}
      >
        <div ref={frame} />
        {current === null ? (
          <Center pos="absolute" inset={0}>
            <Loader size="sm" color="gray" />
          </Center>
        ) : null}
        {current?.status === 'failed' ? (
          <Center pos="absolute" inset={0} p="md">
            <Text size="sm" c="dimmed" ta="center" data-testid="report-preview-error">
              {t('preview.failed', { message: current.message })}
            </Text>
          </Center>
        ) : null}
      </Paper>
      <Box>
        <Text size="xs" c="dimmed" truncate>
          {report.fileName}
        </Text>
      </Box>
    </Stack>
  )
}
