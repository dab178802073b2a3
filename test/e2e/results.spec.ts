import { generateDemoAgency } from '@shared/demo'
import { lastCompleteMonth } from '@shared/results/months'
import { verifyPeriod, type Finding } from '@shared/results/verification'
import { DEMO_SEED } from '../../renderer/src/lib/useLoadDemo'
import { todayIso } from '../../renderer/src/lib/today'
import { describe, expect, test } from './harness/fixtures'
import { AppShell } from './pages/app-shell'
import { ClientsScreen, FirstRun } from './pages/clients'
import { CommentaryEditor, ResultsTab } from './pages/results'

/**
 * The demo client whose last complete month has an unexplained fall of conversions and at least
 * one other finding: the demo plants that dip so the report check has something to find.
 */
function clientToVerify(): { name: string; findings: Finding[] } {
  const today = todayIso()
  const agency = generateDemoAgency({ seed: DEMO_SEED, today })
  for (const client of agency.clients) {
    const findings = verifyPeriod({
      client,
      rows: agency.metricMonths.filter((r) => r.clientId === client.id),
      budgets: agency.budgetMonths,
      commentaries: agency.commentaries,
      period: lastCompleteMonth(today),
    })
    const decrease = findings.some((f) => f.kind === 'unexplained-decrease' && f.metric === 'conversions')
    if (decrease && findings.length >= 2) return { name: client.name, findings }
  }
  throw new Error('The demo agency has no client with an unexplained decrease and another finding')
}

describe('results', () => {
  test('verify a month: tiles and trends, acknowledge a finding, explain a decrease, all kept after a reload', async ({
    app,
  }) => {
    const { page } = app
    const target = clientToVerify()
    await new FirstRun(page).loadDemo()
    await new AppShell(page).goTo('clients')
    const clients = new ClientsScreen(page)
    await expect.poll(() => clients.rows.count(), { timeout: 30_000 }).toBeGreaterThanOrEqual(12)
    const client = await clients.open(target.name)
    await client.openTab('results')

    // The last complete month, with KPI tiles comparing it with the month before and a year earlier.
    const results = new ResultsTab(page)
    await results.charts.first().waitFor()
    expect(await results.month()).toBe(lastCompleteMonth(todayIso()))
    const conversions = results.tile('conversions')
    await expect.poll(() => conversions.getByTestId('kpi-value').textContent()).toMatch(/\d/)
    expect(await conversions.getByTestId('kpi-change-previous').getAttribute('data-direction')).toBe('bad')
    expect(await conversions.getByTestId('kpi-change-previous').textContent()).toMatch(/^[-−]\d+(\.\d)?%MoM$/)
    expect(await conversions.getByTestId('kpi-change-lastYear').textContent()).toMatch(/(%|—)YoY$/)
    expect(await results.page.getByTestId('kpi-value').allTextContents()).not.toContainEqual(
      expect.stringMatching(/NaN|Infinity/),
    )
    // The trend draws this year's line and last year's.
    const chart = results.charts.first()
    expect(await chart.locator('[data-testid="trend-current"] path').getAttribute('d')).toMatch(
      /^M[\d.]+,[\d.]+L/,
    )
    expect(await chart.locator('[data-testid="trend-last-year"] path').count()).toBe(1)

    const before = await results.openCount()
    expect(before).toBe(target.findings.length)

    // Acknowledge one finding: a reason is required.
    const panel = await results.openVerification()
    const other = target.findings.find(
      (f) => !(f.kind === 'unexplained-decrease' && f.metric === 'conversions'),
    )
    const finding = panel.finding(other?.kind ?? '', other?.metric ?? undefined).first()
    await panel.acknowledge(finding, '')
    await expect
      .poll(() => finding.getByTestId('acknowledge-reason').getAttribute('aria-invalid'))
      .toBe('true')
    await finding
      .getByTestId('acknowledge-reason')
      .fill('Agreed with the client: the sale ran a week longer.')
    await finding.getByTestId('acknowledge-save').click()
    await expect.poll(() => finding.getAttribute('data-state')).toBe('acknowledged')
    await expect.poll(() => results.openCount()).toBe(before - 1)

    // Explain the fall of conversions in the month's commentary: a row waits for it.
    const decrease = panel.finding('unexplained-decrease', 'conversions')
    await decrease.getByTestId('finding-fix-commentary').click()
    const editorPage = new CommentaryEditor(page)
    await editorPage.root.waitFor()
    const row = editorPage.decrease('conversions')
    expect(await row.getAttribute('data-state')).toBe('open')
    await row
      .getByTestId('decrease-cause')
      .fill('The checkout tag was missing for ten days after a site update.')
    await editorPage.saved()
    // The cause alone does not explain it: the fix is asked for.
    expect(await row.getAttribute('data-state')).toBe('open')
    await row
      .getByTestId('decrease-fix')
      .fill('Tag restored on the 14th; a weekly tag check is now in the plan.')
    await editorPage.saved()
    await expect.poll(() => row.getAttribute('data-state')).toBe('explained')
    await expect
      .poll(() => page.getByTestId('commentary-check-status').getAttribute('data-open'))
      .toBe(String(before - 2))

    // Back on the Results tab, and after a reload: all kept, the open count went down by two.
    const back = await editorPage.back()
    await expect.poll(() => back.openCount()).toBe(before - 2)
    await page.reload()
    const reloaded = new ResultsTab(page)
    await reloaded.root.waitFor()
    await expect.poll(() => reloaded.openCount()).toBe(before - 2)
    const again = await reloaded.openVerification()
    expect(
      await again
        .finding(other?.kind ?? '', other?.metric ?? undefined)
        .first()
        .getByTestId('finding-acknowledgement')
        .textContent(),
    ).toContain('the sale ran a week longer')
    await again.close()
    const editor = await reloaded.writeCommentary()
    expect(await editor.decrease('conversions').getByTestId('decrease-fix').inputValue()).toContain(
      'weekly tag check',
    )
    expect(await editor.decrease('conversions').getAttribute('data-state')).toBe('explained')
  })
})
