import { describe, expect, it } from 'vitest'
import { generateDemoAgency } from './index'

const TODAY = '2026-11-23'
const NOW = `${TODAY}T08:00:00.000Z`

describe('demo lean-loop histories', () => {
  const agency = generateDemoAgency({ seed: 7, today: TODAY })
  const records = [...agency.campaigns, ...agency.experiments]

  it('end in the stage each campaign and test is in, oldest first, never after now', () => {
    for (const record of records) {
      expect(record.stageHistory.at(-1)?.stage).toBe(record.stage)
      const instants = record.stageHistory.map((change) => change.at)
      expect(instants).toEqual([...instants].sort())
      expect(instants.every((at) => at <= NOW && at >= record.createdAt)).toBe(true)
    }
  })

  it('has campaigns that moved in the last week, for the weekly card to tell', () => {
    const weekAgo = '2026-11-16T00:00:00.000Z'
    const moved = agency.campaigns.filter((c) =>
      c.stageHistory.slice(1).some((change) => change.at > weekAgo),
    )
    expect(moved.length).toBeGreaterThan(0)
  })
})
