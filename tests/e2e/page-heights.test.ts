import { afterEach, describe, expect, it } from 'vitest';
import { closeAndRemove, launchExtension, type ExtensionBrowser } from './harness';
import { startDialogue } from './steps';

/*
 * Issue #30: pages nobody has to scroll through. At 420 px (a side panel's width) topic 7 with an agreed plan of two
 * items was about 2,700 px tall, topic 2 2,572 px; the budgets are 1,600 and 1,400 px. Measured as the panel
 * lays them out, in Chromium.
 */

let browser: ExtensionBrowser | undefined;
afterEach(async () => {
  await closeAndRemove(browser);
  browser = undefined;
});

/** A new dialogue of one's own, in a panel 420 px wide. */
async function newDialogueAt420() {
  browser = await launchExtension();
  const page = await browser.openPanel();
  await page.setViewportSize({ width: 420, height: 800 });
  await startDialogue(page, { date: '2026-12-01', manager: 'Kari Nordmann' });
  return page;
}

const pageHeight = (page: Awaited<ReturnType<ExtensionBrowser['openPanel']>>) => page.evaluate(() => document.documentElement.scrollHeight);

describe('page heights at 420 px (issue #30)', () => {
  it('topic 7 with an agreed two-item plan is at most 1,600 px: each item one line that opens to edit', async () => {
    const page = await newDialogueAt420();
    await page.getByRole('button', { name: /^7\. / }).click();
    for (const [index, what] of ['Course in statistics, spring term', 'Monthly follow-up meetings with the manager'].entries()) {
      await page.getByRole('button', { name: 'Add an agreed item' }).click();
      await page.getByRole('group', { name: `Item ${index + 1}` }).getByLabel('What is to be done').fill(what);
    }
    await page.getByLabel('Status').selectOption('planAgreed');
    await expect.poll(() => page.locator('.plan-line').count()).toBe(2);
    const folded = await pageHeight(page);
    console.log(`topic 7, two items agreed, 420 px: ${folded} px`);
    expect(folded).toBeLessThanOrEqual(1600);
    // Opened, an item is there to edit, in place.
    await page.locator('.plan-line summary').first().click();
    await expect.poll(() => page.getByRole('group', { name: 'Item 1' }).getByLabel('What is to be done').inputValue()).toBe('Course in statistics, spring term');
  });

  it('topic 2 without notes open is at most 1,400 px: the questions a compact list, each note opened in place', async () => {
    const page = await newDialogueAt420();
    await page.getByRole('button', { name: /^2\. / }).click();
    await expect.poll(() => page.locator('.question').count()).toBe(13);
    const height = await pageHeight(page);
    console.log(`topic 2, no notes open, 420 px: ${height} px`);
    // 2,572 px before issue #30.
    expect(height).toBeLessThanOrEqual(1400);
    const question = page.locator('.question').first();
    await question.getByRole('button', { name: /^My note on this question: / }).click();
    await expect.poll(() => question.getByRole('textbox').count()).toBe(1);
  });
});
