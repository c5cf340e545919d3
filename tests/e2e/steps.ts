import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';

/** Steps a user takes in many tests, in the English interface. */

/** The way to one's own new dialogue: the welcome's on a new profile, the list's once there are dialogues. */
export const NEW_DIALOGUE = /^(Prepare my own dialogue|New dialogue)$/;

export async function startDialogue(page: Page, options: { date: string; manager: string; turned60?: boolean }): Promise<void> {
  await page.getByRole('button', { name: NEW_DIALOGUE }).click();
  await page.getByLabel('Planned date').fill(options.date);
  await page.getByLabel('Your name').fill('Ola Nordmann');
  await page.getByLabel("Your manager's name").fill(options.manager);
  await page.getByRole('radio', { name: 'Academic staff' }).check();
  if (options.turned60) await page.getByRole('checkbox', { name: 'I have turned 60' }).check();
  await page.getByRole('button', { name: 'Start preparing' }).click();
  await expect.poll(() => page.getByRole('heading', { level: 2 }).first().textContent()).toMatch(/^1\. /);
}

export async function waitUntilSaved(page: Page): Promise<void> {
  await expect.poll(() => page.locator('[data-save-state]').getAttribute('data-save-state')).toBe('saved');
}

/** "Add a point" moves focus into the new point; then the user types. */
export async function addPoint(page: Page, text: string, number = 1): Promise<void> {
  await page.getByRole('button', { name: 'Add a point' }).click();
  await expect.poll(() => page.getByLabel(`Point ${number}`).evaluate((field) => field === document.activeElement)).toBe(true);
  await page.keyboard.type(text);
}

/** Opens the note of a question and writes in it. */
export async function writeQuestionNote(page: Page, questionId: string, text: string): Promise<void> {
  const item = page.locator(`[data-question-id="${questionId}"]`);
  await item.getByRole('button', { name: 'My note on this question' }).click();
  await item.getByRole('textbox').fill(text);
}

/** Settings → Lock, from the Settings view. */
export async function turnOnTheLock(page: Page, passphrase: string): Promise<void> {
  await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await page.getByLabel('The passphrase again').fill(passphrase);
  await page.getByRole('button', { name: 'Turn on the lock' }).click();
  await expect.poll(() => page.getByText('The lock is on').count()).toBe(1);
}

/** A manager adds Ola Nordmann to their employees and plans a dialogue with him on 1 December 2026 at 10:00. */
export async function managerAddsAndPlans(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'My employees', exact: true }).click();
  await page.getByRole('button', { name: 'Add an employee' }).click();
  await page.getByLabel('Name', { exact: true }).fill('Ola Nordmann');
  await page.getByRole('radio', { name: 'Academic staff' }).check();
  await page.getByRole('button', { name: 'Add an employee' }).click();
  const row = page.locator('[data-person-id]').filter({ hasText: 'Ola Nordmann' });
  await expect.poll(() => row.textContent()).toContain('No dialogue yet');
  await row.getByRole('button', { name: 'Ola Nordmann' }).click();
  await page.getByRole('button', { name: 'Plan a dialogue' }).click();
  await page.getByLabel('Planned date').fill('2026-12-01');
  await page.getByLabel('Time').fill('10:00');
  await page.getByRole('radio', { name: '90 min' }).check();
  await page.getByLabel('Place', { exact: true }).fill('Room 412, no phones');
  await page.getByLabel('Your name').fill('Kari Nordmann');
  await page.getByRole('button', { name: 'Plan a dialogue' }).click();
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Dialogue: 1 December 2026');
}

/**
 * A plan item's fields. After the meeting each item is one line that opens to edit (issue #30): opened here, as a
 * user opens it, when it is folded.
 */
export async function openPlanItem(page: Page, number: number): Promise<Locator> {
  const item = page.getByRole('group', { name: `Item ${number}` });
  const line = page.locator('.plan-line').nth(number - 1);
  await expect.poll(async () => (await item.count()) + (await line.count())).toBeGreaterThan(0);
  if ((await item.count()) === 0) await line.locator('summary').click();
  return item;
}
