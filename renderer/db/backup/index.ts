/** Backups on the renderer side: export, check, restore, merge and the start-up open. */
export { countRecords } from './counts'
export { onDatabaseChange } from './changes'
export { exportDatabaseText } from './export'
export { installedVersion, openWithUpgradeBackup, type OpenOutcome } from './open'
export { CURRENT_VERSION, prepareBackup, type PreparedBackup } from './prepare'
export { mergeIntoDatabase, replaceDatabase, type MergeReport } from './restore'
export { removeStagingLeftovers } from './staging'
