/** A client of the agency: who they are and how client-facing output is written for them. */
import { z } from 'zod'
import {
  colorSchema,
  currencySchema,
  dateSchema,
  idSchema,
  imageDataUrlSchema,
  instantSchema,
  languageSchema,
  recordBaseSchema,
  requiredTextSchema,
  timezoneSchema,
} from './primitives'
import { activityLevelSchema } from './enums'
import { importMappingSchema } from '../imports/mapping'

/** A person at the client the agency talks to. */
export const contactSchema = z.object({
  id: idSchema,
  name: requiredTextSchema,
  role: z.string().trim(),
  email: z.union([z.literal(''), z.email('Expected an e-mail address')]),
  phone: z.string().trim(),
  primary: z.boolean(),
})
export type Contact = z.infer<typeof contactSchema>

/** A client-specific KPI beyond the standard metrics. */
export const customKpiSchema = z.object({
  id: idSchema,
  name: requiredTextSchema,
  unit: z.string().trim(),
  higherIsBetter: z.boolean(),
  aggregation: z.enum(['sum', 'average', 'last']),
})
export type CustomKpi = z.infer<typeof customKpiSchema>

/** The client's branding used on reports. */
export const brandingSchema = z.object({
  logoDataUrl: imageDataUrlSchema.nullable(),
  primaryColor: colorSchema,
  secondaryColor: colorSchema,
})
export type Branding = z.infer<typeof brandingSchema>

/** Hours per week a team member is booked for a client (the capacity view sums these). */
export const teamAllocationSchema = z.object({
  memberId: idSchema,
  hoursPerWeek: z.number().min(0, 'Hours cannot be negative').max(80, 'At most 80 hours a week'),
})
export type TeamAllocation = z.infer<typeof teamAllocationSchema>

/** The fields a PM edits on a client. */
export const clientInputSchema = z.object({
  name: requiredTextSchema.max(120, 'At most 120 characters'),
  industry: z.string().trim().max(80, 'At most 80 characters'),
  language: languageSchema,
  currency: currencySchema,
  timezone: timezoneSchema,
  cooperationStart: dateSchema,
  ownerId: idSchema.nullable(),
  activityLevel: activityLevelSchema,
  contacts: z.array(contactSchema),
  branding: brandingSchema,
  customKpis: z.array(customKpiSchema),
  teamAllocations: z.array(teamAllocationSchema),
  notes: z.string(),
  archivedAt: instantSchema.nullable(),
})
export type ClientInput = z.infer<typeof clientInputSchema>

/** A column mapping the PM saved for one import source, reused for that source's next file. */
export const savedImportMappingSchema = z.object({
  source: z.string(),
  mapping: importMappingSchema,
  savedAt: instantSchema,
})
export type SavedImportMapping = z.infer<typeof savedImportMappingSchema>

/** A stored client; import mappings are saved by imports, not edited in the client form. */
export const clientSchema = recordBaseSchema.extend({
  ...clientInputSchema.shape,
  importMappings: z.array(savedImportMappingSchema).default([]),
})
export type Client = z.infer<typeof clientSchema>
