import { describe, expect, it } from 'vitest'
import { replaceSection } from '../bench/support/results-file'
import { formatRatio, markdownTable, median } from '../bench/support/timing'

describe('the bench results file', () => {
  it('rewrites only its own section and keeps the others as they were', () => {
    const text = [
      '# Benchmark results',
      '',
      '<!-- bench:pdf -->',
      'pdf figures',
      '<!-- /bench:pdf -->',
      '',
      '<!-- bench:scale -->',
      'old scale figures',
      '<!-- /bench:scale -->',
      '',
    ].join('\n')
    const next = replaceSection(text, 'scale', 'new scale figures')
    expect(next).toContain('<!-- bench:pdf -->\npdf figures\n<!-- /bench:pdf -->')
    expect(next).toContain('<!-- bench:scale -->\nnew scale figures\n<!-- /bench:scale -->')
    expect(next).not.toContain('old scale figures')
    expect(replaceSection(next, 'scale', 'new scale figures')).toBe(next)
  })

  it('appends a section the file does not have yet', () => {
    const next = replaceSection('# Benchmark results\n', 'scale', 'figures')
    expect(next).toBe('# Benchmark results\n\n<!-- bench:scale -->\nfigures\n<!-- /bench:scale -->\n')
  })

  it('formats medians, ratios and tables', () => {
    expect(median([3, 1, 2])).toBe(2)
    expect(median([4, 1, 2, 3])).toBe(2.5)
    expect(formatRatio(250, 10)).toBe('25×')
    expect(formatRatio(15, 10)).toBe('1.5×')
    expect(formatRatio(1, 0)).toBe('—')
    expect(markdownTable(['Step', 'small'], [['Load', '1 ms']])).toBe(
      '| Step | small |\n| --- | ---: |\n| Load | 1 ms |',
    )
  })
})
