/** Loads the demo agency and tells the PM how it went. */
import { useState } from 'react'
import { notifications } from '@mantine/notifications'
import { useTranslation } from 'react-i18next'
import { loadDemoAgency } from '../../db/demo'
import { todayIso } from './today'

/** The seed of the demo agency everyone sees, so screenshots and support talk about the same data. */
export const DEMO_SEED = 2026

/** Returns `loadDemo()` and whether it is running. */
export function useLoadDemo() {
  const { t } = useTranslation()
  const [loading, setLoading] = useState(false)
  const loadDemo = async () => {
    setLoading(true)
    try {
      // Loaded on demand: the generator is only needed once.
      const { generateDemoAgency } = await import('@shared/demo')
      const agency = generateDemoAgency({ seed: DEMO_SEED, today: todayIso() })
      await loadDemoAgency(agency)
      notifications.show({ color: 'teal', message: t('demo.loaded', { count: agency.clients.length }) })
    } catch (error) {
      notifications.show({
        color: 'red',
        message: t('demo.failed', { message: error instanceof Error ? error.message : String(error) }),
      })
    } finally {
      setLoading(false)
    }
  }
  return { loadDemo, loading }
}
