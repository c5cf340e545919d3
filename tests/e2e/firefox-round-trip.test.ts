import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { launchFirefox, type FirefoxExtension } from './firefox/harness';
import { addPoint, chooseFile, click, field, managerAddsAndPlans, saveDownload, startDialogue, type, waitForText, waitUntilSaved, openPlanItem } from './firefox/steps';

/*
 * Issue #18 (and #15: files saved and opened in Firefox): the round trip between two Firefox profiles, one per
 * person, with the Firefox build. The employee shares a file; the manager imports it (her point shown as hers, issue
 * #28), records a conclusion and a plan item, notes her agreement in the meeting and records their own, and saves
 * the outcome; the employee takes it in, confirms her agreement and marks the item done; the manager takes the
 * update in. Both copies end at "Plan agreed".
 */
const open: FirefoxExtension[] = [];
afterEach(async () => {
  for (const firefox of open.splice(0)) await firefox.close();
});

const SHARED_POINT = 'More regular follow-up meetings, from Firefox';
const CONCLUSION = 'Teaching load stays at 40 %.';
const PLAN_ITEM = 'Take the university pedagogy course';

const value = (page: Page, selector: string) => page.$eval(selector, (element) => (element as HTMLInputElement).value);

async function planItemsText(page: Page): Promise<string[]> {
  return page.$$eval('.plan-item', (items) => items.map((item) => (item.querySelector('textarea, input') as HTMLTextAreaElement).value));
}

describe('in Firefox: the round trip between two profiles', () => {
  it('employee shares → manager imports and sends the outcome → employee takes it in and updates → manager takes the update in', async () => {
    const employee = await launchFirefox();
    const manager = await launchFirefox();
    open.push(employee, manager);

    const ola = await employee.openPanel();
    await startDialogue(ola, { date: '2026-12-01', manager: 'Kari Nordmann' });
    await click(ola, /^3\. /);
    await addPoint(ola, SHARED_POINT);
    await waitUntilSaved(ola);
    await click(ola, 'Summary and export');
    const shared = await saveDownload(ola, 'Save a file for my manager', employee.downloads);
    expect(readFileSync(shared, 'utf8')).toContain(SHARED_POINT);

    const kari = await manager.openPanel();
    await managerAddsAndPlans(kari);
    await click(kari, 'Import from the employee');
    await chooseFile(kari, '#import-file', shared);
    await click(kari, 'Take in 1 entry');
    await waitForText(kari, 'Took in 1 entry.');
    await click(kari, 'Back to the dialogue');
    // Her point is hers in the manager's copy: under her name, nothing to edit (issue #28).
    await click(kari, /^3\. /);
    await waitForText(kari, 'Raised by Ola Nordmann');
    expect(await kari.$$eval('.their-entries textarea, .their-entries input', (found) => found.length)).toBe(0);
    expect(await kari.evaluate(() => [...document.querySelectorAll('label')].some((label) => label.textContent?.trim() === 'Point 1'))).toBe(false);
    await click(kari, /^1\. /);
    await waitForText(kari, 'Your preparation as manager');
    await click(kari, /^2\. /);
    await type(kari, 'Conclusion on this topic', CONCLUSION);
    await click(kari, /^7\. /);
    await click(kari, 'Add an agreed item');
    await type(kari, 'What is to be done', PLAN_ITEM);
    await waitUntilSaved(kari);
    // In the meeting: her agreement as given there, and the manager's own.
    await click(kari, 'Meeting mode');
    await click(kari, /^7\. /);
    await click(kari, 'Record agreement given in the meeting: Employee Ola Nordmann');
    await click(kari, 'Record agreement: Manager Kari Nordmann');
    await click(kari, 'End the meeting');
    // The next step, in one: the outcome for the employee (issue #30).
    await kari.waitForFunction(() => document.activeElement?.textContent === 'Send the outcome to Ola Nordmann', { polling: 100, timeout: 15_000 });
    const outcome = await saveDownload(kari, 'Save a file for Ola Nordmann', manager.downloads);
    expect(readFileSync(outcome, 'utf8')).not.toContain(SHARED_POINT);

    await click(ola, 'Back to the dialogue');
    await click(ola, 'Take in from your manager');
    await chooseFile(ola, '#import-file', outcome);
    await waitForText(ola, 'From Kari Nordmann:');
    await click(ola, 'Take it in');
    await waitForText(ola, 'Taken in.');
    await click(ola, 'Back to the dialogue');
    await click(ola, /^2\. /);
    await waitForText(ola, CONCLUSION);
    await click(ola, /^7\. /);
    await ola.waitForSelector('.plan-item');
    expect(await planItemsText(ola)).toEqual([PLAN_ITEM]);
    // The agreement the manager noted for her waits for her own confirmation.
    await waitForText(ola, 'Kari Nordmann recorded in the meeting on');
    expect(await value(ola, '#dialogue-status')).toBe('held');
    await click(ola, 'Confirm my agreement');
    await ola.waitForFunction(() => (document.querySelector('#dialogue-status') as HTMLSelectElement | null)?.value === 'planAgreed', { polling: 100, timeout: 15_000 });
    await openPlanItem(ola, 1);
    await (await field(ola, 'Done')).click();
    await waitUntilSaved(ola);
    const update = await saveDownload(ola, 'Save an update for Kari Nordmann', employee.downloads);

    await click(kari, 'Back to the dialogue');
    await click(kari, 'Import from the employee');
    await chooseFile(kari, '#import-file', update);
    await waitForText(kari, 'From Ola Nordmann:');
    await click(kari, 'Take it in');
    await waitForText(kari, 'Taken in.');
    await click(kari, 'Back to the dialogue');
    await click(kari, /^7\. /);
    // Folded after the meeting to one line that says its status (issue #30).
    await kari.waitForFunction(() => document.querySelector('.plan-line summary')?.textContent?.includes('Done'), { polling: 100, timeout: 15_000 });
    await openPlanItem(kari, 1);
    await kari.waitForFunction(() => (document.querySelector('.plan-item input[type=radio][value=done]') as HTMLInputElement | null)?.checked === true, { polling: 100, timeout: 15_000 });
    expect(await value(kari, '.plan-item textarea')).toBe(PLAN_ITEM);
    expect(await value(kari, '#dialogue-status')).toBe('planAgreed');
    await waitForText(kari, 'Employee Ola Nordmann agreed on');
  });
});
