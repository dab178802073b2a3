/**
 * `test/bench/RESULTS.md` holds one section per benchmark file between `<!-- bench:NAME -->`
 * and `<!-- /bench:NAME -->`. Each bench rewrites only its own section, so benches that run
 * separately (or on other branches) never overwrite each other's figures.
 */
import { existsSync } from 'node:fs'
import { readFile, writeFile } from 'node:fs/promises'
import { cpus, freemem, platform, release, totalmem } from 'node:os'
import { join } from 'node:path'
import { format, resolveConfig } from 'prettier'

/** The results file every bench writes into. */
export const RESULTS_PATH = join(import.meta.dirname, '..', 'RESULTS.md')

const HEADER = `# Benchmark results

Written by \`npm run bench\` (test/bench/*.bench.ts); each section is rewritten by its own bench
file only. Times are wall-clock on the machine named in the section; compare ratios, not
absolute times, across machines.
`

/** Replaces (or appends) the section `name` of the text; pure, for the file and for tests. */
export function replaceSection(text: string, name: string, body: string): string {
  const open = `<!-- bench:${name} -->`
  const close = `<!-- /bench:${name} -->`
  const block = `${open}\n${body.trim()}\n${close}`
  const start = text.indexOf(open)
  const end = text.indexOf(close, start)
  if (start >= 0 && end >= 0) return text.slice(0, start) + block + text.slice(end + close.length)
  return `${text.trimEnd()}\n\n${block}\n`
}

/**
 * Writes the section `name` of RESULTS.md (creating the file if it does not exist), formatted
 * as the repository's Prettier check wants it.
 */
export async function writeResultsSection(name: string, body: string, path = RESULTS_PATH): Promise<void> {
  const current = existsSync(path) ? await readFile(path, 'utf8') : HEADER
  const options = (await resolveConfig(path)) ?? {}
  await writeFile(path, await format(replaceSection(current, name, body), { ...options, filepath: path }))
}

/** One line about the machine a bench ran on: CPU model and count, memory, OS, Node. */
export function machineFacts(extra: readonly string[] = []): string {
  const cpu = cpus()
  const model = cpu[0]?.model.trim() ?? 'unknown CPU'
  const gib = (bytes: number) => `${(bytes / 1024 ** 3).toFixed(1)} GiB`
  return [
    `${String(cpu.length)} × ${model}`,
    `${gib(totalmem())} memory (${gib(freemem())} free at the start)`,
    `${platform()} ${release()}`,
    `Node ${process.version}`,
    ...extra,
  ].join(' · ')
}

/** The date of the run as `YYYY-MM-DD` (UTC), for the section's heading. */
export function runDate(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10)
}
