/** Facts about the running app for `app:get-info`, read from Electron's `app` through a narrow slice. */
import type { AppInfo } from '@shared/ipc'

/** The slice of Electron's `app` that app info is read from. */
export type AppInfoSource = {
  getName(): string
  getVersion(): string
  getLocale(): string
  getPath(name: 'userData'): string
}

/** Collects name, version, platform, UI locale and the data folder (the user-data path). */
export function readAppInfo(app: AppInfoSource, platform: string): AppInfo {
  return {
    name: app.getName(),
    version: app.getVersion(),
    platform,
    locale: app.getLocale(),
    dataFolder: app.getPath('userData'),
  }
}
