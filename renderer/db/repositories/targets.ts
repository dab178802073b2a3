/** Repository of client targets per KPI and period. */
import { targetSchema } from '@shared/schemas'
import { db } from '../db'
import { createRepository } from '../repository'

/** Reads and writes client targets per KPI and period. */
export const targetsRepository = createRepository(db.targets, targetSchema)
