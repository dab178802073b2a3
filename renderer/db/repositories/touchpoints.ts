/** Repository of the rhythm's touchpoints. */
import { touchpointSchema } from '@shared/schemas'
import { db } from '../db'
import { createRepository } from '../repository'

/** Reads and writes the rhythm's touchpoints. */
export const touchpointsRepository = createRepository(db.touchpoints, touchpointSchema)
