/** Repository of campaigns. */
import { campaignSchema, type Campaign } from '@shared/schemas'
import { db } from '../db'
import { createRepository } from '../repository'

const base = createRepository(db.campaigns, campaignSchema)

/** Reads and writes campaigns. */
export const campaignsRepository = {
  ...base,
  /** Number of campaigns per client id in the given lean-loop stages. */
  async countByClient(stages: readonly Campaign['stage'][]): Promise<Map<string, number>> {
    const campaigns = await db.campaigns
      .where('stage')
      .anyOf([...stages])
      .toArray()
    const counts = new Map<string, number>()
    for (const campaign of campaigns) {
      if (campaign.deletedAt === null) counts.set(campaign.clientId, (counts.get(campaign.clientId) ?? 0) + 1)
    }
    return counts
  },
  /** A client's campaigns. */
  async listForClient(clientId: string): Promise<Campaign[]> {
    const campaigns = await db.campaigns.where('clientId').equals(clientId).toArray()
    return campaigns.filter((campaign) => campaign.deletedAt === null)
  },
}
