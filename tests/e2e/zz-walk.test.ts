import { afterEach, describe, it } from 'vitest';
import type { Page } from 'playwright-core';
import { closeAndRemove, launchExtension, type ExtensionBrowser } from './harness';
import { managerAddsAndPlans } from './steps';

const open: ExtensionBrowser[] = [];
afterEach(async () => {
  for (const browser of open.splice(0)) await closeAndRemove(browser);
});
const shot = async (page: Page, name: string) => {
  await page.waitForTimeout(300);
  await page.screenshot({ path: `/tmp/walk/${process.env.WALK}-${name}.png`, fullPage: true });
};

describe('walk', () => {
  it('manager', async () => {
    const browser = await launchExtension({ locale: process.env.WALK_LOCALE ?? 'en-GB' });
    open.push(browser);
    const page = await browser.openPanel();
    await page.setViewportSize({ width: Number(process.env.WALK_WIDTH ?? 360), height: 800 });
    await page.emulateMedia({ colorScheme: (process.env.WALK_SCHEME ?? 'dark') as 'dark' });
    await page.reload();
    await shot(page, '01-welcome');
    await managerAddsAndPlans(page);
    await shot(page, '02-dialogue');
    await page.getByRole('button', { name: /^2\. / }).click();
    await shot(page, '03-topic2');
    await page.getByRole('button', { name: /^7\. / }).click();
    await page.getByRole('button', { name: 'Add an agreed item' }).click();
    await page.keyboard.type('Take the university pedagogy course');
    await shot(page, '04-topic7');
    await page.getByRole('button', { name: 'Meeting mode' }).click();
    await shot(page, '05-meeting');
    await page.getByRole('button', { name: /^7\. / }).click();
    await shot(page, '06-meeting7');
    await page.getByRole('button', { name: 'End the meeting' }).click();
    await shot(page, '07-outcome');
    await page.getByRole('button', { name: 'Back to the dialogue' }).click();
    await shot(page, '08-after');
    await page.getByRole('button', { name: 'My employees', exact: true }).click().catch(() => {});
    await shot(page, '09-employees');
  });
});
