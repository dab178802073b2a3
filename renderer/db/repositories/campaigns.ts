/** Repository of campaigns. */
import { campaignSchema, type Campaign } from '@shared/schemas'
import { db } from '../db'
import { createRepository } from '../repository'

const base = createRepository(db.campaigns, campaignSchema)

/** Reads and writes campaigns. */
export const campaignsRepository = {
  ...base,
  /** A client's campaigns. */
  async listForClient(clientId: string): Promise<Campaign[]> {
    const campaigns = await db.campaigns.where('clientId').equals(clientId).toArray()
    return campaigns.filter((campaign) => campaign.deletedAt === null)
  },
}
