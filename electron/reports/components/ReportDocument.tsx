/**
 * The PDF document around a report's pages, with fixed metadata: the creation date is the
 * input's `generatedAt`, so the same input renders the same bytes (the visual regression test and
 * "was this re-exported?" both depend on it).
 */
import { Document } from '@react-pdf/renderer'
import type { ReactNode } from 'react'

/** The document of a report. */
export function ReportDocument({
  title,
  author,
  subject,
  language,
  generatedAt,
  children,
}: {
  title: string
  author: string
  subject: string
  language: string
  generatedAt: string
  children: ReactNode
}) {
  const date = new Date(generatedAt)
  return (
    <Document
      title={title}
      author={author}
      subject={subject}
      creator="Cadence"
      producer="Cadence"
      language={language}
      creationDate={date}
      modificationDate={date}
    >
      {children}
    </Document>
  )
}
