/** Turns schema problems into one translated message per form field. */
import type { z } from 'zod'
import type { FieldIssue } from '../../db/errors'

/** Field path (`name`, `contacts.0.email`) → message. */
export type FieldErrors = Record<string, string>

/**
 * The first issue of each field path, translated by `messageFor(path)`. A nested issue also
 * marks its top-level field, so a form can show "check the contacts" next to the section.
 */
export function fieldErrors(
  issues: readonly FieldIssue[],
  messageFor: (path: string) => string,
): FieldErrors {
  const errors: FieldErrors = {}
  for (const issue of issues) {
    if (!(issue.path in errors)) errors[issue.path] = messageFor(issue.path)
    const top = issue.path.split('.')[0] ?? ''
    if (!(top in errors)) errors[top] = messageFor(top)
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
