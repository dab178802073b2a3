/**
 * The IPC handlers: one plain function per channel of the contract, with every effect injected.
 * Main passes Electron's shell and app; the e2e harness passes its own fakes, so the very same
 * handlers run under Playwright without Electron.
 */
import type { AppInfo, TextFileKind } from '@shared/ipc'
import { mailtoUrl } from '@shared/mails'
import type { Language } from '@shared/schemas/primitives'
import { createBackupHandlers, type BackupHandlerDeps } from '../backups/handlers'
import type { ReportInput } from '@shared/reports/report-input'
import { safeFileName } from '../files/file-names'
import { createReportHandlers } from '../report-export/report-handlers'
import type { ReportExporter } from '../report-export/report-exporter'
import { toSafeExternalUrl } from '../main/origins'
import { InvalidRequestError } from './errors'
import type { IpcHandlers } from './router'

/** The effects the handlers need. */
export type HandlerDeps = {
  /** Facts about the running app (name, version, platform, locale, data folder). */
  appInfo: () => AppInfo
  /** Switches main's language (main rebuilds the menu). */
  setLanguage: (language: Language) => void | Promise<void>
  /** Opens an already vetted http(s) URL in the user's browser (`shell.openExternal`). */
  openExternal: (url: string) => void | Promise<void>
  /** Opens a `mailto:` URL main built itself in the system mail client. */
  openMailto: (url: string) => void | Promise<void>
  /**
   * Asks the PM where to save a text file (a save dialog starting at `fileName`, already made
   * safe) and writes it atomically; resolves to the path written, or null when cancelled.
   */
  saveTextFile: (file: { kind: TextFileKind; fileName: string; content: string }) => Promise<string | null>
  /** Backups: the service (folder, files, marker) and main's dialogs. */
  backups: BackupHandlerDeps
  /** Renders, saves, opens and reads exported PDF reports (electron/report-export). */
  reports: ReportExporter<ReportInput>
}

/** Builds the handlers for every channel of the contract. */
export function createHandlers(deps: HandlerDeps): IpcHandlers {
  return {
    'app:get-info': () => deps.appInfo(),
    'app:set-language': async ({ language }) => {
      await deps.setLanguage(language)
      return { language }
    },
    'shell:open-external': async ({ url }) => {
      const safe = toSafeExternalUrl(url)
      // An unsafe URL is the caller's mistake, so it is reported as an invalid request, not a failure.
      if (safe === null) {
        throw new InvalidRequestError('Only http and https links without credentials can be opened', [
          { path: 'url', message: 'Expected an http(s) URL without user name or password' },
        ])
      }
      await deps.openExternal(safe)
      return { opened: true }
    },
    'shell:compose-mail': async ({ to, subject, body }) => {
      await deps.openMailto(mailtoUrl({ to, subject, body }))
      return { opened: true }
    },
    'file:save-text': async ({ kind, suggestedName, content }) => {
      const path = await deps.saveTextFile({ kind, fileName: safeFileName(suggestedName, kind), content })
      return path === null ? { saved: false } : { saved: true, path }
    },
    ...createBackupHandlers(deps.backups),
    ...createReportHandlers(deps.reports),
  }
}
