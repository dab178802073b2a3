import { describe, expect, it } from 'vitest'
import { TOUCHPOINT_KINDS, type TouchpointKind } from '@shared/schemas'
import { touchpointRoute } from './touchpoint-route'

const route = (kind: TouchpointKind, clientId: string | null = 'c1', periodKey = '2026-10') =>
  touchpointRoute({ id: 'tp1', kind, clientId, periodKey })

describe('where a touchpoint opens', () => {
  it('sends mails to the mail editor and the weekly to this week’s weekly', () => {
    expect(route('monday-plan-mail')).toBe('/mail/tp1')
    expect(route('friday-summary')).toBe('/mail/tp1')
    expect(route('internal-weekly', null)).toBe('/weekly')
  })

  it('prepares the meeting of a review or the onboarding workshop', () => {
    expect(route('quarterly-review')).toBe('/meetings/prepare/tp1')
    expect(route('annual-review')).toBe('/meetings/prepare/tp1')
    expect(route('onboarding-workshop')).toBe('/meetings/prepare/tp1')
  })

  it('opens client work on the client’s tab for it', () => {
    expect(route('monthly-report')).toBe('/clients/c1/results?month=2026-10&verify=2026-10')
    expect(route('annual-report')).toBe('/clients/c1/reports')
    expect(route('publishing-schedule')).toBe('/clients/c1/campaigns')
    expect(route('onboarding-checklist')).toBe('/clients/c1/onboarding')
    expect(route('welcome-contact')).toBe('/clients/c1')
  })

  it('has a route for every kind, and client work without a client goes to the client list', () => {
    for (const kind of TOUCHPOINT_KINDS) expect(route(kind)).toMatch(/^\//)
    expect(route('monthly-report', null)).toBe('/clients')
    expect(route('welcome-contact', null)).toBe('/clients')
  })
})
