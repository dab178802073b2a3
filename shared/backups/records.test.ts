import { z } from 'zod'
import { describe, expect, it } from 'vitest'
import { TABLE_SCHEMAS } from '../schemas'
import { validateRecords } from './records'

const base = { createdAt: '2026-01-01T08:00:00Z', updatedAt: '2026-01-01T08:00:00Z', deletedAt: null }
const schemas = {
  clients: z.object({
    id: z.string(),
    name: z.string().min(1, 'Required'),
    contacts: z.array(z.object({ email: z.email('Expected an e-mail address') })),
    createdAt: z.string(),
    updatedAt: z.string(),
    deletedAt: z.string().nullable(),
  }),
  tasks: z.object({ id: z.string(), updatedAt: z.string(), deletedAt: z.string().nullable() }),
}

describe('validateRecords', () => {
  it('returns the parsed records of every table, empty tables included', () => {
    const client = { id: 'c1', name: 'Aalto', contacts: [], ...base }
    const result = validateRecords([{ name: 'clients', rows: [client] }], schemas)
    expect(result).toEqual({ ok: true, value: { clients: [client], tasks: [] } })
  })

  it('drops fields the schema does not know', () => {
    const result = validateRecords(
      [{ name: 'clients', rows: [{ id: 'c1', name: 'Aalto', contacts: [], isAdmin: true, ...base }] }],
      schemas,
    )
    expect(result.ok && result.value.clients?.[0]).not.toHaveProperty('isAdmin')
  })

  it('names the table, the record and the field of the first bad record', () => {
    const rows = [
      { id: 'c1', name: 'Aalto', contacts: [], ...base },
      { id: 'c2', name: 'Berg', contacts: [{ email: 'not-an-address' }], ...base },
    ]
    expect(validateRecords([{ name: 'clients', rows }], schemas)).toEqual({
      ok: false,
      problem: {
        kind: 'invalid-record',
        table: 'clients',
        index: 2,
        id: 'c2',
        field: 'contacts.0.email',
        message: 'Expected an e-mail address',
      },
    })
  })

  it('refuses wrong types, records that are not objects and repeated ids', () => {
    const wrongType = validateRecords(
      [{ name: 'tasks', rows: [{ id: 7, updatedAt: 'x', deletedAt: null }] }],
      schemas,
    )
    expect(wrongType).toMatchObject({ ok: false, problem: { kind: 'invalid-record', field: 'id', id: null } })
    const notObject = validateRecords([{ name: 'tasks', rows: ['hello'] }], schemas)
    expect(notObject).toMatchObject({ ok: false, problem: { kind: 'invalid-record', index: 1, field: '' } })
    const task = { id: 't1', updatedAt: 'x', deletedAt: null }
    expect(validateRecords([{ name: 'tasks', rows: [task, task] }], schemas)).toEqual({
      ok: false,
      problem: { kind: 'duplicate-id', table: 'tasks', id: 't1' },
    })
  })

  it('refuses a table without a schema and hostile keys inside a record', () => {
    expect(validateRecords([{ name: 'secrets', rows: [] }], schemas)).toEqual({
      ok: false,
      problem: { kind: 'unknown-table', table: 'secrets' },
    })
    const hostile = JSON.parse(
      '{"id":"t1","updatedAt":"x","deletedAt":null,"__proto__":{"polluted":1}}',
    ) as unknown
    expect(validateRecords([{ name: 'tasks', rows: [hostile] }], schemas)).toMatchObject({
      ok: false,
      problem: { kind: 'forbidden-key', key: '__proto__' },
    })
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('checks real records with the app table schemas (a client without a name is refused)', () => {
    const result = validateRecords(
      [{ name: 'clients', rows: [{ id: '9b67f671-2290-42e3-90e2-a1c77f2e7865', name: '', ...base }] }],
      TABLE_SCHEMAS,
    )
    expect(result).toMatchObject({
      ok: false,
      problem: { kind: 'invalid-record', table: 'clients', index: 1 },
    })
  })
})
