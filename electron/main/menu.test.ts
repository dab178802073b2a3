import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { createI18n, resources } from '@shared/i18n'
import { LANGUAGES, type Language } from '@shared/schemas/primitives'
import { buildMenuTemplate, type MenuTemplateOptions } from './menu'

type Item = MenuItemConstructorOptions

function build(overrides: Partial<MenuTemplateOptions> & { language?: Language } = {}) {
  const i18n = createI18n(overrides.language ?? 'en', 'menu')
  const send = vi.fn()
  const showAbout = vi.fn()
  const template = buildMenuTemplate({
    platform: 'linux',
    t: (key, options) => (options === undefined ? i18n.t(key) : i18n.t(key, options)),
    send,
    appName: 'Cadence',
    showAbout,
    ...overrides,
  })
  return { template, send, showAbout }
}

function submenu(item: Item | undefined): Item[] {
  if (!Array.isArray(item?.submenu)) throw new Error(`${item?.label ?? 'item'} has no submenu`)
  return item.submenu
}

function all(items: Item[]): Item[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? all(item.submenu) : [])])
}

function byId(items: Item[], id: string): Item {
  const found = all(items).find((item) => item.id === id)
  if (found === undefined) throw new Error(`no item ${id}`)
  return found
}

function click(item: Item): void {
  ;(item.click as () => void)()
}

describe('buildMenuTemplate', () => {
  it('has File, Edit, View, Window and Help on Windows and Linux', () => {
    const { template } = build()
    expect(template.map((item) => item.label)).toEqual(['File', 'Edit', 'View', 'Window', 'Help'])
  })

  it('puts the app menu first on macOS, with About, Settings and Quit', () => {
    const { template } = build({ platform: 'darwin' })
    expect(template.map((item) => item.label)).toEqual(['Cadence', 'File', 'Edit', 'View', 'Window', 'Help'])
    const appMenu = submenu(template[0])
    expect(appMenu.map((item) => item.role ?? item.id ?? item.type)).toEqual([
      'about',
      'separator',
      'settings',
      'separator',
      'services',
      'separator',
      'hide',
      'hideOthers',
      'unhide',
      'separator',
      'quit',
    ])
    expect(appMenu[0]?.label).toBe('About Cadence')
    expect(appMenu.at(-1)?.label).toBe('Quit Cadence')
    expect(all(submenu(template[1])).some((item) => item.role === 'quit')).toBe(false)
  })

  it('File → New client (CmdOrCtrl+N) asks the renderer for a new client', () => {
    const { template, send } = build()
    const item = byId(template, 'new-client')
    expect(item.label).toBe('New Client')
    expect(item.accelerator).toBe('CmdOrCtrl+N')
    click(item)
    expect(send).toHaveBeenCalledExactlyOnceWith('menu:new-client', undefined)
  })

  it('File → Settings (CmdOrCtrl+,) navigates to settings, and File ends with Quit', () => {
    const { template, send } = build()
    const file = submenu(template[0])
    const settings = byId(file, 'settings')
    expect(settings.accelerator).toBe('CmdOrCtrl+,')
    click(settings)
    expect(send).toHaveBeenCalledExactlyOnceWith('menu:navigate', { route: 'settings' })
    expect(file.at(-1)).toMatchObject({ role: 'quit', label: 'Quit' })
  })

  it('View → each screen has CmdOrCtrl+1…9 in sidebar order and navigates to its route', () => {
    const { template, send } = build()
    const routes = [
      'today',
      'inbox',
      'tasks',
      'clients',
      'campaigns',
      'meetings',
      'team',
      'reports',
      'settings',
    ] as const
    routes.forEach((route, index) => {
      const item = byId(template, `navigate-${route}`)
      expect(item.accelerator).toBe(`CmdOrCtrl+${index + 1}`)
      click(item)
      expect(send).toHaveBeenLastCalledWith('menu:navigate', { route })
    })
    expect(
      submenu(template[2])
        .slice(0, 9)
        .map((item) => item.label),
    ).toEqual(['Today', 'Inbox', 'Tasks', 'Clients', 'Campaigns', 'Meetings', 'Team', 'Reports', 'Settings'])
    expect(send).toHaveBeenCalledTimes(9)
  })

  it('View offers zoom and full screen always, reload and DevTools only in development', () => {
    const roles = (isDev: boolean) => all(build({ isDev }).template).map((item) => item.role)
    for (const role of ['resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen'] as const) {
      expect(roles(false)).toContain(role)
    }
    for (const role of ['reload', 'forceReload', 'toggleDevTools'] as const) {
      expect(roles(false)).not.toContain(role)
      expect(roles(true)).toContain(role)
    }
  })

  it('Edit is the edit role menu with the standard editing roles', () => {
    const { template } = build()
    expect(template[1]?.role).toBe('editMenu')
    expect(
      submenu(template[1])
        .map((item) => item.role)
        .filter(Boolean),
    ).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'delete', 'selectAll'])
  })

  it('Window and Help carry their roles; Help → About Cadence shows the About panel', () => {
    const { template, showAbout } = build()
    expect(template[3]?.role).toBe('windowMenu')
    expect(template[4]?.role).toBe('help')
    const about = byId(template, 'about')
    expect(about.label).toBe('About Cadence')
    click(about)
    expect(showAbout).toHaveBeenCalledOnce()
  })

  it('labels everything in Finnish when the UI is Finnish', () => {
    const { template } = build({ language: 'fi' })
    expect(template.map((item) => item.label)).toEqual(['Tiedosto', 'Muokkaa', 'Näytä', 'Ikkuna', 'Ohje'])
    expect(byId(template, 'new-client').label).toBe('Uusi asiakas')
    expect(byId(template, 'navigate-today').label).toBe('Tänään')
    expect(byId(template, 'about').label).toBe('Tietoja sovelluksesta Cadence')
    expect(submenu(template[1]).find((item) => item.role === 'copy')?.label).toBe('Kopioi')
  })

  it('gives every visible item a translated label, in every language and on every platform', () => {
    for (const language of LANGUAGES) {
      for (const platform of ['darwin', 'win32', 'linux']) {
        const items = all(build({ language, platform, isDev: true }).template).filter(
          (item) => item.type !== 'separator',
        )
        for (const item of items) {
          expect(item.label, `${language}/${platform}: ${item.role ?? item.id}`).toMatch(/\S/)
          // An untranslated key comes back as the key itself, e.g. "view.today".
          expect(item.label, `${language}/${platform}`).not.toMatch(/^[a-z]+\.[a-zA-Z]+$/)
        }
      }
    }
  })
})

describe('menu translations', () => {
  const keysOf = (tree: object, prefix = ''): string[] =>
    Object.entries(tree).flatMap(([key, value]) =>
      typeof value === 'string' ? [`${prefix}${key}`] : keysOf(value as object, `${prefix}${key}.`),
    )

  it('have the same keys in all four languages', () => {
    const english = keysOf(resources.en.menu).sort()
    expect(english.length).toBeGreaterThan(30)
    for (const language of LANGUAGES)
      expect(keysOf(resources[language].menu).sort(), language).toEqual(english)
  })

  it('are actually translated, not copies of English', () => {
    for (const language of ['fi', 'pl', 'bg'] as const) {
      const i18n = createI18n(language, 'menu')
      const english = createI18n('en', 'menu')
      for (const key of [
        'file.label',
        'file.newClient',
        'edit.label',
        'view.today',
        'window.label',
        'help.label',
      ]) {
        expect(i18n.t(key), `${language} ${key}`).not.toBe(english.t(key))
      }
    }
  })
})
