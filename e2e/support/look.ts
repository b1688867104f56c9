import AxeBuilder from '@axe-core/playwright'
import { expect, type Page } from '@playwright/test'

export const VIEWPORTS = { desktop: { width: 1280, height: 800 }, phone: { width: 360, height: 740 } }

/** Saves a full-page screenshot at desktop width and at 360 px, for people to look at. */
export async function screenshots(page: Page, name: string): Promise<void> {
  const original = page.viewportSize()
  for (const [label, size] of Object.entries(VIEWPORTS)) {
    await page.setViewportSize(size)
    await page.screenshot({ path: `screenshots/${name}-${label}.png`, fullPage: true })
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    )
    expect(overflow, `${name} scrolls sideways at ${size.width} px`).toBeLessThanOrEqual(0)
  }
  if (original) await page.setViewportSize(original)
}

/** WCAG 2.1 A and AA rules of axe-core: no violation. */
export async function expectAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    // react-aria's visually hidden live region briefly keeps a message labelled by a button that is
    // gone (a pending button's announcement); it is not part of the page.
    .exclude('[data-live-announcer]')
    .analyze()
  expect(
    results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target).join(', ')})`),
  ).toEqual([])
}
