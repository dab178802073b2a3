/** Entering and correcting a client's metric months: grid rows, typed cells, paste, undo, targets. */
export * from './columns'
export * from './cell-input'
export * from './grid-rows'
export * from './paste'
export * from './undo'
export * from './edits'
export * from './peek'
export * from './targets'
