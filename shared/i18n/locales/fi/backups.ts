/** Backups, restore, import and export of all data (UI language). */
export default {}
