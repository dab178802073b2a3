/**
 * Why a backup cannot be restored, as data: the UI words each kind in the PM's language and
 * names the table, record and field, so a bad file says exactly what is wrong.
 */
export type BackupProblem =
  /** The file is bigger than any real backup (or a "1 GB" claim). */
  | { kind: 'too-large'; limit: number }
  /** Main could not read or decompress the file (bad gzip, not UTF-8). */
  | { kind: 'unreadable' }
  /** The file is not complete JSON (truncated or corrupted). */
  | { kind: 'not-json' }
  /** The JSON is not a database export; `path` is where it stops looking like one. */
  | { kind: 'not-export'; path: string }
  /** A key that could pollute prototypes (`__proto__`, `constructor`, `prototype`). */
  | { kind: 'forbidden-key'; path: string; key: string }
  /** A single text value longer than any record holds. */
  | { kind: 'string-too-long'; path: string; length: number }
  /** Objects nested deeper than any record. */
  | { kind: 'too-deep'; path: string }
  /** An export of some other database. */
  | { kind: 'other-database'; name: string }
  /** Made by a newer Cadence: its schema is unknown to this one. */
  | { kind: 'newer-version'; version: number; current: number }
  /** A schema version this Cadence never had. */
  | { kind: 'unsupported-version'; version: number }
  /** A table the database of that version does not have. */
  | { kind: 'unknown-table'; table: string }
  /** A table holds a different number of records than it declares (truncated or edited). */
  | { kind: 'count-mismatch'; table: string; declared: number; actual: number }
  /** A record its table's schema refuses. `index` counts from 1; `field` is a dotted path. */
  | {
      kind: 'invalid-record'
      table: string
      index: number
      id: string | null
      field: string
      message: string
    }
  /** Two records of one table share an id. */
  | { kind: 'duplicate-id'; table: string; id: string }
  /** The database refused the records while reading the file (message from IndexedDB). */
  | { kind: 'import-failed'; message: string }
