/** A campaign's brief: no brief, no project (seeds 001, 003). */
import { z } from 'zod'
import {
  dateSchema,
  idSchema,
  instantSchema,
  moneySchema,
  recordBaseSchema,
  requiredTextSchema,
} from './primitives'
import { briefStatusSchema, channelSchema } from './enums'

/** A KPI the brief commits to, with its target. */
export const briefKpiSchema = z.object({
  id: idSchema,
  name: requiredTextSchema,
  target: z.number().nullable(),
  unit: z.string(),
})
export type BriefKpi = z.infer<typeof briefKpiSchema>

/** A question the brief still needs answered (answer null while open). */
export const openQuestionSchema = z.object({
  id: idSchema,
  question: requiredTextSchema,
  answer: z.string().nullable(),
  answeredAt: instantSchema.nullable(),
})
export type OpenQuestion = z.infer<typeof openQuestionSchema>

/** The fields of a brief. */
export const briefInputSchema = z.object({
  clientId: idSchema,
  campaignId: idSchema,
  goal: z.string(),
  businessLogic: z.string(),
  audience: z.string(),
  kpis: z.array(briefKpiSchema),
  budget: moneySchema.nullable(),
  deadline: dateSchema.nullable(),
  deliverables: z.array(z.string()),
  channels: z.array(channelSchema),
  materials: z.array(z.string()),
  openQuestions: z.array(openQuestionSchema),
  status: briefStatusSchema,
  approvedAt: instantSchema.nullable(),
})
export type BriefInput = z.infer<typeof briefInputSchema>

/** A stored brief. */
export const briefSchema = recordBaseSchema.extend(briefInputSchema.shape)
export type Brief = z.infer<typeof briefSchema>
