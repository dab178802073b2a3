/**
 * The demo agency is generated and written off the UI thread: the large agency takes seconds to
 * generate, and the window must stay responsive meanwhile. The worker writes through the same
 * Dexie database; Dexie tells the window's live queries about the change (BroadcastChannel).
 */
import { generateDemoAgency } from '@shared/demo'
import { loadDemoAgency } from '../../db/demo'
import { db } from '../../db/db'
import type { DemoRequest, DemoWorkerMessage } from './demo-messages'

const post = (message: DemoWorkerMessage): void => postMessage(message)

self.onmessage = async (event: MessageEvent<DemoRequest>) => {
  try {
    post({ type: 'generating' })
    const agency = generateDemoAgency(event.data)
    await loadDemoAgency(agency, (progress) => post({ type: 'writing', ...progress }))
    post({ type: 'done', clients: agency.clients.length })
  } catch (error) {
    post({ type: 'failed', message: error instanceof Error ? error.message : String(error) })
  } finally {
    db.close()
  }
}
