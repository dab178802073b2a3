import { describe, expect, it } from 'vitest'
import { appInfoSchema } from '@shared/ipc'
import { readAppInfo } from './app-info'

describe('readAppInfo', () => {
  it('reports name, version, platform, locale and the user-data folder as the data folder', () => {
    const info = readAppInfo(
      {
        getName: () => 'Cadence',
        getVersion: () => '0.1.0',
        getLocale: () => 'fi-FI',
        getPath: (name) => `/profiles/${name}`,
      },
      'linux',
    )
    expect(info).toEqual({
      name: 'Cadence',
      version: '0.1.0',
      platform: 'linux',
      locale: 'fi-FI',
      dataFolder: '/profiles/userData',
    })
    expect(appInfoSchema.parse(info)).toEqual(info)
  })
})
