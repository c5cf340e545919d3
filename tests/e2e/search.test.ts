import { afterEach, describe, expect, it } from 'vitest';
import { closeAndRemove, launchExtension, type ExtensionBrowser } from './harness';
import { addPoint, startDialogue, waitUntilSaved } from './steps';

let browser: ExtensionBrowser | undefined;
afterEach(async () => {
  await closeAndRemove(browser);
  browser = undefined;
});

describe('search over all notes', () => {
  it('finds a note as it is typed, shows it in context, opens its dialogue at its topic, and follows new notes', async () => {
    browser = await launchExtension();
    const page = await browser.openPanel();
    await startDialogue(page, { date: '2026-12-01', manager: 'Kari Nordmann' });
    await page.getByRole('button', { name: 'Next topic' }).click();
    await page.getByRole('button', { name: 'Next topic' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 2 }).first().textContent()).toMatch(/^3\. /);
    await addPoint(page, 'Ask about the Kvalitetsløft project budget for next year');
    await waitUntilSaved(page);

    await page.getByRole('button', { name: 'My employees', exact: true }).click();
    const search = page.getByRole('search');
    await search.getByRole('searchbox', { name: 'Search all notes' }).fill('kvalitetsløft');
    await expect.poll(() => search.getByRole('status').textContent()).toBe('One note found.');
    const result = search.getByRole('listitem');
    await expect.poll(() => result.locator('mark').textContent()).toBe('Kvalitetsløft');
    expect(await result.textContent()).toContain('Topic 3');
    expect(await result.textContent()).toContain('Ask about the Kvalitetsløft project budget');

    await search.getByRole('searchbox').fill('no such words anywhere');
    await expect.poll(() => search.getByRole('status').textContent()).toBe('No notes contain “no such words anywhere”.');

    // The result opens the dialogue at the note's topic.
    await search.getByRole('searchbox').fill('budget');
    await result.getByRole('button', { name: 'My own dialogue, 1 December 2026' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 2 }).first().textContent()).toMatch(/^3\. /);

    // A note written after the first search is found by the next one.
    await addPoint(page, 'Second point about the budget', 2);
    await waitUntilSaved(page);
    await page.getByRole('button', { name: 'My employees', exact: true }).click();
    await page.getByRole('search').getByRole('searchbox').fill('budget');
    await expect.poll(() => page.getByRole('search').getByRole('status').textContent()).toBe('2 notes found.');
  });
});
