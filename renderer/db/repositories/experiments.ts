/** Repository of tests / experiments of the lean loop; an experiment never ends before it starts. */
import type { z } from 'zod'
import {
  experimentInputSchema,
  experimentSchema,
  type Experiment,
  type ExperimentInput,
} from '@shared/schemas'
import { db } from '../db'
import { createRepository } from '../repository'

/** The experiment fields with the date rule; forms validate with it too. */
export const experimentRulesSchema = experimentInputSchema.superRefine(checkDates)

const storedSchema = experimentSchema.superRefine(checkDates)

function checkDates(experiment: ExperimentInput, ctx: z.RefinementCtx): void {
  if (experiment.startDate && experiment.endDate && experiment.endDate < experiment.startDate)
    ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'The end is before the start' })
}

const base = createRepository(db.experiments, storedSchema)

/** Reads and writes tests / experiments of the lean loop. */
export const experimentsRepository = {
  ...base,
  /** The tests attached to a campaign. */
  async listForCampaign(campaignId: string): Promise<Experiment[]> {
    const rows = await db.experiments.where('campaignId').equals(campaignId).toArray()
    return rows.filter((row) => row.deletedAt === null)
  },
}
