/**
 * Primitive value schemas every entity is built from. Policy (PRODUCT.md "The data"): ids are
 * string UUIDs, money is integer minor units with an ISO currency, months are `YYYY-MM`,
 * calendar dates `YYYY-MM-DD`, instants ISO strings with an offset.
 */
import { z } from 'zod'
import { checkStoredImage, type StoredImageProblem } from '../images'

/** A record id: a string UUID, never reused and never changed. */
export const idSchema = z.uuid()
export type Id = z.infer<typeof idSchema>

/** An instant as an ISO-8601 string with offset (`Z` or `+02:00`). */
export const instantSchema = z.iso.datetime({ offset: true })

/** A calendar date `YYYY-MM-DD`, with no time or zone. */
export const dateSchema = z.iso.date()

/** A calendar month `YYYY-MM`. */
export const monthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Expected a month as YYYY-MM')
export type Month = z.infer<typeof monthSchema>

/** An ISO-4217 currency code such as `EUR`. */
export const currencySchema = z.string().regex(/^[A-Z]{3}$/, 'Expected a three-letter currency code')

/** Money: an integer amount in minor units (cents) and its currency. */
export const moneySchema = z.object({
  amountMinor: z.number().int(),
  currency: currencySchema,
})
export type Money = z.infer<typeof moneySchema>

/** A CSS hex colour `#rrggbb`. */
export const colorSchema = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'Expected a colour as #rrggbb')

const STORED_IMAGE_MESSAGES: Record<StoredImageProblem, string> = {
  'not-a-data-url': 'Expected a PNG, JPEG or WebP image',
  type: 'Expected a PNG, JPEG or WebP image',
  'not-that-type': 'The image content does not match its type',
  'too-large': 'The image is larger than 2 MB',
  'too-many-pixels': 'The image is larger than 2048 pixels a side',
}

/**
 * An image kept in the database as a base64 data URL (logos, creative examples). Checked at the
 * repository boundary, whoever wrote it: type, signature, size and (PNG) pixel count.
 */
export const imageDataUrlSchema = z.string().superRefine((value, context) => {
  const problem = checkStoredImage(value)
  if (problem !== null) context.addIssue({ code: 'custom', message: STORED_IMAGE_MESSAGES[problem] })
})

/** A non-empty, trimmed single-line text. */
export const requiredTextSchema = z.string().trim().min(1, 'Required')

/** Languages Cadence writes client-facing output in (and the UI languages). */
export const LANGUAGES = ['en', 'fi', 'pl', 'bg'] as const
/** A supported language code. */
export const languageSchema = z.enum(LANGUAGES)
export type Language = z.infer<typeof languageSchema>

/** An IANA time zone name such as `Europe/Helsinki`. */
export const timezoneSchema = z
  .string()
  .regex(/^[A-Za-z_]+(\/[A-Za-z0-9_+-]+)*$/, 'Expected an IANA time zone')

/** Fields every stored record carries so that backups merge and a later sync can replicate. */
export const recordBaseSchema = z.object({
  id: idSchema,
  createdAt: instantSchema,
  updatedAt: instantSchema,
  deletedAt: instantSchema.nullable(),
})
export type RecordBase = z.infer<typeof recordBaseSchema>
