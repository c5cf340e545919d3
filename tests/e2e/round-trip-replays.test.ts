import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { closeAndRemove, launchExtension, type ExtensionBrowser } from './harness';
import { FORGED_PLAN, NESTED_MESSAGE, PASSPHRASE, writeForgedFiles } from './forged-files';
import { storedRecords } from './in-page';
import { managerAddsAndPlans, startDialogue, waitUntilSaved, openPlanItem } from './steps';

/*
 * Issue #29 in the browser, with files made by the panel's own buttons and then replayed, reordered and answered:
 * an older outcome changes nothing a newer one set (the conclusion, the agreement, a removed item), a value already
 * taken in never comes back as a question, and a removal meets a change with a question on each side, once.
 * Each step that must change nothing is checked against the stored records before and after.
 */

const open: ExtensionBrowser[] = [];
afterEach(async () => {
  for (const browser of open.splice(0)) await closeAndRemove(browser);
});

const PLAN = ['Take the university pedagogy course', 'Monthly follow-up meetings'];
const planItem = (page: Page, number: number) => page.getByRole('group', { name: `Item ${number}` });
const planTexts = (page: Page) => page.locator('.plan-item').evaluateAll((items) => items.map((item) => (item.querySelector('textarea, input') as HTMLTextAreaElement).value));
const saveDownload = async (page: Page, button: string): Promise<string> => {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  return (await download.path())!;
};
const check = (page: Page) => page.locator('.card[aria-live]');
const takeItIn = (page: Page) => page.getByRole('button', { name: 'Take it in', exact: true });

async function open7(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^7\. / }).click();
  await expect.poll(() => page.getByRole('heading', { level: 2, name: /7\./ }).count()).toBeGreaterThan(0);
}

async function sendOutcome(kari: Page): Promise<string> {
  await kari.getByRole('button', { name: 'Summary and export' }).click();
  const file = await saveDownload(kari, 'Save a file for Ola Nordmann');
  await kari.getByRole('button', { name: 'Back to the dialogue' }).click();
  return file;
}

async function sendUpdate(page: Page, to: string): Promise<string> {
  await open7(page);
  return saveDownload(page, `Save an update for ${to}`);
}

/** Checks a file in the import view; waits until its check is shown. */
async function checkFile(page: Page, link: string, file: string): Promise<void> {
  if ((await page.locator('#import-file').count()) === 0) await page.getByRole('button', { name: link }).click();
  await page.setInputFiles('#import-file', file);
  await expect.poll(() => check(page).count()).toBe(1);
}

async function takeIn(page: Page): Promise<void> {
  await takeItIn(page).click();
  await expect.poll(() => page.getByText('Taken in.').count()).toBe(1);
}

describe('the round trip holds when files are replayed, reordered and answered (issue #29)', () => {
  it('older files change nothing newer, seen values ask nothing, and a removal meets a change with one question per side', async () => {
    const employee = await launchExtension();
    const manager = await launchExtension();
    open.push(employee, manager);
    const ola = await employee.openPanel();
    await startDialogue(ola, { date: '2026-12-01', manager: 'Kari Nordmann' });
    const kari = await manager.openPanel();
    await managerAddsAndPlans(kari);

    // The meeting: a conclusion, two plan items, the manager's agreement; the first outcome.
    await kari.getByRole('button', { name: /^2\. / }).click();
    await kari.getByLabel('Conclusion on this topic').fill('Teaching load stays at 40 %.');
    await open7(kari);
    for (const [index, what] of PLAN.entries()) {
      await kari.getByRole('button', { name: 'Add an agreed item' }).click();
      await planItem(kari, index + 1).getByLabel('What is to be done').fill(what);
    }
    // Before the meeting the plan is a draft, and the outcome carries it: no update offered. Held: from here on the
    // plan has left the meeting, and an update of it is offered (issue #30).
    expect(await kari.getByRole('heading', { name: 'Through the year: an update of the plan' }).count()).toBe(0);
    await kari.getByLabel('Status').selectOption('held');
    await expect.poll(() => kari.getByRole('heading', { name: 'Through the year: an update of the plan' }).count()).toBe(1);
    await kari.getByRole('button', { name: 'Record agreement: Manager Kari Nordmann' }).click();
    await waitUntilSaved(kari);
    const first = await sendOutcome(kari);

    // Later the manager rewords the conclusion, withdraws the agreement and removes the second item: a second outcome.
    await kari.getByRole('button', { name: /^2\. / }).click();
    await kari.getByLabel('Conclusion on this topic').fill('Teaching load goes down to 30 %.');
    await open7(kari);
    await kari.getByRole('button', { name: 'Withdraw my agreement' }).click();
    await kari.getByRole('button', { name: 'Remove item 2' }).click();
    await expect.poll(() => planTexts(kari)).toEqual([PLAN[0]]);
    await waitUntilSaved(kari);
    const second = await sendOutcome(kari);

    // The employee takes in the newer outcome first; "Taken in." leads to what came: the plan (issue #30).
    await checkFile(ola, 'Take in from your manager', second);
    // The field says which file it read (the browser's own says "No file chosen" once cleared, issue #30).
    expect(await ola.locator('#import-file-chosen').textContent()).toMatch(/^Chosen: /);
    await takeIn(ola);
    await ola.getByRole('button', { name: 'See the plan' }).click();
    await expect.poll(() => ola.getByRole('heading', { level: 2 }).first().textContent()).toMatch(/^7\. /);
    await ola.getByRole('button', { name: 'Take in from your manager' }).click();

    // The older one, after it: nothing it holds is newer. Listed with why, and "Take it in" stays off.
    const before = await ola.evaluate(storedRecords);
    await checkFile(ola, 'Take in from your manager', first);
    await expect.poll(() => check(ola).textContent()).toContain('Nothing new to take in: nothing in this file is newer than what is here.');
    const said = (await check(ola).textContent())!;
    expect(said).toContain('“Teaching load stays at 40 %.”: the file’s wording is older than the one here');
    expect(said).toContain('The manager’s agreement: the file’s is older than the one here');
    expect(said).toContain(`“${PLAN[1]}”: Kari Nordmann removed this plan item after this file was written`);
    expect(await takeItIn(ola).isDisabled()).toBe(true);
    expect(await ola.evaluate(storedRecords)).toEqual(before);
    await ola.getByRole('button', { name: 'Back to the dialogue' }).click();
    await ola.getByRole('button', { name: /^2\. / }).click();
    await expect.poll(() => ola.locator('.from-other').textContent()).toContain('Teaching load goes down to 30 %.');
    await open7(ola);
    await expect.poll(() => planTexts(ola)).toEqual([PLAN[0]]);
    expect(await ola.locator('.agreement').textContent()).not.toContain('Manager Kari Nordmann agreed on');

    // She marks the item done; the second outcome again: seen, no question (it was "Changed on both sides").
    await (await openPlanItem(ola, 1)).getByRole('radio', { name: 'Done' }).check();
    await waitUntilSaved(ola);
    const beforeAgain = await ola.evaluate(storedRecords);
    await checkFile(ola, 'Take in from your manager', second);
    await expect.poll(() => check(ola).textContent()).toContain('Nothing new');
    expect(await ola.getByRole('heading', { name: /Changed on both sides/ }).count()).toBe(0);
    expect(await ola.evaluate(storedRecords)).toEqual(beforeAgain);
    await ola.getByRole('button', { name: 'Back to the dialogue' }).click();

    // The manager removes the item she marked done: each side is asked once, and the two plans end alike.
    await open7(kari);
    await kari.getByRole('button', { name: 'Remove item 1' }).click();
    await expect.poll(() => planTexts(kari)).toEqual([]);
    await waitUntilSaved(kari);
    const removal = await sendUpdate(kari, 'Ola Nordmann');
    await checkFile(ola, 'Take in from your manager', removal);
    const question = `“${PLAN[0]}”: Kari Nordmann removed this plan item, and you changed it since`;
    await expect.poll(() => ola.locator('fieldset legend').allTextContents()).toEqual([question]);
    await ola.getByRole('radio', { name: 'Keep it in my plan' }).check();
    await takeIn(ola);
    await checkFile(ola, 'Take in from your manager', removal);
    await expect.poll(() => check(ola).textContent()).toContain('Nothing new');
    expect(await ola.locator('fieldset').count()).toBe(0);
    await ola.getByRole('button', { name: 'Back to the dialogue' }).click();

    const hers = await sendUpdate(ola, 'Kari Nordmann');
    const beforeKari = await kari.evaluate(storedRecords);
    await checkFile(kari, 'Import from the employee', hers);
    await expect.poll(() => kari.locator('fieldset legend').allTextContents()).toEqual([`“${PLAN[0]}”: you removed this plan item, and Ola Nordmann changed it since`]);
    expect(await kari.evaluate(storedRecords)).toEqual(beforeKari);
    await kari.getByRole('radio', { name: 'Add it back as Ola Nordmann has it' }).check();
    await takeIn(kari);
    const after = await kari.evaluate(storedRecords);
    expect(after.items.length).toBe(beforeKari.items.length + 1);
    await kari.getByRole('button', { name: 'Back to the dialogue' }).click();
    await open7(kari);
    await expect.poll(() => planTexts(kari)).toEqual([PLAN[0]]);
    expect(await (await openPlanItem(kari, 1)).getByRole('radio', { name: 'Done' }).isChecked()).toBe(true);
  });

  it('refuses forged and hostile files with a message naming what is wrong, and changes nothing; a passphrase typed with a space still opens', async () => {
    const files = await writeForgedFiles();
    const employee = await launchExtension();
    open.push(employee);
    const ola = await employee.openPanel();
    await startDialogue(ola, { date: '2026-12-01', manager: 'Kari Nordmann' });
    await ola.getByRole('button', { name: 'Take in from your manager' }).click();
    const before = await ola.evaluate(storedRecords);
    for (const [file, message] of files.refused) {
      await ola.setInputFiles('#import-file', file);
      await expect.poll(() => ola.getByRole('alert').first().textContent()).toMatch(message);
      expect(await ola.evaluate(storedRecords)).toEqual(before);
    }

    // A protected file inside a protected file: refused as such, not asked about again and again. Named so by its
    // envelope, at once; named as something else, once its passphrase has opened the outer one.
    await ola.setInputFiles('#import-file', files.nested);
    await expect.poll(() => ola.getByRole('alert').first().textContent()).toBe(NESTED_MESSAGE);
    await ola.setInputFiles('#import-file', files.disguised);
    await ola.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    await ola.getByRole('button', { name: 'Open the file' }).click();
    await expect.poll(() => ola.getByRole('alert').first().textContent()).toBe(NESTED_MESSAGE);
    expect(await ola.getByLabel('Passphrase', { exact: true }).count()).toBe(0);
    expect(await ola.evaluate(storedRecords)).toEqual(before);

    // The passphrase as it was agreed, typed with a space after it: opened, and taken in once.
    await ola.setInputFiles('#import-file', files.protectedOutcome);
    await ola.getByLabel('Passphrase', { exact: true }).fill(`${PASSPHRASE} `);
    await ola.getByRole('button', { name: 'Open the file' }).click();
    await expect.poll(() => check(ola).textContent()).toContain('From Kari Nordmann:');
    await takeIn(ola);
    expect((await ola.evaluate(storedRecords)).items.length).toBe(before.items.length + FORGED_PLAN.length);
  });
});
