import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { closeAndRemove, launchExtension, type ExtensionBrowser } from './harness';
import { addPoint, NEW_DIALOGUE } from './steps';

let browser: ExtensionBrowser | undefined;
afterEach(async () => {
  await closeAndRemove(browser);
  browser = undefined;
});

async function createDialogue(page: Page, date: string, manager: string) {
  await page.getByRole('button', { name: 'My dialogues' }).click();
  await page.getByRole('button', { name: NEW_DIALOGUE }).click();
  await page.getByLabel('Planned date').fill(date);
  await page.getByLabel("Your manager's name").fill(manager);
  await page.getByRole('button', { name: 'Start preparing' }).click();
  await page.getByRole('heading', { level: 2 }).first().waitFor();
}

const listedManagers = (page: Page) => page.locator('.dialogue-list li p:first-of-type').allTextContents();

describe('the first screen (issue #30)', () => {
  it('welcomes a new user: what Samtale is, UiO’s seven topics, notes kept in this browser with the way to read more, and two ways in', async () => {
    browser = await launchExtension();
    const page = await browser.openPanel();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Welcome to Samtale');
    const said = await page.locator('main').textContent();
    expect(said).toContain('one-to-one work dialogue (medarbeidersamtale), through the seven topics of UiO’s guide');
    expect(said).toContain('What you write stays in this browser unless you send or export it yourself.');

    // How the notes are kept: the settings open at their privacy section, its heading focused.
    await page.getByRole('button', { name: 'How your notes are kept' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Privacy');
    expect(await page.locator('#privacy-heading + p').textContent()).toContain('It has no server and sends nothing anywhere.');

    // The manager's way in: the employees, where a dialogue is planned with each.
    await page.getByRole('button', { name: 'My dialogues' }).click();
    await page.getByRole('button', { name: 'Prepare dialogues with my employees' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('My employees');

    // The employee's: their own dialogue. Once there is one, the list shows it, and the manager's way in stays.
    await page.getByRole('button', { name: 'My dialogues' }).click();
    await page.getByRole('button', { name: 'Prepare my own dialogue' }).click();
    await page.getByLabel('Planned date').fill('2026-12-01');
    await page.getByLabel("Your manager's name").fill('Kari Nordmann');
    await page.getByRole('button', { name: 'Start preparing' }).click();
    await page.getByRole('heading', { level: 2 }).first().waitFor();
    await page.getByRole('button', { name: 'My dialogues' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Your dialogues');
    expect(await listedManagers(page)).toEqual(['With Kari Nordmann']);
    expect(await page.getByRole('button', { name: 'Prepare dialogues with my employees' }).count()).toBe(1);
  });

  it('leads from the last topic to sharing, without searching: the stage, the next step, the file (issue #30)', async () => {
    browser = await launchExtension();
    const page = await browser.openPanel();
    await createDialogue(page, '2026-12-01', 'Kari Nordmann');
    const stages = page.getByRole('list', { name: 'Where this dialogue stands' });
    expect(await stages.getByRole('listitem').allTextContents()).toEqual(['Prepare', 'Share', 'Meeting', 'Outcome', 'Follow-up']);
    expect(await stages.locator('[aria-current=step]').textContent()).toBe('Prepare');
    // Nothing written or marked yet: the share card says so, and offers no empty file.
    await page.getByRole('button', { name: 'Summary and export' }).click();
    await expect.poll(() => page.locator('.share .meta').first().textContent()).toBe('Nothing is ticked yet: tick what your manager should see under “What to include”.');
    expect(await page.getByRole('button', { name: 'Save a file for my manager' }).isDisabled()).toBe(true);
    expect(await page.getByRole('button', { name: 'Copy for my manager' }).isDisabled()).toBe(true);
    await page.getByRole('button', { name: 'Back to the dialogue' }).click();
    await page.getByRole('button', { name: /^3\. / }).click();
    await page.getByRole('button', { name: 'Add a point' }).click();
    await page.getByLabel('Point 1').fill('More follow-up meetings');
    await expect.poll(() => stages.locator('[aria-current=step]').textContent()).toBe('Share');

    // The last topic's main button is the next step: sharing, its card first and focused, saved in one click.
    await page.getByRole('button', { name: /^7\. / }).click();
    // No plan yet: nothing to agree to, and no agreement offered (it was, while preparing).
    await expect.poll(() => page.locator('.agreement').textContent()).toContain('Once the plan has an item, each of you records your own agreement to it here.');
    expect(await page.getByRole('button', { name: /Record agreement/ }).count()).toBe(0);
    await page.locator('.pager').getByRole('button', { name: 'Share with Kari Nordmann' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Share with your manager');
    expect(await page.locator('button.primary').allTextContents()).toEqual(['Save a file for my manager']);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save a file for my manager' }).click()]);
    expect(download.suggestedFilename()).toBe('samtale-shared-2026-12-01.json');
    // The card said what goes before it was saved, and the file holds just that.
    expect(await page.locator('.share .meta').first().textContent()).toBe('What goes: 1 point or question.');
    expect(JSON.parse(readFileSync((await download.path())!, 'utf8')).entries.map((entry: { text?: string }) => entry.text)).toEqual(['More follow-up meetings']);
  });
});

describe('a guide in another language than the panel’s (issue #30)', () => {
  it('says so in one line, and switches the dialogue’s guide to the panel’s language on request', async () => {
    browser = await launchExtension();
    const page = await browser.openPanel();
    await page.getByRole('button', { name: NEW_DIALOGUE }).click();
    await page.getByLabel('Planned date').fill('2026-12-01');
    await page.getByLabel("Your manager's name").fill('Kari Nordmann');
    await page.getByRole('radio', { name: 'Norsk bokmål' }).check();
    await page.getByRole('button', { name: 'Start preparing' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 2 }).first().textContent()).toBe('1. Oppfølging av forrige samtale');
    await expect.poll(() => page.locator('.guide-language').textContent()).toBe('This dialogue follows the guide in Norwegian bokmål. Use the guide in English');
    await page.getByRole('button', { name: 'Use the guide in English' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 2 }).first().textContent()).toMatch(/^1\. Follow-up/);
    expect(await page.locator('.guide-language').count()).toBe(0);
  });
});

describe('several dialogues', () => {
  it('draws a reopened panel’s list from memory before the database opens, and never shows a deleted dialogue again', async () => {
    browser = await launchExtension();
    let page = await browser.openPanel();
    await createDialogue(page, '2026-11-20', 'Kari Nordmann');
    await createDialogue(page, '2025-11-12', 'Per Hansen');
    await page.getByRole('button', { name: 'My dialogues' }).click();
    await page.getByRole('button', { name: 'Delete dialogue: 12 November 2025' }).click();
    await page.getByRole('dialog', { name: 'Delete this dialogue?' }).getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => listedManagers(page)).toEqual(['With Kari Nordmann']);
    await page.close();

    // Every name the list shows while the next panel loads, from its first frame on.
    await browser.context.addInitScript(() => {
      const seen = new Set<string>();
      Object.assign(globalThis, { listedWhileLoading: seen });
      new MutationObserver(() => {
        for (const name of document.querySelectorAll('.dialogue-list li p:first-of-type')) seen.add(name.textContent ?? '');
      }).observe(document, { subtree: true, childList: true, characterData: true });
    });
    page = await browser.openPanel();
    await expect.poll(() => listedManagers(page)).toEqual(['With Kari Nordmann']);
    const loading = await page.evaluate(async () => {
      while (performance.getEntriesByName('samtale:database-open').length === 0) await new Promise((resolve) => setTimeout(resolve, 10));
      const at = (name: string) => performance.getEntriesByName(name)[0]!.startTime;
      return { firstScreen: at('samtale:first-screen'), databaseOpen: at('samtale:database-open'), listed: [...(globalThis as unknown as { listedWhileLoading: Set<string> }).listedWhileLoading] };
    });
    expect(loading.firstScreen).toBeLessThan(loading.databaseOpen);
    expect(loading.listed).toEqual(['With Kari Nordmann']);
  });

  it('lists dialogues newest first, resumes one, and deletes only after confirmation', async () => {
    browser = await launchExtension();
    const page = await browser.openPanel();
    await createDialogue(page, '2024-11-05', 'Anne Berg');
    await createDialogue(page, '2026-11-20', 'Kari Nordmann');
    await createDialogue(page, '2025-11-12', 'Per Hansen');
    await page.getByRole('button', { name: 'My dialogues' }).click();
    await expect.poll(() => listedManagers(page)).toEqual(['With Kari Nordmann', 'With Per Hansen', 'With Anne Berg']);

    // Resume the 2025 dialogue and write in it.
    await page.getByRole('button', { name: 'Open: 12 November 2025' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Dialogue: 12 November 2025');
    await addPoint(page, 'Point in 2025');
    await page.getByRole('checkbox').first().check();
    await page.getByRole('button', { name: 'My dialogues' }).click();
    // How many questions each will raise, in words that fit the number.
    await expect.poll(() => page.locator('.dialogue-list li .meta').allTextContents()).toEqual(['No questions marked yet', '1 question to raise', 'No questions marked yet']);

    // Cancel keeps it (Escape too); confirming deletes it.
    await page.getByRole('button', { name: 'Delete dialogue: 12 November 2025' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete this dialogue?' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('button', { name: 'Delete dialogue: 12 November 2025' }).click();
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);
    await expect.poll(() => listedManagers(page)).toHaveLength(3);
    await page.getByRole('button', { name: 'Delete dialogue: 12 November 2025' }).click();
    await dialog.getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => listedManagers(page)).toEqual(['With Kari Nordmann', 'With Anne Berg']);

    await page.reload();
    await expect.poll(() => listedManagers(page)).toEqual(['With Kari Nordmann', 'With Anne Berg']);
    const stored = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const request = indexedDB.open('samtale');
          request.onsuccess = () => {
            const count = request.result.transaction('topicItems').objectStore('topicItems').count();
            count.onsuccess = () => resolve(count.result);
          };
        }),
    );
    expect(stored).toBe(0);
  });
});
