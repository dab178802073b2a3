/** Repository of metric months. */
import { metricMonthSchema, type MetricMonth } from '@shared/schemas'
import { db } from '../db'
import { createRepository } from '../repository'

const base = createRepository(db.metricMonths, metricMonthSchema)

/** Reads and writes clients' monthly results. */
export const metricMonthsRepository = {
  ...base,
  /** A client's rows for months in [from, to] (YYYY-MM, inclusive). */
  async listForClient(clientId: string, from = '0000-01', to = '9999-12'): Promise<MetricMonth[]> {
    const rows = await db.metricMonths
      .where('[clientId+month]')
      .between([clientId, from], [clientId, to], true, true)
      .toArray()
    return rows.filter((row) => row.deletedAt === null)
  },
}
