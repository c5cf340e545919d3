import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { getGuide } from '../../lib/guide/bundled';
import { closeAndRemove, launchExtension, type ExtensionBrowser } from './harness';
import { addPoint, managerAddsAndPlans, waitUntilSaved } from './steps';

let browser: ExtensionBrowser | undefined;
afterEach(async () => {
  await closeAndRemove(browser);
  browser = undefined;
});

const guide = getGuide('uio-dialogue-2020', 'en');

/** The focused element's accessible name (label, aria-label or text), as a screen reader would say it. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return '';
    const labelled = element.getAttribute('aria-label');
    const label = (element as HTMLInputElement).labels?.[0]?.textContent;
    return (labelled ?? label ?? element.textContent ?? '').replace(/\s+/g, ' ').trim();
  });

/** Presses Tab until the focused control's name matches, as a keyboard user moves through the panel. */
async function tabTo(page: Page, name: string | RegExp, limit = 120): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const current = await focused(page);
    if (typeof name === 'string' ? current === name : name.test(current)) return;
  }
  throw new Error(`No control named ${name} within ${limit} presses of Tab`);
}

describe('keyboard only', () => {
  it('prepares a whole dialogue without the mouse', async () => {
    browser = await launchExtension();
    const page = await browser.openPanel();
    // Never a click or a fill below: only keys.
    await tabTo(page, 'Prepare my own dialogue');
    await page.keyboard.press('Enter');
    await tabTo(page, 'Planned date');
    await page.keyboard.type('12012026');
    await tabTo(page, "Your manager's name");
    await page.keyboard.type('Kari Nordmann');
    // A radio group is one Tab stop; the arrow keys choose within it.
    await tabTo(page, 'Technical/administrative staff');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => focused(page)).toBe('Academic staff');
    await tabTo(page, 'I have turned 60');
    await page.keyboard.press('Space');
    await tabTo(page, 'Start preparing');
    await page.keyboard.press('Enter');
    // Focus lands on the topic's heading, announced by screen readers.
    await expect.poll(() => focused(page)).toBe(`1. ${guide.topics[0]!.title}`);

    for (const topic of guide.topics) {
      const examples = topic.groups.find((group) => group.kind === 'examples');
      if (examples) {
        await tabTo(page, examples.questions[0]!.text);
        await page.keyboard.press('Space');
        // The note's button is named by its question (so is the note's field, once open).
        await tabTo(page, `My note on this question: ${examples.questions[0]!.text}`);
        await page.keyboard.press('Enter');
        await tabTo(page, `My note on this question: ${examples.questions[0]!.text}`);
        await page.keyboard.type(`Keyboard note ${topic.number}`);
      }
      if (topic.prompts.goals) {
        await tabTo(page, 'Add a goal');
        await page.keyboard.press('Enter');
        await expect.poll(() => focused(page)).toBe('Goal');
        await page.keyboard.type('Finish the course');
      }
      if (topic.prompts.followUpPlan) {
        await tabTo(page, 'Add an agreed item');
        await page.keyboard.press('Enter');
        await expect.poll(() => focused(page)).toBe('What is to be done');
        await page.keyboard.type('Monthly meetings');
      }
      await tabTo(page, 'Add a point');
      await page.keyboard.press('Enter');
      await expect.poll(() => focused(page)).toBe('Point 1');
      await page.keyboard.type(`Keyboard point ${topic.number}`);
      if (topic.number < 7) {
        await tabTo(page, 'Next topic');
        await page.keyboard.press('Enter');
        await expect.poll(() => focused(page)).toBe(`${topic.number + 1}. ${guide.topics[topic.number]!.title}`);
      }
    }
    await expect.poll(() => page.locator('[data-save-state]').getAttribute('data-save-state')).toBe('saved');
    expect(await page.locator('#topic-progress').textContent()).toBe('7 of 7 topics prepared');

    // The delete confirmation works by keyboard too, and Escape cancels it.
    await tabTo(page, 'My dialogues');
    await page.keyboard.press('Enter');
    await tabTo(page, 'Delete dialogue: 1 December 2026');
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toBe('Cancel');
    await page.keyboard.press('Escape');
    await expect.poll(() => focused(page)).toBe('Delete dialogue: 1 December 2026');
    expect(await page.locator('.dialogue-list li').count()).toBe(1);
  });

  it('keeps focus where the manager left it while the meeting clock ticks (issue #27)', async () => {
    browser = await launchExtension();
    const page = await browser.openPanel();
    await managerAddsAndPlans(page);
    await page.getByRole('button', { name: /^3\. / }).click();
    await addPoint(page, 'A course in supervision');
    await waitUntilSaved(page);
    await page.getByRole('button', { name: 'Meeting mode' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Meeting with Ola Nordmann');
    await page.getByRole('button', { name: /^3\. / }).click();
    // The new topic's heading takes the focus (for screen readers) once drawn: the keys below begin from there.
    await expect.poll(() => focused(page)).toBe(`3. ${guide.topics[2]!.title}`);
    const elapsed = page.getByTestId('meeting-elapsed');
    const seconds = async () => {
      const [minutes, rest] = (await elapsed.textContent())!.split(':');
      return Number(minutes) * 60 + Number(rest);
    };
    /** Waits for the clock to show three more seconds: three renders of the running meeting. */
    const threeTicks = async () => {
      const from = await seconds();
      await expect.poll(seconds).toBeGreaterThanOrEqual(from + 3);
    };

    await page.getByRole('button', { name: 'Start the clock' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toBe('Pause');
    await threeTicks();
    expect(await focused(page)).toBe('Pause');

    await page.getByRole('button', { name: 'Add to plan: A course in supervision' }).focus();
    await threeTicks();
    expect(await focused(page)).toBe('Add to plan: A course in supervision');
    await page.keyboard.press('Enter');
    await page.getByRole('group', { name: 'Item 1' }).waitFor();

    // Pause, resume and pause again, the focus on the same button all along.
    await tabTo(page, 'Pause');
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toBe('Resume');
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toBe('Pause');
    await threeTicks();
    expect(await focused(page)).toBe('Pause');
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toBe('Resume');
  });

  it('holds a whole meeting without the mouse (issue #19)', async () => {
    browser = await launchExtension();
    const page = await browser.openPanel();
    // Set up with the mouse: the manager's employee, a planned dialogue, a point on topic 3.
    await managerAddsAndPlans(page);
    await page.getByRole('button', { name: /^3\. / }).click();
    await addPoint(page, 'A course in supervision');
    await expect.poll(() => page.locator('[data-save-state]').getAttribute('data-save-state')).toBe('saved');

    // From here only keys.
    await page.getByRole('heading', { level: 1 }).focus();
    await tabTo(page, 'Meeting mode');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Meeting with Ola Nordmann');
    await tabTo(page, 'Start the clock');
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toBe('Pause');
    // The meeting opens at its start, topic 1, not where the preparation was left (3, issue #30); the shortcut goes
    // on to 3, to 4 and back.
    expect(await page.getByRole('heading', { level: 2 }).filter({ hasText: /^\d\. / }).first().textContent()).toBe(`1. ${guide.topics[0]!.title}`);
    await page.keyboard.press('Alt+Shift+ArrowRight');
    await expect.poll(() => focused(page)).toBe(`2. ${guide.topics[1]!.title}`);
    await page.keyboard.press('Alt+Shift+ArrowRight');
    await expect.poll(() => focused(page)).toBe(`3. ${guide.topics[2]!.title}`);
    await page.keyboard.press('Alt+Shift+ArrowRight');
    await expect.poll(() => focused(page)).toBe(`4. ${guide.topics[3]!.title}`);
    await page.keyboard.press('Alt+Shift+ArrowLeft');
    await expect.poll(() => focused(page)).toBe(`3. ${guide.topics[2]!.title}`);
    await tabTo(page, 'Add to plan: A course in supervision');
    await page.keyboard.press('Enter');
    await page.getByRole('group', { name: 'Item 1' }).waitFor();
    await tabTo(page, 'Notes from the meeting');
    await page.keyboard.type('Ola wants to supervise a master student next year.');
    await tabTo(page, 'Conclusion on this topic');
    await page.keyboard.type('Ola takes the supervision course in spring.');
    await tabTo(page, 'By when');
    // The date field's segments in the browser's own order (en-US here: month, day, year).
    await page.keyboard.type('06302027');
    await page.keyboard.press('Alt+Shift+KeyC');
    await expect.poll(() => page.getByRole('checkbox', { name: 'Topic covered' }).isChecked()).toBe(true);
    for (let topic = 3; topic < 7; topic++) await page.keyboard.press('Alt+Shift+ArrowRight');
    await expect.poll(() => focused(page)).toBe(`7. ${guide.topics[6]!.title}`);
    await tabTo(page, 'Record agreement given in the meeting: Employee Ola Nordmann');
    await page.keyboard.press('Enter');
    await tabTo(page, 'Record agreement: Manager Kari Nordmann');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('button', { name: /^Record agreement/ }).count()).toBe(0);
    await tabTo(page, 'End the meeting');
    await page.keyboard.press('Enter');
    // The next step, with the focus: the outcome for the employee (issue #30).
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Send the outcome to Ola Nordmann');
    await tabTo(page, 'Back to the dialogue');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByLabel('Status').inputValue()).toBe('planAgreed');
    // After the meeting the item is one line; Enter on it opens its fields (issue #30).
    await tabTo(page, /^Item 1: A course in supervision/);
    await page.keyboard.press('Enter');
    const item = page.getByRole('group', { name: 'Item 1' });
    expect(await item.getByLabel('What is to be done').inputValue()).toBe('A course in supervision');
    expect(await item.getByLabel('By when').inputValue()).toBe('2027-06-30');
  });
});
