/** The weekly client summary (placeholder while the document is built). */
import { Document, Page, Text } from '@react-pdf/renderer'
import type { WeeklyReportInput } from '@shared/reports/report-input'

/** The weekly client summary document. */
export function WeeklyReport({ input }: { input: WeeklyReportInput }) {
  return (
    <Document creationDate={new Date(input.generatedAt)}>
      <Page size="A4" style={{ fontFamily: 'Inter', padding: 40 }}>
        <Text>{input.client.name}</Text>
      </Page>
    </Document>
  )
}
