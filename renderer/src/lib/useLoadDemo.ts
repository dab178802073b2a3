/** Loads the demo agency and tells the PM how it went. */
import { useState } from 'react'
import { notifications } from '@mantine/notifications'
import { useTranslation } from 'react-i18next'
import type { DemoSize } from '@shared/demo'
import { loadDemoAgency, type DemoProgress } from '../../db/demo'
import type { DemoRequest, DemoWorkerMessage } from './demo-messages'
import { todayIso } from './today'

/** The seed of the demo agency everyone sees, so screenshots and support talk about the same data. */
export const DEMO_SEED = 2026

/** Where a load is: generating the records, then writing them (share written, 0–1). */
export type DemoLoadState = { phase: 'generating' } | { phase: 'writing'; share: number }

/** Generates and writes in a worker; reports progress; resolves with the number of clients. */
function loadInWorker(request: DemoRequest, onState: (state: DemoLoadState) => void): Promise<number> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./demo-worker.ts', import.meta.url), { type: 'module' })
    const finish = () => worker.terminate()
    worker.onmessage = (event: MessageEvent<DemoWorkerMessage>) => {
      const message = event.data
      if (message.type === 'generating') onState({ phase: 'generating' })
      else if (message.type === 'writing')
        onState({ phase: 'writing', share: message.total === 0 ? 1 : message.written / message.total })
      else if (message.type === 'done') {
        finish()
        resolve(message.clients)
      } else {
        finish()
        reject(new Error(message.message))
      }
    }
    worker.onerror = (event) => {
      finish()
      reject(new Error(event.message || 'worker error'))
    }
    worker.postMessage(request)
  })
}

/** Without workers (never in the app, kept for robustness) the load runs on this thread. */
async function loadHere(request: DemoRequest, onState: (state: DemoLoadState) => void): Promise<number> {
  onState({ phase: 'generating' })
  const { generateDemoAgency } = await import('@shared/demo')
  const agency = generateDemoAgency(request)
  await loadDemoAgency(agency, ({ written, total }: DemoProgress) =>
    onState({ phase: 'writing', share: total === 0 ? 1 : written / total }),
  )
  return agency.clients.length
}

/** Returns `loadDemo(size)`, whether it is running and how far it got. */
export function useLoadDemo() {
  const { t } = useTranslation()
  const [state, setState] = useState<DemoLoadState | null>(null)
  const [size, setSize] = useState<DemoSize | null>(null)
  const loadDemo = async (size: DemoSize = 'small') => {
    setSize(size)
    setState({ phase: 'generating' })
    const request: DemoRequest = { seed: DEMO_SEED, today: todayIso(), size }
    try {
      const load = typeof Worker === 'undefined' ? loadHere : loadInWorker
      const clients = await load(request, setState)
      notifications.show({ color: 'teal', message: t('demo.loaded', { count: clients }) })
    } catch (error) {
      notifications.show({
        color: 'red',
        message: t('demo.failed', { message: error instanceof Error ? error.message : String(error) }),
      })
    } finally {
      setState(null)
      setSize(null)
    }
  }
  return { loadDemo, loading: state !== null, loadingSize: size, progress: state }
}
