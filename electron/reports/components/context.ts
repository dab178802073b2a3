/** What every section of a document needs to write for the client: language, translations, accent. */
import type { Language } from '@shared/schemas'
import type { ReportT } from '../i18n'

/** The rendering context handed to each section (react-pdf's page render callbacks run outside React, so it travels as a prop). */
export type ReportContext = {
  language: Language
  t: ReportT
  currency: string
  /** The accent colour: the agency's brand colour when it reads on white. */
  accent: string
  timezone: string
}
