import { describe, expect, it } from 'vitest'
import { draftOf, errorKeyOf, proposalStart, readStoredDraft, textOf } from './commentary-draft'

let counter = 0
const newId = () => `id-${String(++counter)}`

describe('commentary drafts', () => {
  it('adds an empty row for each decrease still to explain after the stored ones', () => {
    counter = 0
    const draft = draftOf(
      {
        summary: 'Calm month.',
        highlights: ['CTR up'],
        decreases: [{ id: 'd1', metric: 'leads', cause: 'Holiday', fix: 'Push in November' }],
        nextSteps: [],
        proposal: null,
      },
      { periodKind: 'month', prefill: ['conversions'], newId },
    )
    expect(draft.highlights).toEqual([{ id: 'id-1', text: 'CTR up' }])
    expect(draft.decreases).toEqual([
      { id: 'd1', metric: 'leads', cause: 'Holiday', fix: 'Push in November' },
      { id: 'id-2', metric: 'conversions', cause: '', fix: '' },
    ])
    expect(draft.proposal).toBeNull()
  })

  it('gives an annual commentary an empty proposal to fill', () => {
    expect(draftOf(undefined, { periodKind: 'year', prefill: [], newId }).proposal).toEqual({
      items: [],
      creativeImages: [],
    })
    expect(proposalStart('2026')).toBe('2027-01')
  })

  it('saves list lines trimmed and drops the blank ones', () => {
    const text = textOf({
      summary: ' Kept as typed ',
      highlights: [
        { id: 'a', text: ' Record month ' },
        { id: 'b', text: '   ' },
      ],
      decreases: [],
      nextSteps: [{ id: 'c', text: '' }],
      proposal: null,
    })
    expect(text).toEqual({
      summary: ' Kept as typed ',
      highlights: ['Record month'],
      decreases: [],
      nextSteps: [],
      proposal: null,
    })
  })

  it('names the message of each field problem', () => {
    expect(errorKeyOf('proposal.items.2.title')).toBe('editor.itemTitleRequired')
    expect(errorKeyOf('proposal.items.0.endMonth')).toBe('editor.endBeforeStart')
    expect(errorKeyOf('decreases.1.metric')).toBe('editor.fieldError')
  })

  it('reads back a stored draft and ignores a corrupt one', () => {
    const draft = draftOf(undefined, { periodKind: 'month', prefill: [], newId })
    const storage = (value: string | null) => ({ getItem: () => value })
    expect(readStoredDraft(storage(JSON.stringify(draft)), 'k')).toEqual(draft)
    expect(readStoredDraft(storage('{not json'), 'k')).toBeNull()
    expect(readStoredDraft(storage('{"summary": 1}'), 'k')).toBeNull()
    expect(readStoredDraft(storage(null), 'k')).toBeNull()
  })
})
