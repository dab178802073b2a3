import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import {
  CAPACITY_WEEKS,
  agencyCapacity,
  capacityWeekStarts,
  teamCapacity,
  whoCouldRunNewClient,
  type CapacityInput,
  type CapacityTask,
  type CapacityWeek,
  type MemberCapacity,
} from './capacity'
import { TASK_STATUSES } from './schemas/enums'

const AINO = 'a0000000-0000-4000-8000-000000000001'
const BARTEK = 'b0000000-0000-4000-8000-000000000002'
const CVETA = 'c0000000-0000-4000-8000-000000000003'
const CLIENT_X = 'd0000000-0000-4000-8000-000000000004'
const CLIENT_Y = 'e0000000-0000-4000-8000-000000000005'

function task(
  assigneeIds: string[],
  estimatedHours: number,
  usedHours: number,
  deadline: string | null,
  extra: Partial<CapacityTask> = {},
): CapacityTask {
  return { assigneeIds, estimatedHours, usedHours, deadline, status: 'todo', ...extra }
}

/** Only the numbers of a week, for hand-computed expectations. */
function numbers(
  weeks: CapacityWeek[],
  key: 'capacity' | 'allocated' | 'taskHours' | 'load' | 'free',
): number[] {
  return weeks.map((w) => w[key])
}

// Wednesday 11 March 2026; this ISO week starts Monday 9 March.
const example: CapacityInput = {
  today: '2026-03-11',
  members: [
    { id: AINO, weeklyCapacityHours: 40, active: true },
    { id: BARTEK, weeklyCapacityHours: 30, active: true },
    { id: CVETA, weeklyCapacityHours: 20, active: false },
  ],
  allocations: [
    { clientId: CLIENT_X, memberId: AINO, hoursPerWeek: 10 },
    { clientId: CLIENT_Y, memberId: AINO, hoursPerWeek: 8 },
    { clientId: CLIENT_X, memberId: BARTEK, hoursPerWeek: 12 },
    { clientId: CLIENT_Y, memberId: CVETA, hoursPerWeek: 5 },
  ],
  tasks: [
    // Overdue: 6 h left land on Aino this week.
    task([AINO], 10, 4, '2026-03-05'),
    // Shared: 12 h split 6 + 6 in the week of Friday 20 March.
    task([AINO, BARTEK], 12, 0, '2026-03-20', { status: 'in-progress' }),
    // Cveta is inactive, so Bartek carries all 9 h, due Sunday 29 March (week of 23 March).
    task([BARTEK, CVETA], 9, 0, '2026-03-29', { status: 'blocked' }),
    // Already over its estimate: nothing left to place.
    task([BARTEK], 5, 7, '2026-03-30'),
    // No deadline: 2 h left land on Aino this week.
    task([AINO], 3, 1, null),
    // Only an inactive assignee: 4 h of unassigned agency work in the week of 6 April.
    task([CVETA], 4, 0, '2026-04-07'),
  ],
}

describe('capacityWeekStarts', () => {
  it('starts on the Monday of the ISO week, also when today is that Monday or a Sunday', () => {
    expect(capacityWeekStarts('2026-03-11')).toEqual([
      '2026-03-09',
      '2026-03-16',
      '2026-03-23',
      '2026-03-30',
      '2026-04-06',
    ])
    expect(capacityWeekStarts('2026-03-15')[0]).toBe('2026-03-09') // Sunday
    expect(capacityWeekStarts('2026-03-16')[0]).toBe('2026-03-16') // Monday
  })

  it('crosses month and year ends and a DST change', () => {
    expect(capacityWeekStarts('2027-01-01')).toEqual([
      '2026-12-28',
      '2027-01-04',
      '2027-01-11',
      '2027-01-18',
      '2027-01-25',
    ])
    // EU clocks move on Sunday 29 March 2026.
    expect(capacityWeekStarts('2026-03-25')).toEqual([
      '2026-03-23',
      '2026-03-30',
      '2026-04-06',
      '2026-04-13',
      '2026-04-20',
    ])
  })

  it('rejects a malformed today with a message naming it', () => {
    expect(() => capacityWeekStarts('11.3.2026')).toThrow(
      'Expected today as a calendar date YYYY-MM-DD, got "11.3.2026"',
    )
  })
})

describe('teamCapacity (hand-computed example)', () => {
  const result = teamCapacity(example)
  const [aino, bartek, cveta] = result

  it('returns every member in input order with five weeks', () => {
    expect(result.map((m) => [m.memberId, m.active, m.weeks.length])).toEqual([
      [AINO, true, CAPACITY_WEEKS],
      [BARTEK, true, CAPACITY_WEEKS],
      [CVETA, false, CAPACITY_WEEKS],
    ])
    expect(aino?.weeks.map((w) => w.weekStart)).toEqual(capacityWeekStarts('2026-03-11'))
  })

  it('sums Aino: 18 h of clients, overdue and undated work this week, half the shared task next week', () => {
    const weeks = aino?.weeks ?? []
    expect(numbers(weeks, 'capacity')).toEqual([40, 40, 40, 40, 40])
    expect(numbers(weeks, 'allocated')).toEqual([18, 18, 18, 18, 18])
    expect(numbers(weeks, 'taskHours')).toEqual([8, 6, 0, 0, 0])
    expect(numbers(weeks, 'load')).toEqual([26, 24, 18, 18, 18])
    expect(numbers(weeks, 'free')).toEqual([14, 16, 22, 22, 22])
    expect(weeks[0]?.share).toBe(0.65)
  })

  it('sums Bartek: the inactive co-assignee’s share is his, the over-used task adds nothing', () => {
    const weeks = bartek?.weeks ?? []
    expect(numbers(weeks, 'taskHours')).toEqual([0, 6, 9, 0, 0])
    expect(numbers(weeks, 'load')).toEqual([12, 18, 21, 12, 12])
    expect(numbers(weeks, 'free')).toEqual([18, 12, 9, 18, 18])
    expect(weeks[2]?.share).toBe(0.7)
  })

  it('gives inactive Cveta no capacity and no tasks but keeps her client allocation visible', () => {
    expect(cveta?.weeks[0]).toEqual({
      weekStart: '2026-03-09',
      capacity: 0,
      allocated: 5,
      taskHours: 0,
      load: 5,
      free: -5,
      share: null,
    })
  })
})

describe('agencyCapacity', () => {
  it('totals the members and adds the work nobody active is assigned to', () => {
    const weeks = agencyCapacity(example)
    expect(numbers(weeks, 'capacity')).toEqual([70, 70, 70, 70, 70])
    expect(numbers(weeks, 'allocated')).toEqual([35, 35, 35, 35, 35])
    expect(numbers(weeks, 'taskHours')).toEqual([8, 12, 9, 0, 0])
    expect(weeks.map((w) => w.unassignedTaskHours)).toEqual([0, 0, 0, 0, 4])
    expect(numbers(weeks, 'load')).toEqual([43, 47, 44, 35, 39])
    expect(numbers(weeks, 'free')).toEqual([27, 23, 26, 35, 31])
    expect(weeks[1]?.share).toBeCloseTo(47 / 70)
  })

  it('has five empty weeks with a null share for an agency without members', () => {
    const weeks = agencyCapacity({ today: '2026-03-11', members: [], allocations: [], tasks: [] })
    expect(weeks).toHaveLength(5)
    expect(weeks[0]).toEqual({
      weekStart: '2026-03-09',
      capacity: 0,
      allocated: 0,
      taskHours: 0,
      unassignedTaskHours: 0,
      load: 0,
      free: 0,
      share: null,
    })
  })
})

describe('which tasks count and where they land', () => {
  const one = (tasks: CapacityTask[], today = '2026-03-16'): number[] =>
    teamCapacity({
      today,
      members: [{ id: AINO, weeklyCapacityHours: 40, active: true }],
      allocations: [],
      tasks,
    })[0]?.weeks.map((w) => w.taskHours) ?? []

  it('puts a Sunday deadline in the week it ends and a Monday deadline in the next', () => {
    // Today is Monday 16 March.
    expect(one([task([AINO], 4, 0, '2026-03-15')])).toEqual([4, 0, 0, 0, 0]) // last Sunday: overdue
    expect(one([task([AINO], 4, 0, '2026-03-22')])).toEqual([4, 0, 0, 0, 0]) // this Sunday
    expect(one([task([AINO], 4, 0, '2026-03-23')])).toEqual([0, 4, 0, 0, 0]) // next Monday
  })

  it('counts the last day of the fifth week and nothing after it', () => {
    expect(one([task([AINO], 4, 0, '2026-04-19')])).toEqual([0, 0, 0, 0, 4])
    expect(one([task([AINO], 4, 0, '2026-04-20')])).toEqual([0, 0, 0, 0, 0])
  })

  it('ignores done and soft-deleted tasks, and counts blocked ones', () => {
    expect(one([task([AINO], 4, 0, null, { status: 'done' })])).toEqual([0, 0, 0, 0, 0])
    expect(one([task([AINO], 4, 0, null, { deletedAt: '2026-03-10T09:00:00Z' })])).toEqual([0, 0, 0, 0, 0])
    expect(one([task([AINO], 4, 0, null, { status: 'blocked', deletedAt: null })])).toEqual([4, 0, 0, 0, 0])
  })

  it('counts a doubly listed assignee once and splits thirds among three', () => {
    expect(one([task([AINO, AINO], 4, 0, null)])).toEqual([4, 0, 0, 0, 0])
    const shared = teamCapacity({
      today: '2026-03-16',
      members: [AINO, BARTEK, CVETA].map((id) => ({ id, weeklyCapacityHours: 30, active: true })),
      allocations: [],
      tasks: [task([AINO, BARTEK, CVETA], 10, 0, null)],
    })
    for (const member of shared) expect(member.weeks[0]?.taskHours).toBeCloseTo(10 / 3)
  })

  it('ignores soft-deleted members and allocations of unknown members', () => {
    const result = teamCapacity({
      today: '2026-03-16',
      members: [
        { id: AINO, weeklyCapacityHours: 40, active: true },
        { id: BARTEK, weeklyCapacityHours: 40, active: true, deletedAt: '2026-03-01T00:00:00Z' },
      ],
      allocations: [{ clientId: CLIENT_X, memberId: BARTEK, hoursPerWeek: 10 }],
      tasks: [task([AINO, BARTEK], 6, 0, null)],
    })
    expect(result.map((m) => m.memberId)).toEqual([AINO])
    expect(result[0]?.weeks[0]).toMatchObject({ allocated: 0, taskHours: 6 })
  })

  it('names a malformed deadline', () => {
    expect(() => one([task([AINO], 1, 0, '2026-02-30')])).toThrow(
      'Expected a task deadline as a calendar date YYYY-MM-DD, got "2026-02-30"',
    )
  })
})

describe('whoCouldRunNewClient', () => {
  it('ranks those who fit every week first, then the rest, by free hours', () => {
    const ranking = whoCouldRunNewClient(teamCapacity(example), 10)
    expect(ranking).toEqual([
      { memberId: AINO, fitsEveryWeek: true, freeHours: 96, minFreeHours: 14, shortWeeks: [] },
      { memberId: BARTEK, fitsEveryWeek: false, freeHours: 75, minFreeHours: 9, shortWeeks: ['2026-03-23'] },
    ])
  })

  it('counts a week with exactly the needed hours free as a fit', () => {
    expect(whoCouldRunNewClient(teamCapacity(example), 9).map((c) => [c.memberId, c.fitsEveryWeek])).toEqual([
      [AINO, true],
      [BARTEK, true],
    ])
  })

  it('puts a member who fits every week above one with more free hours who does not', () => {
    const member = (memberId: string, free: number[]): MemberCapacity => ({
      memberId,
      active: true,
      weeks: free.map((f, i) => ({
        weekStart: capacityWeekStarts('2026-03-11')[i] ?? '',
        capacity: 40,
        allocated: 40 - f,
        taskHours: 0,
        load: 40 - f,
        free: f,
        share: (40 - f) / 40,
      })),
    })
    const ranking = whoCouldRunNewClient(
      [
        member(AINO, [40, 40, 40, 40, 0]),
        member(BARTEK, [10, 10, 10, 10, 10]),
        member(CVETA, [12, 12, 12, 12, 12]),
      ],
      10,
    )
    expect(ranking.map((c) => [c.memberId, c.fitsEveryWeek, c.freeHours])).toEqual([
      [CVETA, true, 60],
      [BARTEK, true, 50],
      [AINO, false, 160],
    ])
    expect(ranking[2]?.shortWeeks).toEqual(['2026-04-06'])
  })

  it('leaves inactive members out', () => {
    const ids = whoCouldRunNewClient(teamCapacity(example), 0).map((c) => c.memberId)
    expect(ids).not.toContain(CVETA)
    expect(ids).toHaveLength(2)
  })

  it('rejects negative or non-numeric hours', () => {
    expect(() => whoCouldRunNewClient([], -1)).toThrow("Expected the new client's hours per week")
    expect(() => whoCouldRunNewClient([], Number.NaN)).toThrow("Expected the new client's hours per week")
  })
})

describe('capacity properties', () => {
  const pool = [AINO, BARTEK, CVETA, CLIENT_X] // CLIENT_X stands in for an id no member has
  const arbitraryInput = fc.record({
    today: fc
      .integer({ min: 0, max: 800 })
      .map((d) => new Date(Date.UTC(2026, 0, 1 + d)).toISOString().slice(0, 10)),
    active: fc.tuple(fc.boolean(), fc.boolean(), fc.boolean()),
    allocations: fc.array(
      fc.record({ memberId: fc.constantFrom(...pool), hoursPerWeek: fc.integer({ min: 0, max: 20 }) }),
      { maxLength: 6 },
    ),
    tasks: fc.array(
      fc.record({
        assigneeIds: fc.array(fc.constantFrom(...pool), { maxLength: 4 }),
        estimatedHours: fc.integer({ min: 0, max: 40 }),
        usedHours: fc.integer({ min: 0, max: 40 }),
        // Days from this week's Monday: well overdue up to the last day of the fifth week.
        deadlineOffset: fc.option(fc.integer({ min: -30, max: 7 * CAPACITY_WEEKS - 1 }), { nil: null }),
        status: fc.constantFrom(...TASK_STATUSES),
      }),
      { maxLength: 12 },
    ),
  })

  type Generated = typeof arbitraryInput extends fc.Arbitrary<infer T> ? T : never

  function build(generated: Generated): {
    input: CapacityInput
    tasks: CapacityTask[]
  } {
    const monday = capacityWeekStarts(generated.today)[0] ?? generated.today
    const base = Date.parse(`${monday}T00:00:00Z`)
    const tasks = generated.tasks.map(({ deadlineOffset, ...t }) => ({
      ...t,
      deadline:
        deadlineOffset === null
          ? null
          : new Date(base + deadlineOffset * 86_400_000).toISOString().slice(0, 10),
    }))
    const members = [AINO, BARTEK, CVETA].map((id, i) => ({
      id,
      weeklyCapacityHours: 30,
      active: generated.active[i] ?? false,
    }))
    const allocations = generated.allocations.map((a) => ({ ...a, clientId: CLIENT_Y }))
    return { input: { today: generated.today, members, allocations, tasks }, tasks }
  }

  it('places exactly the remaining hours of open tasks with an active assignee on members', () => {
    fc.assert(
      fc.property(arbitraryInput, (generated) => {
        const { input, tasks } = build(generated)
        const active = new Set(input.members.filter((m) => m.active).map((m) => m.id))
        const expected = tasks
          .filter((t) => t.status !== 'done' && t.assigneeIds.some((id) => active.has(id)))
          .reduce((total, t) => total + Math.max(t.estimatedHours - t.usedHours, 0), 0)
        const placed = teamCapacity(input)
          .flatMap((m) => m.weeks)
          .reduce((total, w) => total + w.taskHours, 0)
        expect(placed).toBeCloseTo(expected, 6)
      }),
    )
  })

  it('loses no work: the agency load is every allocation of a member plus every open task’s remaining hours', () => {
    fc.assert(
      fc.property(arbitraryInput, (generated) => {
        const { input, tasks } = build(generated)
        const remaining = tasks
          .filter((t) => t.status !== 'done')
          .reduce((total, t) => total + Math.max(t.estimatedHours - t.usedHours, 0), 0)
        const allocatedPerWeek = input.allocations
          .filter((a) => input.members.some((m) => m.id === a.memberId))
          .reduce((total, a) => total + a.hoursPerWeek, 0)
        const weeks = agencyCapacity(input)
        const load = weeks.reduce((total, w) => total + w.load, 0)
        expect(load).toBeCloseTo(remaining + CAPACITY_WEEKS * allocatedPerWeek, 6)
        for (const w of weeks) expect(w.free).toBeCloseTo(w.capacity - w.load, 9)
      }),
    )
  })
})
