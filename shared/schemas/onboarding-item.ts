/** One step of a client's onboarding: a checklist item, the welcome contact or the workshop. */
import { z } from 'zod'
import { idSchema, instantSchema, recordBaseSchema, requiredTextSchema } from './primitives'

/** The strategic matrix filled in the onboarding workshop. */
export const strategicMatrixSchema = z.object({
  strengths: z.string(),
  weaknesses: z.string(),
  opportunities: z.string(),
  threats: z.string(),
})
export type StrategicMatrix = z.infer<typeof strategicMatrixSchema>

/** Notes of the onboarding workshop: the client's business, goals and strategic matrix. */
export const workshopNotesSchema = z.object({
  business: z.string(),
  goals: z.array(z.string()),
  matrix: strategicMatrixSchema,
})
export type WorkshopNotes = z.infer<typeof workshopNotesSchema>

/** The fields of an onboarding item. */
export const onboardingItemInputSchema = z.object({
  clientId: idSchema,
  kind: z.enum(['checklist', 'welcome-contact', 'workshop']),
  title: requiredTextSchema,
  order: z.number().int().min(0),
  doneAt: instantSchema.nullable(),
  notes: z.string(),
  workshop: workshopNotesSchema.nullable(),
})
export type OnboardingItemInput = z.infer<typeof onboardingItemInputSchema>

/** A stored onboarding item. */
export const onboardingItemSchema = recordBaseSchema.extend(onboardingItemInputSchema.shape)
export type OnboardingItem = z.infer<typeof onboardingItemSchema>
