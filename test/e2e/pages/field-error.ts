/** Reads a form field's validation message the way a screen reader finds it. */
import type { Locator, Page } from 'playwright-core'

/** The error text Mantine shows under a field (through its aria-describedby link), or null. */
export async function fieldError(page: Page, input: Locator): Promise<string | null> {
  if ((await input.getAttribute('aria-invalid')) !== 'true') return null
  const ids = (await input.getAttribute('aria-describedby')) ?? ''
  const texts = await Promise.all(
    ids
      .split(/\s+/)
      .filter((id) => id.endsWith('-error'))
      .map((id) => page.locator(`[id="${id}"]`).textContent()),
  )
  return texts.join(' ').trim() || null
}
