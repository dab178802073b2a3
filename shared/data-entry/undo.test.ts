import { describe, expect, it } from 'vitest'
import { emptyHistory, recordStep, redoStep, undoStep, type UndoHistory } from './undo'

describe('the undo history', () => {
  it('undoes the last step first and redoes it again', () => {
    let history: UndoHistory<string> = emptyHistory()
    history = recordStep(history, 'a')
    history = recordStep(history, 'b')
    const undone = undoStep(history)
    expect(undone?.step).toBe('b')
    const again = undoStep(undone!.history)
    expect(again?.step).toBe('a')
    expect(undoStep(again!.history)).toBeNull()
    const redone = redoStep(again!.history)
    expect(redone?.step).toBe('a')
    expect(redoStep(redone!.history)?.step).toBe('b')
  })

  it('forgets the redo stack when a new step is recorded', () => {
    let history: UndoHistory<string> = recordStep(recordStep(emptyHistory(), 'a'), 'b')
    history = undoStep(history)!.history
    history = recordStep(history, 'c')
    expect(redoStep(history)).toBeNull()
    expect(history.past).toEqual(['a', 'c'])
  })

  it('keeps only the newest steps past its limit', () => {
    let history: UndoHistory<number> = emptyHistory()
    for (let step = 1; step <= 5; step++) history = recordStep(history, step, 3)
    expect(history.past).toEqual([3, 4, 5])
  })

  it('has nothing to redo or undo when empty', () => {
    expect(undoStep(emptyHistory())).toBeNull()
    expect(redoStep(emptyHistory())).toBeNull()
  })
})
