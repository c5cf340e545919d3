import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { closeAndRemove, launchExtension, type ExtensionBrowser } from './harness';
import { addPoint, managerAddsAndPlans, startDialogue, waitUntilSaved, openPlanItem } from './steps';
import { buildItem } from '../../lib/domain/dialogues';
import { buildDialogue } from '../../lib/domain/new-dialogue';
import { newPlanItemFields } from '../../lib/domain/plan';
import { buildOutcomeFile } from '../../lib/files/outgoing';
import { defaultSelection, selectSummary, summaryCandidates } from '../../lib/export/summary';
import { getGuide } from '../../lib/guide/bundled';

/*
 * Issue #18 with two browser profiles, one per person: the employee prepares and shares; the manager holds the
 * meeting and sends the outcome; the employee takes it in and agrees; mid-year the employee marks an item done and
 * sends an update, which the manager takes in; a year on, both sides' next dialogue reviews the same plan.
 */

const open: ExtensionBrowser[] = [];
afterEach(async () => {
  for (const browser of open.splice(0)) await closeAndRemove(browser);
});

const SHARED_POINT = 'I would like more regular follow-up meetings';
const PRIVATE_MANAGER_NOTE = 'Manager private: budget cuts coming';
const CONCLUSION = 'Teaching load stays at 40 % until the summer.';
const PLAN = ['Take the university pedagogy course', 'Monthly follow-up meetings'];

const saveDownload = async (page: Page, button: string): Promise<string> => {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  return (await download.path())!;
};
const planItem = (page: Page, number: number) => page.getByRole('group', { name: `Item ${number}` });
const planTexts = (page: Page) => page.locator('.plan-item').evaluateAll((items) => items.map((item) => (item.querySelector('textarea, input') as HTMLTextAreaElement).value));

async function takeIn(page: Page, link: string, file: string): Promise<void> {
  await page.getByRole('button', { name: link }).click();
  await page.setInputFiles('#import-file', file);
}

describe('the agreed outcome reaches the employee, and both follow it up', () => {
  it('employee shares → manager holds the meeting and sends the outcome → employee takes it in and agrees → updates both ways → a year on both review the same plan', async () => {
    const employee = await launchExtension();
    const manager = await launchExtension();
    open.push(employee, manager);

    // The employee prepares and shares.
    const ola = await employee.openPanel();
    await startDialogue(ola, { date: '2026-12-01', manager: 'Kari Nordmann' });
    await ola.getByRole('button', { name: /^3\. / }).click();
    await addPoint(ola, SHARED_POINT);
    await waitUntilSaved(ola);
    await ola.getByRole('button', { name: 'Summary and export' }).click();
    const shared = await saveDownload(ola, 'Save a file for my manager');
    await ola.getByRole('button', { name: 'Back to the dialogue' }).click();

    // The manager imports it, holds the meeting (a conclusion, a private note, two plan items, both agreements).
    const kari = await manager.openPanel();
    await managerAddsAndPlans(kari);
    await takeIn(kari, 'Import from the employee', shared);
    await kari.getByRole('button', { name: 'Take in 1 entry' }).click();
    await expect.poll(() => kari.getByText('Took in 1 entry.').count()).toBe(1);
    await kari.getByRole('button', { name: 'Back to the dialogue' }).click();
    await kari.getByRole('button', { name: /^2\. / }).click();
    await kari.getByLabel('Conclusion on this topic').fill(CONCLUSION);
    await kari.locator('[data-question-id="t2-q01"]').getByRole('button', { name: /My note/ }).click();
    await kari.locator('[data-question-id="t2-q01"]').getByRole('textbox').fill(PRIVATE_MANAGER_NOTE);
    await kari.getByRole('button', { name: /^7\. / }).click();
    for (const [index, what] of PLAN.entries()) {
      await kari.getByRole('button', { name: 'Add an agreed item' }).click();
      await planItem(kari, index + 1).getByLabel('What is to be done').fill(what);
    }
    await planItem(kari, 1).getByLabel('By when').fill('2027-05-01');
    await kari.getByRole('button', { name: 'Record agreement: Manager Kari Nordmann' }).click();
    await waitUntilSaved(kari);

    // The outcome, from the same choice as every export: the private note stays home.
    await kari.getByRole('button', { name: 'Summary and export' }).click();
    await expect.poll(() => kari.locator('#outcome-heading').textContent()).toBe('Send the outcome to Ola Nordmann');
    expect(await kari.locator('.share').textContent()).toContain('1 conclusion or note · 2 plan items · 0 reviews');
    await kari.getByText('Show exactly what goes').click();
    const goes = await kari.locator('.outcome-preview').textContent();
    for (const expected of [CONCLUSION, ...PLAN, 'Manager Kari Nordmann agreed on']) expect(goes).toContain(expected);
    for (const absent of [PRIVATE_MANAGER_NOTE, SHARED_POINT]) expect(goes).not.toContain(absent);
    const outcome = await saveDownload(kari, 'Save a file for Ola Nordmann');
    await expect.poll(() => kari.locator('.share [role=status]').textContent()).toMatch(/^Saved samtale-outcome-2026-12-01\.json\. Send it to Ola Nordmann\.$/);
    const outcomeText = readFileSync(outcome, 'utf8');
    expect(outcomeText).not.toContain(PRIVATE_MANAGER_NOTE);
    expect(outcomeText).not.toContain(SHARED_POINT);
    await kari.getByRole('button', { name: 'Back to the dialogue' }).click();

    // A file meant for the manager is named as such on the employee's side, and changes nothing.
    await takeIn(ola, 'Take in from your manager', shared);
    await expect.poll(() => ola.getByRole('alert').textContent()).toContain('the points an employee shared with their manager');

    // The employee takes the outcome in: shown first, then written at once.
    await ola.setInputFiles('#import-file', outcome);
    const check = ola.locator('.card[aria-live]');
    await expect.poll(() => check.textContent()).toContain('From Kari Nordmann:');
    expect(await check.textContent()).toContain(CONCLUSION);
    for (const what of PLAN) expect(await check.textContent()).toContain(what);
    // A double click writes once and says nothing wrong (issue #29: the second click said "That did not work").
    await ola.getByRole('button', { name: 'Take it in', exact: true }).dblclick();
    await expect.poll(() => ola.getByText('Taken in.').count()).toBe(1);
    expect(await ola.getByText('That did not work').count()).toBe(0);
    // Taken in twice: nothing new, and nothing to confirm.
    await ola.setInputFiles('#import-file', outcome);
    await expect.poll(() => ola.getByText('Nothing new: everything in this file is here already.').count()).toBe(1);
    expect(await ola.getByRole('button', { name: 'Take it in', exact: true }).isDisabled()).toBe(true);
    await ola.getByRole('button', { name: 'Back to the dialogue' }).click();

    // The employee sees the conclusion on its topic, the plan in order, and records their own agreement.
    await ola.getByRole('button', { name: /^2\. / }).click();
    await expect.poll(() => ola.locator('.from-other').textContent()).toBe(`From the meeting (Kari Nordmann)${CONCLUSION}`);
    expect(await ola.getByLabel('Conclusion on this topic').inputValue()).toBe('');
    await ola.getByRole('button', { name: /^7\. / }).click();
    await expect.poll(() => planTexts(ola)).toEqual(PLAN);
    expect(await (await openPlanItem(ola, 1)).getByLabel('By when').inputValue()).toBe('2027-05-01');
    await expect.poll(() => ola.locator('.agreement').textContent()).toContain('Manager Kari Nordmann agreed on');
    await ola.getByRole('button', { name: 'Record agreement: Employee Ola Nordmann' }).click();

    // Mid-year: the employee marks the course done, and the manager writes a comment on the same item meanwhile.
    await planItem(ola, 1).getByRole('radio', { name: 'Done' }).check();
    await planItem(ola, 1).getByLabel('Comment on the status').fill('Passed in May');
    await waitUntilSaved(ola);
    await kari.getByRole('button', { name: /^7\. / }).click();
    await planItem(kari, 1).getByRole('radio', { name: 'In progress' }).check();
    await planItem(kari, 1).getByLabel('Comment on the status').fill('HR has a place in March');
    await waitUntilSaved(kari);
    // Protected with a passphrase the two agreed on: the file holds none of the words.
    await ola.getByRole('checkbox', { name: 'Protect the file with a passphrase' }).check();
    expect(await ola.getByRole('button', { name: 'Save an update for Kari Nordmann' }).isDisabled()).toBe(true);
    await ola.getByLabel('Passphrase for the file').fill('blue heron 42');
    const update = await saveDownload(ola, 'Save an update for Kari Nordmann');
    expect(readFileSync(update, 'utf8')).not.toContain('Passed in May');

    // The manager takes it in: asked for the passphrase; then the status and the employee's agreement come, and
    // the comment both changed is chosen.
    await takeIn(kari, 'Import from the employee', update);
    await expect.poll(() => kari.getByRole('alert').textContent()).toContain('protected with a passphrase');
    await kari.getByLabel('Passphrase', { exact: true }).fill('a wrong one');
    await kari.getByRole('button', { name: 'Open the file' }).click();
    await expect.poll(() => kari.getByRole('alert').textContent()).toContain('That passphrase does not open this file');
    await kari.getByLabel('Passphrase', { exact: true }).fill('blue heron 42');
    await kari.getByRole('button', { name: 'Open the file' }).click();
    await expect.poll(() => kari.getByRole('heading', { name: /Changed on both sides/ }).count()).toBe(1);
    const conflicts = kari.locator('[aria-labelledby=import-conflicts] fieldset');
    expect(await conflicts.count()).toBe(2);
    // Each names its item by the item's words and then the field, never by a value (issue #29).
    expect(await conflicts.locator('legend').allTextContents()).toEqual([`“${PLAN[0]}”: status`, `“${PLAN[0]}”: comment on the status`]);
    expect(await kari.getByRole('button', { name: 'Take it in', exact: true }).isDisabled()).toBe(true);
    await kari.getByRole('radio', { name: 'Take Ola Nordmann’s: Done' }).check();
    await kari.getByRole('radio', { name: 'Keep mine: HR has a place in March' }).check();
    await kari.getByRole('button', { name: 'Take it in', exact: true }).click();
    await expect.poll(() => kari.getByText('Taken in.').count()).toBe(1);
    // The same file again, after "Keep mine": seen is seen, nothing is asked again (issue #29: it asked every time).
    await kari.setInputFiles('#import-file', update);
    await kari.getByLabel('Passphrase', { exact: true }).fill('blue heron 42');
    await kari.getByRole('button', { name: 'Open the file' }).click();
    await expect.poll(() => kari.getByText('Nothing new: everything in this file is here already.').count()).toBe(1);
    expect(await kari.getByRole('heading', { name: /Changed on both sides/ }).count()).toBe(0);
    await kari.getByRole('button', { name: 'Back to the dialogue' }).click();
    // Both have agreed: the plan is one line per item, which says its status, and opens to edit (issue #30).
    await expect.poll(() => kari.locator('.plan-line summary').first().textContent()).toContain('Done');
    await openPlanItem(kari, 1);
    await expect.poll(() => planItem(kari, 1).getByRole('radio', { name: 'Done' }).isChecked()).toBe(true);
    expect(await planItem(kari, 1).getByLabel('Comment on the status').inputValue()).toBe('HR has a place in March');
    await expect.poll(() => kari.locator('.agreement').textContent()).toContain('Employee Ola Nordmann agreed on');

    // A year on, both sides' next dialogue reviews the same plan, in the same order.
    await ola.getByRole('button', { name: 'My dialogues' }).click();
    await startDialogue(ola, { date: '2027-12-01', manager: 'Kari Nordmann' });
    const reviewed = (page: Page) => page.locator('.previous-review [data-reviewed-item] strong').allTextContents();
    await expect.poll(() => reviewed(ola)).toEqual(PLAN);
    expect(await ola.locator('.previous-review').textContent()).toContain(CONCLUSION);

    await kari.getByRole('button', { name: 'My employees', exact: true }).click();
    await kari.locator('[data-person-id]').filter({ hasText: 'Ola Nordmann' }).getByRole('button', { name: 'Ola Nordmann' }).click();
    await kari.getByRole('button', { name: 'Plan a dialogue' }).click();
    await kari.getByLabel('Planned date').fill('2027-12-01');
    await kari.getByRole('button', { name: 'Plan a dialogue' }).click();
    await expect.poll(() => reviewed(kari)).toEqual(PLAN);
    expect(await kari.locator('.previous-review').textContent()).toContain(CONCLUSION);
  });

  it('an outcome for a dialogue that is not on this device: into this one once confirmed, or into a new one', async () => {
    // The manager's outcome, made as the manager's Samtale makes it, for an employee dialogue on another device.
    const managers = { ...buildDialogue({ role: 'manager', employeeName: 'Ola Nordmann', managerName: 'Kari Nordmann', plannedDate: '2026-12-01', staffCategory: 'academic', turned60: false, language: 'en' }), counterpartDialogueId: 'on-the-old-laptop' };
    const items = PLAN.map((what, index) => ({ ...buildItem({ ...newPlanItemFields(what), dialogueId: managers.id, topicId: 't7' }), createdAt: `2026-12-01T10:0${index}:00.000Z` }));
    const candidates = summaryCandidates(managers, getGuide(managers.templateId, 'en'), items);
    const file = join(mkdtempSync(join(tmpdir(), 'samtale-outcome-')), 'outcome.json');
    writeFileSync(file, JSON.stringify(buildOutcomeFile(managers, items, selectSummary(candidates, defaultSelection(candidates)), [])));

    const employee = await launchExtension();
    open.push(employee);
    const ola = await employee.openPanel();
    await startDialogue(ola, { date: '2027-02-01', manager: 'Kari Nordmann' });
    await takeIn(ola, 'Take in from your manager', file);
    await expect.poll(() => ola.getByRole('alert').first().textContent()).toContain('This outcome answers a dialogue that is not on this device.');
    expect(await ola.getByRole('button', { name: 'Take it in', exact: true }).isDisabled()).toBe(true);
    await ola.getByRole('button', { name: 'Take it into a new dialogue of 1 December 2026 instead' }).click();
    await expect.poll(() => ola.getByRole('heading', { level: 1 }).textContent()).toBe('Dialogue: 1 December 2026');
    await ola.getByRole('button', { name: /^7\. / }).click();
    await expect.poll(() => planTexts(ola)).toEqual(PLAN);
    // The dialogue the employee had open is as it was.
    await ola.getByRole('button', { name: 'My dialogues' }).click();
    await expect.poll(() => ola.locator('.dialogue-list li').count()).toBe(2);

    // An outcome about another employee (issue #29): the new-dialogue way in waits for the same confirmation as
    // taking it into this one, and the new dialogue is named after the person the file is about.
    const pers = { ...managers, id: 'pers-dialogue', employeeName: 'Per Hansen', counterpartDialogueId: 'pers-laptop' };
    const other = join(mkdtempSync(join(tmpdir(), 'samtale-outcome-')), 'outcome.json');
    writeFileSync(other, JSON.stringify(buildOutcomeFile(pers, items, selectSummary(candidates, defaultSelection(candidates)), [])));
    await ola.getByRole('button', { name: 'Open: 1 February 2027' }).click();
    await takeIn(ola, 'Take in from your manager', other);
    const newOne = ola.getByRole('button', { name: 'Take it into a new dialogue of 1 December 2026 instead' });
    await expect.poll(() => newOne.count()).toBe(1);
    expect(await newOne.isDisabled()).toBe(true);
    await ola.getByRole('checkbox', { name: 'Yes, take what Kari Nordmann sent into the dialogue with Ola Nordmann' }).check();
    await newOne.click();
    await expect.poll(() => ola.getByRole('heading', { level: 1 }).textContent()).toBe('Dialogue: 1 December 2026');
    await ola.getByRole('button', { name: 'Summary and export' }).click();
    await ola.getByRole('heading', { name: 'Preview' }).click();
    await expect.poll(() => ola.getByTestId('export-preview').textContent()).toContain('Per Hansen');
  });
});
