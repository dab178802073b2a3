/**
 * The application menu as a plain template. Built by a pure function so the items, accelerators
 * and the events they push can be tested without Electron; main turns it into a `Menu` and
 * rebuilds it whenever the UI language changes. Labels come from the i18n `menu` namespace —
 * including the items with Electron roles, whose built-in labels are English-only.
 */
import type { MenuItemConstructorOptions } from 'electron'
import { ROUTES, type EventChannel, type EventPayload, type Route } from '@shared/ipc'

/** Translates a `menu` namespace key (i18next's `t`, narrowed to what the menu uses). */
export type MenuTranslate = (key: string, options?: Record<string, string>) => string

/** Pushes an event to the renderer (main sends it to the main window's web contents). */
export type MenuSend = <E extends EventChannel>(event: E, payload: EventPayload<E>) => void

/** Everything the menu depends on. */
export type MenuTemplateOptions = {
  platform: string
  t: MenuTranslate
  send: MenuSend
  appName: string
  /** Development build: adds reload and DevTools. */
  isDev?: boolean
  /** Shows the About panel (Help → About); defaults to doing nothing. */
  showAbout?: () => void
}

/** The View menu's screens, in the sidebar's order; their accelerators are CmdOrCtrl+1…9. */
export const VIEW_ROUTES: readonly Route[] = ROUTES

type Item = MenuItemConstructorOptions
type Role = NonNullable<Item['role']>

/** The items only when `condition` holds, so platform- and dev-only entries read inline. */
function when(condition: boolean, items: Item[]): Item[] {
  return condition ? items : []
}

/** Builds the menu template for `Menu.buildFromTemplate`. */
export function buildMenuTemplate({
  platform,
  t,
  send,
  appName,
  isDev = false,
  showAbout = () => undefined,
}: MenuTemplateOptions): Item[] {
  const isMac = platform === 'darwin'
  const withName = { appName }
  const separator: Item = { type: 'separator' }
  const role = (name: Role, labelKey: string): Item => ({ role: name, label: t(labelKey, withName) })
  const navigate = (route: Route) => () => send('menu:navigate', { route })

  const settings: Item = {
    id: 'settings',
    label: t('file.settings'),
    accelerator: 'CmdOrCtrl+,',
    click: navigate('settings'),
  }

  const appMenu: Item = {
    label: appName,
    submenu: [
      role('about', 'app.about'),
      separator,
      settings,
      separator,
      role('services', 'app.services'),
      separator,
      role('hide', 'app.hide'),
      role('hideOthers', 'app.hideOthers'),
      role('unhide', 'app.showAll'),
      separator,
      role('quit', 'app.quit'),
    ],
  }

  const fileMenu: Item = {
    label: t('file.label'),
    submenu: [
      {
        id: 'new-client',
        label: t('file.newClient'),
        accelerator: 'CmdOrCtrl+N',
        click: () => send('menu:new-client', undefined),
      },
      separator,
      // On macOS Settings and Quit live in the app menu, where users look for them.
      ...when(isMac, [role('close', 'window.close')]),
      ...when(!isMac, [settings, separator, role('quit', 'file.quit')]),
    ],
  }

  const editMenu: Item = {
    role: 'editMenu',
    label: t('edit.label'),
    submenu: [
      role('undo', 'edit.undo'),
      role('redo', 'edit.redo'),
      separator,
      role('cut', 'edit.cut'),
      role('copy', 'edit.copy'),
      role('paste', 'edit.paste'),
      ...when(isMac, [role('pasteAndMatchStyle', 'edit.pasteAndMatchStyle')]),
      role('delete', 'edit.delete'),
      separator,
      role('selectAll', 'edit.selectAll'),
    ],
  }

  const viewMenu: Item = {
    label: t('view.label'),
    submenu: [
      ...VIEW_ROUTES.map((route, index): Item => ({
        id: `navigate-${route}`,
        label: t(`view.${route}`),
        accelerator: `CmdOrCtrl+${index + 1}`,
        click: navigate(route),
      })),
      separator,
      ...when(isDev, [
        role('reload', 'view.reload'),
        role('forceReload', 'view.forceReload'),
        role('toggleDevTools', 'view.toggleDevTools'),
        separator,
      ]),
      role('resetZoom', 'view.resetZoom'),
      role('zoomIn', 'view.zoomIn'),
      role('zoomOut', 'view.zoomOut'),
      separator,
      role('togglefullscreen', 'view.toggleFullScreen'),
    ],
  }

  const windowMenu: Item = {
    role: 'windowMenu',
    label: t('window.label'),
    submenu: [
      role('minimize', 'window.minimize'),
      // `zoom` and `front` are macOS-only roles; elsewhere they would be dead items.
      ...when(isMac, [role('zoom', 'window.zoom'), separator, role('front', 'window.front')]),
      ...when(!isMac, [role('close', 'window.close')]),
    ],
  }

  const helpMenu: Item = {
    role: 'help',
    label: t('help.label'),
    submenu: [{ id: 'about', label: t('help.about', withName), click: () => showAbout() }],
  }

  return [...when(isMac, [appMenu]), fileMenu, editMenu, viewMenu, windowMenu, helpMenu]
}
