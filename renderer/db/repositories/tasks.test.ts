import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { TaskInput } from '@shared/schemas'
import { db } from '../db'
import { setClock } from '../clock'
import { ValidationError } from '../errors'
import { clientInput, resetDatabase } from '../test-helpers'
import { clientsRepository } from './clients'
import { BUSINESS_LOGIC_REQUIRED, createsCycle, tasksRepository } from './tasks'

let restoreClock: () => void
let clientId: string
beforeEach(async () => {
  await resetDatabase()
  restoreClock = setClock(() => new Date(Date.UTC(2026, 2, 10, 9, 0, 0)))
  clientId = (await clientsRepository.create(clientInput())).id
})
afterEach(() => restoreClock())

function taskInput(overrides: Partial<TaskInput> = {}): TaskInput {
  return {
    clientId,
    campaignId: null,
    meetingId: null,
    title: 'Spring menu carousel ads',
    description: 'Three creatives for Meta',
    deadline: '2026-03-12',
    assigneeIds: [],
    estimatedHours: 4,
    usedHours: 0,
    businessLogic: 'Fills weekday lunch tables, the KPI of the spring campaign',
    priority: 'high',
    sequence: 0,
    dependsOn: [],
    status: 'todo',
    doneAt: null,
    ...overrides,
  }
}

async function issuesOf(promise: Promise<unknown>): Promise<Record<string, string>> {
  const error = await promise.catch((caught: unknown) => caught)
  expect(error).toBeInstanceOf(ValidationError)
  return Object.fromEntries((error as ValidationError).issues.map((issue) => [issue.path, issue.message]))
}

describe('the tasks repository', () => {
  it('refuses a task without business logic (blank counts as none) and writes nothing', async () => {
    const issues = await issuesOf(tasksRepository.create(taskInput({ businessLogic: '   ' })))
    expect(issues.businessLogic).toBe(BUSINESS_LOGIC_REQUIRED)
    expect(await db.tasks.count()).toBe(0)
  })

  it('refuses to clear the business logic of a stored task and keeps it unchanged', async () => {
    const task = await tasksRepository.create(taskInput())
    const issues = await issuesOf(tasksRepository.update(task.id, { businessLogic: '' }))
    expect(Object.keys(issues)).toEqual(['businessLogic'])
    expect(await db.tasks.get(task.id)).toEqual(task)
  })

  it('refuses negative estimated or used hours', async () => {
    const issues = await issuesOf(tasksRepository.create(taskInput({ estimatedHours: -1, usedHours: -0.5 })))
    expect(Object.keys(issues).sort()).toEqual(['estimatedHours', 'usedHours'])
    expect(await db.tasks.count()).toBe(0)
  })

  it('refuses a dependency cycle (a → b → c → a) and a task depending on itself', async () => {
    const a = await tasksRepository.create(taskInput({ title: 'a' }))
    const b = await tasksRepository.create(taskInput({ title: 'b', dependsOn: [a.id] }))
    const c = await tasksRepository.create(taskInput({ title: 'c', dependsOn: [b.id] }))
    expect((await issuesOf(tasksRepository.update(a.id, { dependsOn: [c.id] }))).dependsOn).toMatch(/cycle/)
    expect((await issuesOf(tasksRepository.update(a.id, { dependsOn: [a.id] }))).dependsOn).toMatch(/itself/)
    expect((await tasksRepository.get(a.id))?.dependsOn).toEqual([])
    // A dependency that closes no cycle is fine.
    const d = await tasksRepository.create(taskInput({ title: 'd' }))
    expect((await tasksRepository.update(d.id, { dependsOn: [a.id, c.id] })).dependsOn).toEqual([a.id, c.id])
  })

  it("refuses a dependency on another client's task", async () => {
    const otherClient = await clientsRepository.create(clientInput({ name: 'Other Oy' }))
    const foreign = await tasksRepository.create(taskInput({ clientId: otherClient.id }))
    const issues = await issuesOf(tasksRepository.create(taskInput({ dependsOn: [foreign.id] })))
    expect(issues.dependsOn).toMatch(/same client/)
  })

  it('stamps doneAt when a task is checked done and clears it when reopened', async () => {
    const task = await tasksRepository.create(taskInput())
    const done = await tasksRepository.setDone(task.id, true)
    expect(done.status).toBe('done')
    expect(done.doneAt).toBe('2026-03-10T09:00:00.000Z')
    const reopened = await tasksRepository.setDone(task.id, false)
    expect(reopened.status).toBe('todo')
    expect(reopened.doneAt).toBeNull()
  })

  it("lists a member's open tasks and the open overdue tasks across clients", async () => {
    const member = '00000000-0000-4000-8000-00000000000a'
    const mine = await tasksRepository.create(taskInput({ assigneeIds: [member], deadline: '2026-03-09' }))
    const finished = await tasksRepository.create(
      taskInput({ assigneeIds: [member], deadline: '2026-03-01' }),
    )
    await tasksRepository.setDone(finished.id, true)
    await tasksRepository.create(taskInput({ deadline: '2026-03-10' }))
    expect((await tasksRepository.listOpenForAssignee(member)).map((t) => t.id)).toEqual([mine.id])
    expect((await tasksRepository.listOverdue('2026-03-10')).map((t) => t.id)).toEqual([mine.id])
  })
})

describe('createsCycle', () => {
  const node = (id: string, dependsOn: string[] = []) => ({ id, clientId: 'c', dependsOn })
  it('follows dependencies transitively and ignores unrelated branches', () => {
    const tasks = [node('a'), node('b', ['a']), node('c', ['b']), node('x', ['y']), node('y')]
    expect(createsCycle('a', ['c'], tasks)).toBe(true)
    expect(createsCycle('a', ['x'], tasks)).toBe(false)
    expect(createsCycle('new', ['a', 'b'], tasks)).toBe(false)
  })
})
