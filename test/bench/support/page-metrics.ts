/**
 * Measurements taken inside the page: how long an action takes until what it shows is there
 * and the screen has settled, how many rows a screen renders, and how smoothly it scrolls.
 */
import type { Page } from 'playwright-core'

/** The number of table rows and of elements in the document. */
export async function domCounts(page: Page): Promise<{ rows: number; elements: number }> {
  return page.evaluate(() => ({
    rows: document.querySelectorAll('tbody tr').length,
    elements: document.getElementsByTagName('*').length,
  }))
}

/** How a scroll to the bottom went: frames drawn, the longest frame and frames over 50 ms. */
export type ScrollReport = { frames: number; longestMs: number; longFrames: number; scrolledPx: number }

/**
 * Scrolls the screen's scrolling body (the largest scrollable element) to the bottom, `stepPx`
 * per animation frame, and reports the frame times.
 */
export async function scrollToBottom(page: Page, stepPx = 300): Promise<ScrollReport> {
  return page.evaluate(
    (step) =>
      new Promise<ScrollReport>((resolve) => {
        const scrollables = [...document.querySelectorAll<HTMLElement>('*')].filter(
          (el) =>
            el.scrollHeight > el.clientHeight + 4 && /(auto|scroll)/.test(getComputedStyle(el).overflowY),
        )
        const target = scrollables.sort((a, b) => b.scrollHeight - a.scrollHeight)[0]
        if (!target) return resolve({ frames: 0, longestMs: 0, longFrames: 0, scrolledPx: 0 })
        const frames: number[] = []
        let previous = performance.now()
        const from = target.scrollTop
        const tick = (now: number) => {
          frames.push(now - previous)
          previous = now
          const before = target.scrollTop
          target.scrollTop = before + step
          if (target.scrollTop === before || frames.length > 2000) {
            resolve({
              frames: frames.length,
              longestMs: Math.max(...frames),
              longFrames: frames.filter((f) => f > 50).length,
              scrolledPx: target.scrollTop - from,
            })
          } else requestAnimationFrame(tick)
        }
        requestAnimationFrame(tick)
      }),
    stepPx,
  )
}

/** How long an action took: until what it shows appeared, and until the screen settled. */
export type ReadyTimes = { readyMs: number; settledMs: number }

/**
 * Clicks the first element matching `click` (a CSS selector) and measures, in the page, the
 * milliseconds until `ready` (a CSS selector) is in the DOM, and until the DOM then stays
 * unchanged for `quietMs` (the last change counts, so rendering after the data is included).
 */
export async function clickUntilReady(
  page: Page,
  click: string,
  ready: string,
  { quietMs = 500, maxMs = 600_000 }: { quietMs?: number; maxMs?: number } = {},
): Promise<ReadyTimes> {
  await page.locator(click).first().waitFor()
  return page.evaluate(
    ({ click, ready, quiet, max }) =>
      new Promise<ReadyTimes>((resolve, reject) => {
        const target = document.querySelector<HTMLElement>(click)
        if (!target) return reject(new Error(`nothing matches ${click}`))
        const start = performance.now()
        let readyAt: number | null = null
        let last = start
        const observer = new MutationObserver(() => {
          last = performance.now()
          if (readyAt === null && document.querySelector(ready)) readyAt = last
        })
        observer.observe(document.body, { subtree: true, childList: true, characterData: true })
        const check = () => {
          const now = performance.now()
          if (readyAt === null && document.querySelector(ready)) readyAt = now
          if (now - start > max) {
            observer.disconnect()
            reject(new Error(`${ready} did not appear within ${String(max)} ms of clicking ${click}`))
          } else if (readyAt !== null && now - last >= quiet) {
            observer.disconnect()
            resolve({ readyMs: readyAt - start, settledMs: Math.max(readyAt, last) - start })
          } else setTimeout(check, 25)
        }
        target.click()
        setTimeout(check, 0)
      }),
    { click, ready, quiet: quietMs, max: maxMs },
  )
}

/** Elements matching the selector in the document (e.g. rendered rows of a windowed list). */
export function countInDom(page: Page, selector: string): Promise<number> {
  return page.evaluate((css) => document.querySelectorAll(css).length, selector)
}
