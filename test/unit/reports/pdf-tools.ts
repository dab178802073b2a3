/**
 * Reading rendered PDFs back with poppler-utils (pdftotext, pdffonts, pdfinfo, pdftoppm,
 * pdfimages), as a client's PDF viewer would see them.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const work = mkdtempSync(join(tmpdir(), 'cadence-pdf-'))
let counter = 0

/** Removes the temporary folder of this test file's PDFs. */
export function cleanUpPdfs(): void {
  if (process.env.KEEP_PDFS) return
  rmSync(work, { recursive: true, force: true })
}

/** A rendered PDF on disk, with readers of what it contains. */
export type WrittenPdf = {
  path: string
  /** The text of the whole document (or of pages `first`–`last`), as pdftotext extracts it. */
  text: (first?: number, last?: number) => string
  pages: () => number
  /** pdffonts' rows: font name, type, embedded. */
  fonts: () => { name: string; type: string; embedded: boolean }[]
  /** Each page as a PNG at `dpi`. */
  pngs: (dpi: number) => Buffer[]
  /** pdfimages -list: drawn images with pixel size and resolution. */
  images: () => { page: number; type: string; width: number; height: number; xppi: number; yppi: number }[]
}

function run(command: string, args: string[]): string {
  return execFileSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
}

/** Writes the bytes to a temporary file and returns its readers. */
export function writePdf(bytes: Uint8Array, name = 'report'): WrittenPdf {
  counter += 1
  const path = join(work, `${String(counter)}-${name.replace(/[^a-z0-9-]/gi, '_')}.pdf`)
  writeFileSync(path, bytes)
  return {
    path,
    text: (first, last) =>
      run('pdftotext', [
        '-enc',
        'UTF-8',
        ...(first ? ['-f', String(first)] : []),
        ...(last ? ['-l', String(last)] : []),
        path,
        '-',
      ]),
    pages: () => Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', [path]))?.[1] ?? 0),
    fonts: () =>
      run('pdffonts', [path])
        .split('\n')
        .slice(2)
        .filter((line) => line.trim() !== '')
        .map((line) => {
          const parts = line.trim().split(/\s+/)
          // name, type words…, encoding, emb, sub, uni, object, id
          const embedded = parts.at(-5) === 'yes'
          return { name: parts[0] ?? '', type: parts.slice(1, -6).join(' '), embedded }
        }),
    pngs: (dpi) => {
      const prefix = join(work, `${String(counter)}-${String(dpi)}-page`)
      run('pdftoppm', ['-png', '-r', String(dpi), path, prefix])
      const dir = readdirSync(work)
        .filter((file) => join(work, file).startsWith(prefix) && file.endsWith('.png'))
        .sort((a, b) => Number(/-(\d+)\.png$/.exec(a)?.[1]) - Number(/-(\d+)\.png$/.exec(b)?.[1]))
      return dir.map((file) => readFileSync(join(work, file)))
    },
    images: () =>
      run('pdfimages', ['-list', path])
        .split('\n')
        .slice(2)
        .filter((line) => line.trim() !== '')
        .map((line) => {
          const parts = line.trim().split(/\s+/)
          return {
            page: Number(parts[0]),
            type: parts[2] ?? '',
            width: Number(parts[3]),
            height: Number(parts[4]),
            xppi: Number(parts[12]),
            yppi: Number(parts[13]),
          }
        }),
  }
}

/** Text with every kind of space made one plain space, so figures compare whatever the spacing. */
export function flat(text: string): string {
  return text.replace(/[\s\u00a0\u202f\u2009]+/g, ' ').trim()
}
