import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { getGuide } from '../../lib/guide/bundled';
import { closeAndRemove, launchExtension, type ExtensionBrowser } from './harness';
import { addPoint, managerAddsAndPlans, startDialogue, waitUntilSaved } from './steps';

/*
 * Issue #28 with two browser profiles, one per person: each copy speaks to its owner, the other party's words are
 * shown as theirs and cannot be changed, each party agrees for themself, and the record holds what was agreed.
 */

const open: ExtensionBrowser[] = [];
afterEach(async () => {
  for (const browser of open.splice(0)) await closeAndRemove(browser);
});

const guide = getGuide('uio-dialogue-2020', 'en');
const SELF_ASSESSMENT = 'Private: I was slow this spring';
const MARKED_QUESTION = "How do you see your work area and your tasks in the context of your department's/organisation's goals?";
const SHARED_POINT = 'More time for research';
const GOAL = 'Publish the survey article';
const GOAL_WHY = 'The project needs it';
const ANSWER = 'Fridays can be kept free from teaching';

const saveDownload = async (page: Page, button: string): Promise<string> => {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  return (await download.path())!;
};
/** WCAG 2.1 A and AA on what is on screen, in both colour schemes (the views this issue added). */
async function accessible(page: Page): Promise<string[]> {
  const found: string[] = [];
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    found.push(...result.violations.map((v) => `${colorScheme}: ${v.id} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join('; ')})`));
  }
  await page.emulateMedia({ colorScheme: 'light' });
  return found;
}
const topic = (page: Page, number: number) => page.getByRole('button', { name: new RegExp(`^${number}\\. `) }).click();

describe('whose copy, whose words (issue #28)', () => {
  it('the employee prepares and shares; the manager’s copy asks the manager’s questions and shows hers as hers; both agree in the meeting; the record holds it; both say “Plan agreed”', async () => {
    const employee = await launchExtension();
    const manager = await launchExtension();
    open.push(employee, manager);
    await manager.context.grantPermissions(['clipboard-read', 'clipboard-write']);

    // The employee: a private self-assessment, a marked question, a point, a goal with a deadline; shared.
    const ola = await employee.openPanel();
    await startDialogue(ola, { date: '2026-12-01', manager: 'Kari Nordmann' });
    await ola.getByLabel(guide.topics[0]!.prompts.selfAssessment!).fill(SELF_ASSESSMENT);
    await topic(ola, 2);
    await ola.getByRole('checkbox', { name: MARKED_QUESTION, exact: true }).check();
    await topic(ola, 3);
    await addPoint(ola, SHARED_POINT);
    await topic(ola, 6);
    await ola.getByRole('button', { name: 'Add a goal' }).click();
    const goal = ola.getByRole('group', { name: 'Goal 1' });
    await goal.getByLabel('Goal', { exact: true }).fill(GOAL);
    await goal.getByLabel('Deadline').fill('2027-06-30');
    await goal.getByLabel('Why it matters').fill(GOAL_WHY);
    await waitUntilSaved(ola);
    await ola.getByRole('button', { name: 'Summary and export' }).click();
    const shared = await saveDownload(ola, 'Save a file for my manager');
    expect(readFileSync(shared, 'utf8')).not.toContain(SELF_ASSESSMENT);
    await ola.getByRole('button', { name: 'Back to the dialogue' }).click();

    // The manager takes it in: three entries, each Ola's.
    const kari = await manager.openPanel();
    await managerAddsAndPlans(kari);
    await kari.getByRole('button', { name: 'Import from the employee' }).click();
    await kari.setInputFiles('#import-file', shared);
    await kari.getByRole('button', { name: 'Take in 3 entries' }).click();
    await expect.poll(() => kari.getByText('Took in 3 entries.').count()).toBe(1);
    await kari.getByRole('button', { name: 'Back to the dialogue' }).click();

    // Topic 1 asks the manager's own questions; no self-assessment of the employee's, no "only you see it" box.
    await topic(kari, 1);
    const main = kari.locator('main');
    await expect.poll(() => main.textContent()).toContain('Your preparation as manager');
    expect(await main.textContent()).toContain('How do I view the employee’s efforts and contributions to the unit’s goals over the past year?');
    expect(await main.textContent()).toContain('not UiO’s wording');
    expect(await kari.getByText('My own efforts').count()).toBe(0);
    expect(await kari.getByLabel(guide.topics[0]!.prompts.selfAssessment!).count()).toBe(0);
    // What she shared is not the manager's preparation.
    expect(await kari.locator('#topic-progress').textContent()).toBe('0 of 7 topics prepared');
    // Her marked question stays a question, marked by her; her point is hers, with nothing to edit or remove.
    await topic(kari, 2);
    const question = kari.locator('[data-question-id="t2-q01"]');
    await expect.poll(() => question.textContent()).toContain('Ola Nordmann wants to raise this');
    expect(await question.getByRole('checkbox').isChecked()).toBe(false);
    await topic(kari, 3);
    const hers = kari.locator('.their-entries').filter({ hasText: 'Raised by Ola Nordmann' });
    await expect.poll(() => hers.textContent()).toContain(SHARED_POINT);
    expect(await hers.locator('textarea, input').count()).toBe(0);
    expect(await hers.getByRole('button', { name: /Remove/ }).count()).toBe(0);
    // The manager answers it with a point of their own, beside it, and leaves her marked question off the agenda.
    await hers.getByRole('button', { name: `Answer with a point of my own: ${SHARED_POINT}` }).click();
    await expect.poll(() => kari.evaluate(() => (document.activeElement as HTMLElement | null)?.closest('.their-entries') !== null && document.activeElement?.tagName === 'TEXTAREA')).toBe(true);
    await kari.keyboard.type(ANSWER);
    await waitUntilSaved(kari);
    expect(await hers.getByLabel('My answer').inputValue()).toBe(ANSWER);
    expect(await kari.getByLabel('Point 1').count()).toBe(0);
    await topic(kari, 2);
    await question.getByRole('button', { name: `Leave off the agenda: ${MARKED_QUESTION}` }).click();
    await expect.poll(() => question.textContent()).toContain('Left off the agenda');
    expect(await accessible(kari)).toEqual([]);
    await topic(kari, 3);
    expect(await accessible(kari)).toEqual([]);
    expect(await kari.getByLabel('Point 1').count()).toBe(0);
    await topic(kari, 6);
    const goals = kari.locator('.their-entries').filter({ hasText: 'Goals Ola Nordmann shared' });
    await expect.poll(() => goals.textContent()).toContain('Deadline: 30 June 2027');
    expect(await kari.getByRole('button', { name: 'Add a goal' }).count()).toBe(0);

    // The meeting: the goal goes to the plan with its reason and its deadline; both agree there.
    await kari.getByRole('button', { name: 'Meeting mode' }).click();
    await topic(kari, 6);
    await expect.poll(() => kari.locator('.agenda').textContent()).toContain(GOAL);
    // What the manager left off the agenda is not on it; the answer is the manager's own point there.
    await topic(kari, 2);
    await expect.poll(() => kari.getByRole('heading', { level: 2 }).filter({ hasText: /^2\. / }).count()).toBe(1);
    expect(await kari.locator('.agenda').textContent()).not.toContain(MARKED_QUESTION);
    await topic(kari, 3);
    await expect.poll(() => kari.locator('.agenda').textContent()).toContain(ANSWER);
    expect(await kari.locator('.agenda').textContent()).toContain(SHARED_POINT);
    await topic(kari, 6);
    await kari.locator('.agenda').getByRole('button', { name: new RegExp(`^Add to plan: ${GOAL}`) }).click();
    const item = kari.getByRole('group', { name: 'Item 1' });
    await expect.poll(() => item.getByLabel('By when').inputValue()).toBe('2027-06-30');
    expect(await item.getByLabel('What is to be done').inputValue()).toBe(`${GOAL}\n${GOAL_WHY}`);
    await topic(kari, 7);
    // The guide asks for how success is judged: said, and they may agree anyway.
    await expect.poll(() => kari.getByTestId('plan-gaps').textContent()).toContain('Item 1: how success is judged');
    expect(await accessible(kari)).toEqual([]);
    await kari.getByRole('button', { name: 'Record agreement given in the meeting: Employee Ola Nordmann' }).click();
    await kari.getByRole('button', { name: 'Record agreement: Manager Kari Nordmann' }).click();
    await kari.getByRole('button', { name: 'End the meeting' }).click();
    // Ended, the meeting leads to the outcome for her (issue #30), in the export.
    await expect.poll(() => kari.getByRole('heading', { name: 'Send the outcome to Ola Nordmann' }).count()).toBe(1);

    // The record: the plan under topic 7, then what each agreed, as recorded.
    await kari.getByRole('button', { name: 'Copy everything' }).click();
    await expect.poll(() => kari.getByRole('status').filter({ hasText: 'Copied' }).count()).toBe(1);
    const html = await kari.evaluate(async () => (await (await navigator.clipboard.read())[0]!.getType('text/html')).text());
    const topic7 = html.indexOf('<h2>7. ');
    expect(topic7).toBeGreaterThan(0);
    expect(html.indexOf('<table', topic7)).toBeGreaterThan(topic7);
    expect(html.slice(topic7, html.indexOf('<table', topic7))).not.toContain('Nothing recorded');
    expect(html.indexOf('<h2>Agreement</h2>')).toBeGreaterThan(html.indexOf('<table', topic7));
    expect(html).toContain('Employee Ola Nordmann agreed in the meeting on 1 December 2026 (recorded by Kari Nordmann).'.replace(/1 December 2026/, await todayLong(kari)));
    expect(html).toContain('Raised by Ola Nordmann');
    expect(html).toContain('<h1>Summary of the one-to-one work dialogue</h1>');

    // The outcome to the employee: her copy shows the agreement the manager noted and asks her to confirm it.
    const outcome = await saveDownload(kari, 'Save a file for Ola Nordmann');
    await ola.getByRole('button', { name: 'Take in from your manager' }).click();
    await ola.setInputFiles('#import-file', outcome);
    await ola.getByRole('button', { name: 'Take it in', exact: true }).click();
    await expect.poll(() => ola.getByText('Taken in.').count()).toBe(1);
    await ola.getByRole('button', { name: 'Back to the dialogue' }).click();
    await expect.poll(() => ola.getByLabel('Status').inputValue()).toBe('held');
    await topic(ola, 7);
    const agreement = ola.locator('.agreement');
    await expect.poll(() => agreement.textContent()).toContain('Kari Nordmann recorded in the meeting on');
    expect(await accessible(ola)).toEqual([]);
    expect(await ola.getByRole('button', { name: /^Record agreement: Manager/ }).count()).toBe(0);
    await agreement.getByRole('button', { name: 'Confirm my agreement' }).click();
    await expect.poll(() => ola.getByLabel('Status').inputValue()).toBe('planAgreed');
    expect(await agreement.textContent()).toContain('Manager Kari Nordmann agreed on');
    expect(await kari.getByRole('button', { name: 'Back to the dialogue' }).count()).toBe(1);
    await kari.getByRole('button', { name: 'Back to the dialogue' }).click();
    expect(await kari.getByLabel('Status').inputValue()).toBe('planAgreed');
  });
});

/** Today in the export's long form, as the panel's clock says (the agreement is recorded today). */
const todayLong = (page: Page) => page.evaluate(() => new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }));

describe('a manager’s copy from before issue #28', () => {
  it('keeps on screen what the manager wrote in the self-assessment box before, as their own earlier notes', async () => {
    const manager = await launchExtension();
    open.push(manager);
    const kari = await manager.openPanel();
    await managerAddsAndPlans(kari);
    const dialogueId = (await kari.locator('.dialogue').getAttribute('data-dialogue-id'))!;
    // Written as the earlier Samtale wrote it: the manager's own item of the employee's kind, in topic 1's record.
    await kari.evaluate(
      (dialogueId) =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.open('samtale');
          request.onsuccess = () => {
            const tx = request.result.transaction('topicItems', 'readwrite');
            const store = tx.objectStore('topicItems');
            const at = new Date().toISOString();
            const item = { id: 'earlier-note', dialogueId, topicId: 't1', kind: 'selfAssessment', text: 'Ola has grown into the teaching role', sealed: null, sensitive: false, shared: false, origin: null, createdAt: at, updatedAt: at };
            const read = store.get([dialogueId, 't1']);
            read.onsuccess = () => store.put({ dialogueId, topicId: 't1', items: [...(read.result?.items ?? []), item] });
            tx.oncomplete = () => (request.result.close(), resolve());
            tx.onerror = () => reject(tx.error);
          };
        }),
      dialogueId,
    );
    await kari.reload();
    await expect.poll(() => kari.getByLabel('What I wrote in this box before Samtale asked a manager’s own questions').inputValue()).toBe('Ola has grown into the teaching role');
    expect(await kari.getByText('My earlier notes here').count()).toBe(1);
    expect(await kari.getByText('My own efforts').count()).toBe(0);
  });
});
