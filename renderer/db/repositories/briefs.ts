/** Repository of briefs. */
import { briefSchema, type Brief } from '@shared/schemas'
import { db } from '../db'
import { createRepository } from '../repository'

const base = createRepository(db.briefs, briefSchema)

/** Reads and writes campaign briefs. */
export const briefsRepository = {
  ...base,
  /** The brief of a campaign, if it has one. */
  async forCampaign(campaignId: string): Promise<Brief | undefined> {
    const brief = await db.briefs.where('campaignId').equals(campaignId).first()
    return brief?.deletedAt === null ? brief : undefined
  },
}
