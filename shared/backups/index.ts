/** Backups: the file format check, record validation, merge decisions and summaries (pure). */
export * from './format'
export * from './problems'
export * from './records'
export * from './summary'
export * from './merge'
export * from './ipc'
