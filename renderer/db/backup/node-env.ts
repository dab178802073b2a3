/**
 * What dexie-export-import expects of a browser, for unit tests in Node: a global `self` and a
 * FileReader that reads a Blob as an ArrayBuffer (Node 20 has Blob but no FileReader). Import
 * this before anything that imports dexie-export-import.
 */
const scope = globalThis as Record<string, unknown>
scope.self ??= globalThis

type ReaderEvent = { target: { result: unknown; error?: unknown } }

class BlobFileReader {
  result: unknown = null
  error: unknown = null
  onload: ((event: ReaderEvent) => void) | null = null
  onerror: ((event: ReaderEvent) => void) | null = null
  onabort: ((event: ReaderEvent) => void) | null = null

  readAsArrayBuffer(blob: Blob): void {
    blob.arrayBuffer().then(
      (buffer) => {
        this.result = buffer
        this.onload?.({ target: this })
      },
      (error: unknown) => {
        this.error = error
        this.onerror?.({ target: this })
      },
    )
  }
}

scope.FileReader ??= BlobFileReader
