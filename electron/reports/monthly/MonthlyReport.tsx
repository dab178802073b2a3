/** The monthly report (placeholder while the document is built). */
import { Document, Page, Text } from '@react-pdf/renderer'
import type { MonthlyReportInput } from '@shared/reports/report-input'

/** The monthly report document. */
export function MonthlyReport({ input }: { input: MonthlyReportInput }) {
  return (
    <Document creationDate={new Date(input.generatedAt)}>
      <Page size="A4" style={{ fontFamily: 'Inter', padding: 40 }}>
        <Text>{input.client.name}</Text>
      </Page>
    </Document>
  )
}
