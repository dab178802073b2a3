/** Turns schema problems into one translated message per form field. */
import type { z } from 'zod'
import type { FieldIssue } from '../../db/errors'

/** Field name → message. */
export type FieldErrors = Record<string, string>

/** The first issue of each top-level field, translated by `messageFor(field)`. */
export function fieldErrors(
  issues: readonly FieldIssue[],
  messageFor: (field: string) => string,
): FieldErrors {
  const errors: FieldErrors = {}
  for (const issue of issues) {
    const field = issue.path.split('.')[0] ?? ''
    if (!(field in errors)) errors[field] = messageFor(field)
  }
  return errors
}

/** Validates `value` with `schema`; returns the parsed value or the field issues. */
export function validate<S extends z.ZodType>(
  schema: S,
  value: unknown,
): { ok: true; value: z.infer<S> } | { ok: false; issues: FieldIssue[] } {
  const result = schema.safeParse(value)
  if (result.success) return { ok: true, value: result.data }
  return {
    ok: false,
    issues: result.error.issues.map((issue) => ({
      path: issue.path.map(String).join('.'),
      message: issue.message,
    })),
  }
}
