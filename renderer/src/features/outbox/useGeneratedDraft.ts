/** The draft the data writes for a mail touchpoint, in the client's language. */
import { useMemo } from 'react'
import { draftFridayMail, draftMondayMail, type MailDraft } from '@shared/mails'
import { mailDraftDay, pickWeeklySummary, type WeeklySummaryPick } from '@shared/mails/outbox'
import type { Client } from '@shared/schemas'
import type { MailContext } from '../../../db/repositories'

/** The generated draft, the day it is written for and (Friday) where its summary came from. */
export type GeneratedDraft = {
  draft: MailDraft
  draftDay: string
  summary: WeeklySummaryPick | null
}

/** Builds the draft of `context` for `today`; recomputed only when the data changes. */
export function useGeneratedDraft(context: MailContext & { client: Client }, today: string): GeneratedDraft {
  return useMemo(() => {
    const { touchpoint, client, settings, owner, tasks, campaigns, weeklies } = context
    const draftDay = mailDraftDay(today, touchpoint.dueDate)
    const input = {
      client,
      agencyName: settings.agencyName,
      pmName: owner?.name ?? '',
      today: draftDay,
      tasks,
      campaigns,
      calendar: { workdays: settings.workdays, holidays: settings.holidays },
    }
    if (touchpoint.kind !== 'friday-summary')
      return { draft: draftMondayMail(input), draftDay, summary: null }
    const summary = pickWeeklySummary(weeklies, client.id, touchpoint.dueDate, client.timezone)
    const clientSummary = summary.kind === 'summary' ? summary.summary : null
    return { draft: draftFridayMail({ ...input, clientSummary }), draftDay, summary }
  }, [context, today])
}
