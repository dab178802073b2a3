/**
 * The rendering context of the quarterly and annual reports: the shared report context (its `t`
 * reads the `report` namespace: metric, channel and stage names, the frame) plus `r` for the
 * review reports' own text (`reviewReport`), both in the client's language.
 */
import type { TFunction } from 'i18next'
import { createI18n } from '@shared/i18n'
import type { AnnualReportInput, QuarterlyReportInput } from '@shared/reports/report-input'
import type { Language } from '@shared/schemas'
import type { ReportContext } from '../components/context'
import { contextOf } from '../components/report-context'

/** A translate function bound to the `reviewReport` namespace of one language. */
export type ReviewT = TFunction<'reviewReport'>

/** The context every section of the review reports renders with. */
export type ReviewContext = ReportContext & { r: ReviewT }

const instances = new Map<Language, ReturnType<typeof createI18n>>()

/** The review reports' translations of `language`, created once per process. */
export function reviewT(language: Language): ReviewT {
  let instance = instances.get(language)
  if (!instance) {
    instance = createI18n(language, 'reviewReport')
    instances.set(language, instance)
  }
  return instance.getFixedT<'reviewReport'>(language, 'reviewReport')
}

/** The context of a quarterly or annual report input. */
export function reviewContextOf(input: QuarterlyReportInput | AnnualReportInput): ReviewContext {
  return { ...contextOf(input, input.model.currency), r: reviewT(input.language) }
}
