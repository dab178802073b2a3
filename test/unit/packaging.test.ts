/**
 * The packaging configuration, read from electron-builder.yml the way electron-builder reads it.
 * Installers can only be built where the Electron binary exists, so this is where a weakened fuse,
 * a lost target or a source file slipping into the package is caught.
 */
import { readFileSync, statSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'

const ROOT = join(import.meta.dirname, '../..')
const config = parse(readFileSync(join(ROOT, 'electron-builder.yml'), 'utf8')) as Record<string, unknown>
const packageJson = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  productName: string
  scripts: Record<string, string>
}

type PlatformConfig = { target: string[]; icon: string }
const platform = (name: 'mac' | 'win' | 'linux') => config[name] as PlatformConfig

/** A tiny glob matcher for electron-builder's `files` patterns (`**`, `*`, `{a,b}`), enough to test them. */
function globToRegExp(glob: string): RegExp {
  let source = ''
  for (let index = 0; index < glob.length; index += 1) {
    const char = glob[index] ?? ''
    if (glob.startsWith('**/', index)) {
      source += '(?:.*/)?'
      index += 2
    } else if (glob.startsWith('**', index)) {
      source += '.*'
      index += 1
    } else if (char === '*') source += '[^/]*'
    else if (char === '{') {
      const end = glob.indexOf('}', index)
      source += `(?:${glob
        .slice(index + 1, end)
        .split(',')
        .map((part) => part.replace(/[.+^$()|[\]\\]/g, '\\$&'))
        .join('|')})`
      index = end
    } else source += char.replace(/[.+?^$()|[\]\\]/g, '\\$&')
  }
  return new RegExp(`^${source}$`)
}

/** Whether electron-builder would put a project file into app.asar (last matching pattern wins). */
function isPackaged(path: string): boolean {
  let included = false
  for (const pattern of config.files as string[]) {
    const negated = pattern.startsWith('!')
    if (globToRegExp(negated ? pattern.slice(1) : pattern).test(path)) included = !negated
  }
  return included
}

describe('electron-builder.yml', () => {
  it('names the app once, the same everywhere', () => {
    expect(config.appId).toBe('app.cadence.desktop')
    expect(config.productName).toBe('Cadence')
    expect(config.productName).toBe(packageJson.productName)
  })

  it('flips every security fuse in the packaged binary', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
      grantFileProtocolExtraPrivileges: false,
      loadBrowserProcessSpecificV8Snapshot: false,
    })
    // ASAR integrity and "only load from ASAR" mean nothing without an archive.
    expect(config.asar).toBe(true)
  })

  it('builds AppImage and deb on Linux, NSIS on Windows and a dmg on macOS', () => {
    expect(platform('linux').target).toEqual(expect.arrayContaining(['AppImage', 'deb']))
    expect(platform('win').target).toEqual(expect.arrayContaining(['nsis']))
    expect(platform('mac').target).toEqual(expect.arrayContaining(['dmg']))
  })

  it('gives every platform an icon large enough to derive .ico and .icns from', () => {
    for (const name of ['mac', 'win', 'linux'] as const) {
      const icon = platform(name).icon
      const bytes = readFileSync(join(ROOT, icon))
      // PNG signature, then the IHDR chunk's width and height.
      expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG')
      expect(bytes.readUInt32BE(16)).toBeGreaterThanOrEqual(1024)
      expect(bytes.readUInt32BE(20)).toBeGreaterThanOrEqual(1024)
    }
    expect(statSync(join(ROOT, 'build/entitlements.mac.plist')).isFile()).toBe(true)
  })

  it('packages the built app and never its sources, tests or source maps', () => {
    for (const path of [
      'out/main/index.js',
      'out/preload/index.cjs',
      'out/renderer/index.html',
      'out/renderer/assets/index-abc123.js',
      'out/main/chunks/fonts/inter-regular.ttf',
      'package.json',
    ])
      expect(isPackaged(path), path).toBe(true)
    for (const path of [
      'electron/main/index.ts',
      'renderer/src/App.tsx',
      'shared/schemas/client.ts',
      'test/e2e/shell.spec.ts',
      'out/renderer/assets/index-abc123.js.map',
      'out/main/index.d.ts',
      'README.md',
      'electron-builder.yml',
      '.git/config',
    ])
      expect(isPackaged(path), path).toBe(false)
  })

  it('excludes no licence file, and ships the report fonts with theirs', () => {
    for (const license of ['LICENSE', 'LICENSE.md', 'LICENSE.txt', 'license', 'OFL.txt'])
      expect(isPackaged(`out/main/fonts/${license}`), license).toBe(true)
    const fonts = (config.extraResources as { from: string; to: string; filter: string[] }[]).find(
      (resource) => resource.from === 'electron/reports/fonts',
    )
    expect(fonts?.to).toBe('fonts')
    const shipped = (file: string) => fonts?.filter.some((glob) => globToRegExp(glob).test(file)) ?? false
    expect(shipped('Inter-Regular.ttf')).toBe(true)
    expect(shipped('NotoSans/NotoSans-Bold.ttf')).toBe(true)
    expect(shipped('OFL.txt')).toBe(true)
    expect(shipped('render.ts')).toBe(false)
  })

  // Loading app-builder-lib takes seconds on a busy machine; the limit only stops a hang.
  it('passes electron-builder’s own schema', { timeout: 60_000 }, async () => {
    // The validator electron-builder runs before packaging, from the pinned electron-builder.
    const require = createRequire(join(ROOT, 'node_modules/electron-builder/package.json'))
    const { validateConfiguration } = require('app-builder-lib/out/util/config/config.js') as {
      validateConfiguration: (
        config: unknown,
        logger: { isEnabled: boolean; add: () => void },
      ) => Promise<void>
    }
    await expect(
      validateConfiguration(config, { isEnabled: false, add: () => undefined }),
    ).resolves.toBeUndefined()
    await expect(
      validateConfiguration(
        { ...config, electronFuses: { runAsNod: false } },
        { isEnabled: false, add: () => undefined },
      ),
    ).rejects.toThrow(/electronFuses/)
  })

  it('has `npm run dist` build the app, then the installers without publishing', () => {
    expect(packageJson.scripts.dist).toBe('electron-vite build && electron-builder --publish never')
  })
})
