/** The agency's settings: branding, business hours and the reply SLA, reports and backups. */
import { z } from 'zod'
import { colorSchema, dateSchema, imageDataUrlSchema, recordBaseSchema } from './primitives'

/** The one settings record's fixed id, so every install and backup agrees on it. */
export const SETTINGS_ID = '00000000-0000-4000-8000-000000000001'

const clockTimeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Expected a time as HH:MM')

/** The fields of the settings. */
export const settingsInputSchema = z.object({
  agencyName: z.string().trim().max(120),
  agencyLogoDataUrl: imageDataUrlSchema.nullable(),
  primaryColor: colorSchema,
  secondaryColor: colorSchema,
  businessHours: z.object({ start: clockTimeSchema, end: clockTimeSchema }),
  /** ISO weekdays the agency works, 1 = Monday … 7 = Sunday. */
  workdays: z.array(z.number().int().min(1).max(7)),
  holidays: z.array(dateSchema),
  sla: z.object({ targetHours: z.number().positive(), limitHours: z.number().positive() }),
  monthlyReportBusinessDay: z.number().int().min(1).max(15),
  onboardingTemplate: z.array(z.string().trim().min(1)),
  reportsFolder: z.string().nullable(),
  backup: z.object({ intervalMinutes: z.number().int().min(5), folder: z.string().nullable() }),
})
export type SettingsInput = z.infer<typeof settingsInputSchema>

/** The stored settings record (id is always SETTINGS_ID). */
export const settingsSchema = recordBaseSchema.extend(settingsInputSchema.shape)
export type Settings = z.infer<typeof settingsSchema>

/** Settings of a fresh install. */
export const DEFAULT_SETTINGS: SettingsInput = {
  agencyName: '',
  agencyLogoDataUrl: null,
  primaryColor: '#3b5bdb',
  secondaryColor: '#0ca678',
  businessHours: { start: '09:00', end: '17:00' },
  workdays: [1, 2, 3, 4, 5],
  holidays: [],
  sla: { targetHours: 3, limitHours: 6 },
  monthlyReportBusinessDay: 3,
  onboardingTemplate: [
    'Access hand-over (ad accounts, analytics, website)',
    'Brand guidelines and logo files',
    'Graphic materials and photo bank',
    'Tracking and conversion set-up checked',
    'Reporting contacts and schedule agreed',
  ],
  reportsFolder: null,
  backup: { intervalMinutes: 15, folder: null },
}
