/** Errors repositories throw, typed so that forms can show them next to the right field. */
import type { z } from 'zod'

/** One problem with one field of a record. */
export type FieldIssue = { path: string; message: string }

/** The record did not pass its schema; nothing was written. */
export class ValidationError extends Error {
  readonly issues: FieldIssue[]
  constructor(issues: FieldIssue[]) {
    super(issues.map((issue) => (issue.path ? `${issue.path}: ${issue.message}` : issue.message)).join('; '))
    this.name = 'ValidationError'
    this.issues = issues
  }
}

/** The record does not exist (or was deleted). */
export class RecordNotFoundError extends Error {
  constructor(table: string, id: string) {
    super(`${table} ${id} was not found`)
    this.name = 'RecordNotFoundError' // not 'NotFoundError': Dexie rewraps errors named like DOMExceptions
  }
}

/** Parses with a schema or throws a ValidationError listing every field problem. */
export function parseOrThrow<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> {
  const result = schema.safeParse(value)
  if (result.success) return result.data
  throw new ValidationError(
    result.error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message })),
  )
}
