import { afterEach, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { getGuide } from '../../lib/guide/bundled';
import { closeAndRemove, launchExtension, type ExtensionBrowser } from './harness';
import { addPoint, managerAddsAndPlans, startDialogue, waitUntilSaved, writeQuestionNote, openPlanItem } from './steps';

// Issue #19: the manager's hour, and the bugs a trial of it found.
const PRIVATE_PREPARATION = 'Manager private: the unit is being reorganised';
const MEETING_NOTE = 'Meeting note: Ola seemed tired';
const open: ExtensionBrowser[] = [];
afterEach(async () => {
  for (const browser of open.splice(0)) await closeAndRemove(browser);
});

/** Whether a locator's box is inside the page's viewport (where the user is looking). */
async function inView(page: Page, locator: Locator): Promise<boolean> {
  const box = await locator.boundingBox();
  const height = await page.evaluate(() => window.innerHeight);
  return box !== null && box.y >= 0 && box.y + box.height <= height;
}

describe('the employee’s side', () => {
  it('names the home card plainly without a manager, names each note button by its question, and confirms a share beside its button', async () => {
    const browser = await launchExtension();
    open.push(browser);
    const page = await browser.openPanel();
    await startDialogue(page, { date: '2026-12-01', manager: '' });
    expect(await page.locator('.dialogue-head .meta').textContent()).toMatch(/^No manager named yet · /);

    // Topic 2: every note button says which question it belongs to.
    await page.getByRole('button', { name: /^2\. / }).click();
    const shown = await page.locator('li[data-question-id]').evaluateAll((items) =>
      items.map((item) => ({ question: item.querySelector('label span')!.textContent, button: item.querySelector('button')?.getAttribute('aria-label') })),
    );
    const topic = getGuide('uio-dialogue-2020', 'en').topics[1]!;
    expect(shown.length).toBeGreaterThanOrEqual(topic.groups[0]!.questions.length);
    for (const { question, button } of shown) expect(button).toBe(`My note on this question: ${question}`);
    const names = shown.map(({ button }) => button);
    expect(new Set(names).size).toBe(names.length);

    await page.getByRole('button', { name: /^3\. / }).click();
    await addPoint(page, 'More time for research');
    // The employee's copy records her own agreement, never the manager's (issue #28): the manager's is theirs to
    // record in their own Samtale, and this copy says it has not come yet.
    await page.getByRole('button', { name: /^7\. / }).click();
    await page.getByRole('button', { name: 'Add an agreed item' }).click();
    await page.getByRole('group', { name: 'Item 1' }).getByLabel('What is to be done').fill('A research week');
    // The guide asks for by when and how success is judged: said, and agreeing is still possible.
    await expect.poll(() => page.getByTestId('plan-gaps').textContent()).toContain('Item 1: by when, how success is judged');
    expect(await page.getByRole('button', { name: /^Record agreement: Manager/ }).count()).toBe(0);
    expect(await page.locator('.agreement').textContent()).toContain('Manager has not recorded their agreement yet.');
    await page.getByRole('button', { name: 'Record agreement: Employee Ola Nordmann' }).click();
    await expect.poll(() => page.locator('.agreement').textContent()).toContain('Employee Ola Nordmann agreed on');
    expect(await page.getByRole('button', { name: 'Withdraw my agreement' }).count()).toBe(1);
    expect(await page.getByRole('button', { name: /Withdraw \(Manager\)/ }).count()).toBe(0);
    await waitUntilSaved(page);
    await page.getByRole('button', { name: 'My dialogues' }).click();
    await expect.poll(() => page.locator('li').filter({ hasText: '1 December 2026' }).textContent()).toContain('No manager named yet');
    expect(await page.locator('li').filter({ hasText: '1 December 2026' }).textContent()).not.toContain('With');

    await page.getByRole('button', { name: 'Open: 1 December 2026' }).click();
    await page.getByRole('button', { name: 'Summary and export' }).click();
    const shareButton = page.getByRole('button', { name: 'Save a file for my manager' });
    // Where a user clicking it has it: in the middle of the panel (scrolled there), with what is below it in view.
    await shareButton.evaluate((button) => button.scrollIntoView({ block: 'center' }));
    await Promise.all([page.waitForEvent('download'), shareButton.click()]);
    const share = page.locator('section.share');
    const confirmation = share.getByRole('status');
    await expect.poll(() => confirmation.textContent()).toMatch(/^Saved .*\. Send it to your manager\.$/);
    expect(await inView(page, confirmation)).toBe(true);
    // Said once, where it was done: not also at the top of the view.
    expect(await page.getByRole('status').filter({ hasText: 'Send it to your manager' }).count()).toBe(1);
  });
});

describe('the manager’s hour in meeting mode', () => {
  it('adds an entry to the plan once, shows it at once with its fields to fill, keeps a running record, and goes back to the dialogue and in again without stopping the clock', async () => {
    const browser = await launchExtension();
    open.push(browser);
    const page = await browser.openPanel();
    await managerAddsAndPlans(page);
    await page.getByRole('button', { name: /^3\. / }).click();
    await addPoint(page, 'A course in supervision');
    await writeQuestionNote(page, 't3-q01', PRIVATE_PREPARATION);
    await waitUntilSaved(page);

    await page.getByRole('button', { name: 'Meeting mode' }).click();
    await page.getByRole('button', { name: 'Start the clock' }).click();
    // The 90 minutes go to what is on the agenda (topic 3's point) and to last year's follow-up and this year's plan.
    await page.getByRole('button', { name: /^2\. / }).click();
    await expect.poll(() => page.getByTestId('topic-budget').textContent()).toBe('Nothing on the agenda here: no time set aside');
    await page.getByRole('button', { name: /^3\. / }).click();
    await expect.poll(() => page.getByTestId('topic-budget').textContent()).toBe('About 30 min for this topic');
    const agenda = page.locator('.agenda');
    await agenda.getByRole('button', { name: 'Add to plan: A course in supervision' }).click();
    // At once: said where the manager looks, the entry marked as on the plan (no second add), the item's fields here.
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Added to the plan: “A course in supervision”' }).count()).toBe(1);
    await expect.poll(() => agenda.getByText('On the plan').count()).toBe(1);
    expect(await agenda.getByRole('button', { name: 'Add to plan: A course in supervision' }).count()).toBe(0);
    // The news is about this topic: gone once the manager moves on (it said "fill in below" where nothing was).
    await page.getByRole('button', { name: /^4\. / }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Added to the plan' }).count()).toBe(0);
    await page.getByRole('button', { name: /^3\. / }).click();
    const item = page.getByRole('group', { name: 'Item 1' });
    await expect.poll(() => item.getByLabel('What is to be done').inputValue()).toBe('A course in supervision');
    await item.getByRole('radio', { name: 'Employee' }).check();
    await item.getByLabel('By when').fill('2027-06-30');
    await item.getByLabel('How success is judged').fill('Course passed');
    await page.getByLabel('Conclusion on this topic').fill('Ola takes the supervision course in spring.');
    await page.getByLabel('Notes from the meeting').fill(MEETING_NOTE);
    await page.locator('.agreed-so-far summary').click();
    await expect.poll(() => page.locator('.agreed-so-far').textContent()).toContain('Agreed so far: 1 conclusion, 1 plan item');
    expect(await page.locator('.agreed-so-far').textContent()).toContain('A course in supervision');
    await waitUntilSaved(page);

    // The view to show the employee: what both may see, and nothing private anywhere in its document.
    await page.locator('.agenda').getByRole('button', { name: 'Reveal' }).click();
    await expect.poll(() => page.locator('.agenda').textContent()).toContain(PRIVATE_PREPARATION);
    await page.getByRole('button', { name: 'Show to the employee' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toMatch(/^3\. /);
    const shown = (await page.content()) + (await page.locator('body').innerText());
    expect(shown).toContain('Ola takes the supervision course in spring.');
    expect(shown).toContain('A course in supervision');
    expect(shown).not.toContain(PRIVATE_PREPARATION);
    expect(shown).not.toContain(MEETING_NOTE);
    // Nothing on the shared screen leads elsewhere: no way to the employee list or the settings.
    expect(await page.getByRole('button', { name: /^(My employees|My dialogues|Settings)$/ }).count()).toBe(0);
    // Back to the manager's own view as it was (the note revealed before is revealed again).
    await page.getByRole('button', { name: 'Back to my view' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Meeting with Ola Nordmann');
    expect(await page.getByRole('button', { name: /^(My employees|My dialogues|Settings)$/ }).count()).toBe(3);
    expect(await page.locator('.agenda').textContent()).toContain(PRIVATE_PREPARATION);
    expect(await page.getByLabel('Notes from the meeting').inputValue()).toBe(MEETING_NOTE);

    // Back to the dialogue, and into the meeting again: the clock ran on, everything typed is there.
    await page.getByRole('button', { name: 'Back to the dialogue' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Dialogue: 1 December 2026');
    await page.getByRole('button', { name: 'Meeting mode' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Pause' }).count()).toBe(1);
    await expect.poll(() => page.getByTestId('meeting-elapsed').textContent()).not.toBe('0:00');
    // In again at the first topic not yet covered (none is: topic 1), not where the dialogue view was.
    expect(await page.getByRole('heading', { level: 2 }).filter({ hasText: /^\d\. / }).first().textContent()).toMatch(/^1\. /);
    await page.getByRole('button', { name: /^3\. / }).click();
    expect(await page.getByRole('group', { name: 'Item 1' }).getByLabel('By when').inputValue()).toBe('2027-06-30');

    // The shortcuts the view lists: topics, covered, the meeting notes to the plan, typed from the notes' field.
    await page.locator('.shortcuts summary').click();
    expect(await page.locator('.shortcuts').textContent()).toContain('Add the meeting notes of this topic to the plan');
    const notes = page.getByLabel('Notes from the meeting');
    await notes.fill('Mentoring twice a month');
    await page.keyboard.press('Alt+Shift+KeyP');
    await expect.poll(() => page.getByRole('group', { name: 'Item 2' }).getByLabel('What is to be done').inputValue()).toBe('Mentoring twice a month');
    expect(await notes.inputValue()).toBe('Mentoring twice a month');
    await page.keyboard.press('Alt+Shift+KeyC');
    await expect.poll(() => page.getByRole('checkbox', { name: 'Topic covered' }).isChecked()).toBe(true);
    await page.keyboard.press('Alt+Shift+ArrowRight');
    await expect.poll(() => page.getByRole('heading', { level: 2 }).filter({ hasText: /^\d\. / }).first().textContent()).toMatch(/^4\. /);
    await page.keyboard.press('Alt+Shift+ArrowLeft');
    await expect.poll(() => page.getByRole('heading', { level: 2 }).filter({ hasText: /^\d\. / }).first().textContent()).toMatch(/^3\. /);

    // The plan's topic: both parties agree and the meeting ends, without leaving meeting mode.
    await page.getByRole('button', { name: /^7\. / }).click();
    await page.getByRole('button', { name: 'Record agreement given in the meeting: Employee Ola Nordmann' }).click();
    await page.getByRole('button', { name: 'Record agreement: Manager Kari Nordmann' }).click();
    await page.getByRole('button', { name: 'End the meeting' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Send the outcome to Ola Nordmann' }).count()).toBe(1);
    await page.getByRole('button', { name: 'Back to the dialogue' }).click();
    await expect.poll(() => page.getByLabel('Status').inputValue()).toBe('planAgreed');

    // One item on the plan per entry, whatever was clicked; the dialogue opens on the plan's topic.
    await expect.poll(() => page.locator('.plan-line').count()).toBe(2);
    expect(await (await openPlanItem(page, 1)).getByLabel('How success is judged').inputValue()).toBe('Course passed');

    // The plan in the export's preview, in a 360 px panel: each row a card, each cell the card's full width under
    // its column's name (a squeezed table broke "Status" into "St/at/us"); still a table to a screen reader.
    await page.setViewportSize({ width: 360, height: 800 });
    await page.getByRole('button', { name: 'Summary and export' }).click();
    // Meeting notes stay the manager's own unless ticked, and the view says why.
    await expect.poll(() => page.getByText('Your notes from the meeting are left out too').count()).toBe(1);
    expect(await page.getByTestId('export-preview').textContent()).not.toContain('Meeting notes');
    const preview = page.getByTestId('export-preview');
    await page.getByRole('heading', { name: 'Preview' }).click();
    await expect.poll(() => preview.getByRole('row').count()).toBe(3);
    const widths = await preview.locator('tbody tr').evaluateAll((rows) =>
      rows.flatMap((row) => [...row.querySelectorAll('td')].map((cell) => cell.getBoundingClientRect().width / (row.clientWidth - 16))),
    );
    expect(widths.length).toBe(10);
    for (const width of widths) expect(width).toBeGreaterThan(0.95);
    const cells = await preview.getByRole('cell').evaluateAll((found) => found.map((cell) => `${getComputedStyle(cell, '::before').content} ${cell.textContent}`));
    expect(cells.some((cell) => cell.startsWith('"Status: " Open'))).toBe(true);
    expect(await preview.getByRole('columnheader', { name: 'Status' }).count()).toBe(1);
  });

  it('says where the meeting is against its plan, and gently when the end is near', async () => {
    const browser = await launchExtension();
    open.push(browser);
    const page = await browser.openPanel();
    await managerAddsAndPlans(page);
    await page.clock.install();
    await page.getByRole('button', { name: 'Meeting mode' }).click();
    await page.getByRole('button', { name: 'Start the clock' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Pause' }).count()).toBe(1);
    expect(await page.getByTestId('meeting-pace').textContent()).toBe('');
    // Nothing on the agenda: topic 1 (last year's follow-up) and topic 7 (the plan) share the 90 minutes.
    await page.clock.fastForward(50 * 60_000);
    await expect.poll(() => page.getByTestId('meeting-pace').textContent()).toBe('About 5 min behind the plan');
    await page.getByRole('button', { name: /^7\. / }).click();
    await expect.poll(() => page.getByTestId('meeting-pace').textContent()).toBe('');
    // 85 of the 90 minutes gone.
    await page.clock.fastForward(35 * 60_000);
    await expect.poll(() => page.getByTestId('meeting-pace').textContent()).toBe('5 min left: time to agree on the plan');
  });
});
