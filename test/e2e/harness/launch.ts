/**
 * Starts Cadence for one test on a fresh profile. Where Electron's binary is installed the real
 * app runs through Playwright's Electron launcher; otherwise (as on CI here) the built renderer
 * runs in Debian's Chromium with the real main-process handlers bridged in place of the preload.
 * `CADENCE_E2E_TARGET=electron|chromium` forces one.
 */
import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createRequire } from 'node:module'
import { _electron, chromium, type Browser, type Page } from 'playwright-core'
import type { EventChannel } from '@shared/ipc'
import { bridgeMainProcess, emitToPage, type MainEffects } from './ipc-bridge'
import { HARNESS_ORIGIN, serveRenderer } from './renderer-server'

/** The running app as a test sees it. */
export type AppUnderTest = {
  page: Page
  target: 'electron' | 'chromium'
  /** The fresh profile (app data) folder of this run; backups go to its `Cadence Backups`. */
  profileDir: string
  /** Main-side effects, recorded in the Chromium harness only (Electron performs them for real). */
  effects: MainEffects | null
  /** Pushes a main→renderer event (menu commands). */
  emit: (event: EventChannel, payload?: unknown) => Promise<void>
  close: () => Promise<void>
}

/** Chromium flags for this closed-network machine (no background calls home). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
]

const CHROMIUM_PATH = process.env.CADENCE_CHROMIUM_PATH ?? '/usr/bin/chromium'
const ROOT = join(import.meta.dirname, '../../..')

function electronBinary(): string | null {
  try {
    const path = createRequire(import.meta.url)('electron') as unknown
    return typeof path === 'string' && existsSync(path) ? path : null
  } catch {
    return null // the package throws when its binary was never downloaded
  }
}

function chooseTarget(): 'electron' | 'chromium' {
  const forced = process.env.CADENCE_E2E_TARGET
  if (forced === 'electron' || forced === 'chromium') return forced
  return electronBinary() ? 'electron' : 'chromium'
}

/**
 * Waits until the renderer's start-up (opening the database, the wiped-database check) is over,
 * so a test's first step — even a menu event main pushes — reaches a mounted app.
 */
export async function waitForStartup(page: Page): Promise<void> {
  await page.waitForSelector('html[data-startup]', { state: 'attached' })
}

let sharedBrowser: Promise<Browser> | null = null

/** One Chromium per test file; each test still gets its own fresh context (profile). */
function browser(): Promise<Browser> {
  sharedBrowser ??= chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true })
  return sharedBrowser
}

/** Closes the shared Chromium (call in afterAll). */
export async function closeBrowser(): Promise<void> {
  const pending = sharedBrowser
  sharedBrowser = null
  if (pending) await (await pending).close()
}

async function launchChromium(profileDir: string): Promise<Omit<AppUnderTest, 'profileDir'>> {
  const context = await (
    await browser()
  ).newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB' })
  await serveRenderer(context)
  const effects = await bridgeMainProcess(context, profileDir)
  const page = await context.newPage()
  await page.goto(`${HARNESS_ORIGIN}/index.html`)
  await waitForStartup(page)
  return {
    page,
    target: 'chromium',
    effects,
    emit: (event, payload) => emitToPage(page, event, payload),
    close: () => context.close(),
  }
}

async function launchElectron(profileDir: string): Promise<Omit<AppUnderTest, 'profileDir'>> {
  const executablePath = electronBinary()
  if (!executablePath)
    throw new Error('CADENCE_E2E_TARGET=electron, but the Electron binary is not installed')
  const app = await _electron.launch({
    executablePath,
    args: [ROOT],
    env: { ...process.env, CADENCE_USER_DATA_DIR: profileDir },
  })
  const page = await app.firstWindow()
  await waitForStartup(page)
  await page.setViewportSize({ width: 1280, height: 800 })
  return {
    page,
    target: 'electron',
    effects: null,
    emit: async (event, payload) => {
      await app.evaluate(
        ({ BrowserWindow }, [name, data]) => BrowserWindow.getAllWindows()[0]?.webContents.send(name, data),
        [event, payload] as const,
      )
    },
    close: () => app.close(),
  }
}

/** Starts the app on a new, empty profile; `close()` also deletes the profile. */
export async function launchApp(): Promise<AppUnderTest> {
  const profileDir = await mkdtemp(join(tmpdir(), 'cadence-e2e-'))
  const app =
    chooseTarget() === 'electron' ? await launchElectron(profileDir) : await launchChromium(profileDir)
  return {
    ...app,
    profileDir,
    close: async () => {
      await app.close()
      await rm(profileDir, { recursive: true, force: true })
    },
  }
}
