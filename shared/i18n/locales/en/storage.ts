/** Storage failures and hardening messages: quota, blocked upgrades, failed writes (UI language). */
export default {
  failure: {
    quota: 'This computer’s disk is full: free up some space. What you typed stays here.',
    blocked:
      'Cadence is waiting: another Cadence window is open with an older version. Close it to continue.',
    versionChange:
      'Cadence was updated in another window. Reload this window to keep working — copy any unsaved text first.',
    closed: 'The database was closed: reload the window. Until then, what you typed stays here.',
    transaction: 'The database refused the change, and nothing was half-written. Try again.',
  },
  title: {
    quota: 'Disk full',
    blocked: 'Waiting for another window',
    versionChange: 'Updated in another window',
    closed: 'Database closed',
    transaction: 'A change was not saved',
  },
  reload: 'Reload',
  autosave: {
    retrying: 'Not saved — retrying. Your text is kept here; copy it to be safe.',
    copy: 'Copy text',
    copied: 'Copied',
  },
}
