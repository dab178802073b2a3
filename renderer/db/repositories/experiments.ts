/**
 * Repository of tests / experiments of the lean loop; an experiment never ends before it starts.
 * Like campaigns, every stage a test enters (on creation and on each move) is appended to its
 * `stageHistory` in the same transaction, for the weekly card's "what moved since last week".
 */
import { v4 as uuid } from 'uuid'
import type { z } from 'zod'
import {
  experimentInputSchema,
  experimentSchema,
  type Experiment,
  type ExperimentInput,
  type LeanStage,
} from '@shared/schemas'
import { db } from '../db'
import { RecordNotFoundError, parseOrThrow } from '../errors'
import { nowIso } from '../clock'
import { createRepository } from '../repository'
import { withStageEntered } from './campaigns'

/** The experiment fields with the date rule; forms validate with it too. */
export const experimentRulesSchema = experimentInputSchema.superRefine(checkDates)

const storedSchema = experimentSchema.superRefine(checkDates)

function checkDates(experiment: ExperimentInput, ctx: z.RefinementCtx): void {
  if (experiment.startDate && experiment.endDate && experiment.endDate < experiment.startDate)
    ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'The end is before the start' })
}

const base = createRepository(db.experiments, storedSchema)

async function liveExperiment(id: string): Promise<Experiment> {
  const current = await db.experiments.get(id)
  if (!current || current.deletedAt !== null) throw new RecordNotFoundError('experiments', id)
  return current
}

/** Reads and writes tests / experiments of the lean loop. */
export const experimentsRepository = {
  ...base,
  /** Creates a test; its history starts with the stage it is created in. */
  async create(input: ExperimentInput): Promise<Experiment> {
    const now = nowIso()
    const experiment = parseOrThrow(storedSchema, {
      ...input,
      stageHistory: [{ stage: input.stage, at: now }],
      id: uuid(),
      createdAt: now,
      updatedAt: now,
      deletedAt: null,
    })
    await db.transaction('rw', db.experiments, () => db.experiments.add(experiment))
    return experiment
  },
  /** Updates a test; a change of stage is recorded in its history. */
  async update(id: string, patch: Partial<ExperimentInput>): Promise<Experiment> {
    return db.transaction('rw', db.experiments, async () => {
      const current = await liveExperiment(id)
      const now = nowIso()
      const stage = patch.stage ?? current.stage
      const next = parseOrThrow(storedSchema, {
        ...current,
        ...patch,
        ...(stage === current.stage ? {} : { stageHistory: withStageEntered(current, stage, now) }),
        id,
        createdAt: current.createdAt,
        updatedAt: now,
        deletedAt: null,
      })
      await db.experiments.put(next)
      return next
    })
  },
  /** Moves a test to a lean-loop stage (tests have no brief gate). */
  async moveToStage(id: string, stage: LeanStage): Promise<Experiment> {
    return db.transaction('rw', db.experiments, async () => {
      const current = await liveExperiment(id)
      if (current.stage === stage) return current
      const now = nowIso()
      const next = parseOrThrow(storedSchema, {
        ...current,
        stage,
        stageHistory: withStageEntered(current, stage, now),
        updatedAt: now,
      })
      await db.experiments.put(next)
      return next
    })
  },
  /** The tests attached to a campaign. */
  async listForCampaign(campaignId: string): Promise<Experiment[]> {
    const rows = await db.experiments.where('campaignId').equals(campaignId).toArray()
    return rows.filter((row) => row.deletedAt === null)
  },
  /** A client's tests. */
  async listForClient(clientId: string): Promise<Experiment[]> {
    const rows = await db.experiments.where('clientId').equals(clientId).toArray()
    return rows.filter((row) => row.deletedAt === null)
  },
}
