/** Repository of tests / experiments of the lean loop. */
import { experimentSchema } from '@shared/schemas'
import { db } from '../db'
import { createRepository } from '../repository'

/** Reads and writes tests / experiments of the lean loop. */
export const experimentsRepository = createRepository(db.experiments, experimentSchema)
