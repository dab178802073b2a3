/**
 * Handing a draft on: to the clipboard, to the system mail app, to an `.eml` file. Each says how
 * it went in a notification; a failure names its cause and leaves the draft as it was.
 */
import { notifications } from '@mantine/notifications'
import { useTranslation } from 'react-i18next'
import type { IpcResult } from '@shared/ipc'
import { clipboardText, draftEml, emlSuggestedName } from '@shared/mails/outbox'
import type { Client, TeamMember } from '@shared/schemas'
import { cadence } from '../../lib/bridge'

/** What the actions send. */
export type OutgoingMail = { to: string[]; subject: string; body: string }

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error))

/** Copy, open in the mail app and save as `.eml`, for a client's mail signed by `owner`. */
export function useMailActions(client: Client, owner: TeamMember | null) {
  const { t } = useTranslation('outbox')

  const failed = (key: string, message: string) =>
    notifications.show({ color: 'red', message: t(key, { message }), autoClose: 8000 })

  const unwrap = <T>(result: IpcResult<T>): T => {
    if (result.ok) return result.data
    throw new Error(result.error.issues?.map((issue) => issue.message).join('; ') || result.error.message)
  }

  return {
    async copy(mail: OutgoingMail) {
      try {
        await navigator.clipboard.writeText(clipboardText(mail.subject, mail.body))
        notifications.show({ color: 'teal', message: t('copied') })
      } catch (error) {
        failed('copyFailed', messageOf(error))
      }
    },
    async openInMailApp(mail: OutgoingMail) {
      try {
        unwrap(await cadence.composeMail({ to: mail.to, subject: mail.subject, body: mail.body }))
        notifications.show({ color: 'teal', message: t('opened') })
      } catch (error) {
        failed('openFailed', messageOf(error))
      }
    },
    async saveEml(mail: OutgoingMail) {
      try {
        const from = owner?.email ? { name: owner.name, email: owner.email } : null
        const content = draftEml({ ...mail, from, date: new Date().toISOString() })
        const result = unwrap(
          await cadence.saveTextFile({
            kind: 'eml',
            suggestedName: emlSuggestedName(client.name, mail.subject),
            content,
          }),
        )
        if (result.saved) notifications.show({ color: 'teal', message: t('saved', { path: result.path }) })
      } catch (error) {
        failed('saveFailed', messageOf(error))
      }
    },
  }
}
