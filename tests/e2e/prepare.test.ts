import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { getGuide } from '../../lib/guide/bundled';
import { closeAndRemove, launchExtension, removeProfileDir, type ExtensionBrowser } from './harness';
import { addPoint, startDialogue, turnOnTheLock, waitUntilSaved, writeQuestionNote } from './steps';

const guide = getGuide('uio-dialogue-2020', 'en');
let browser: ExtensionBrowser | undefined;
const profiles: string[] = [];
afterEach(async () => {
  await closeAndRemove(browser);
  browser = undefined;
  for (const dir of profiles.splice(0)) removeProfileDir(dir);
});

const topicHeading = (page: Page) => page.getByRole('heading', { level: 2 }).first();

/** What the user writes in each topic, to find again after reloads and restarts. */
const noteFor = (topicNumber: number) => `My note on topic ${topicNumber}: æøå — ok ✓`;
const pointFor = (topicNumber: number) => `Own point for topic ${topicNumber}`;

async function prepareAllTopics(page: Page) {
  for (const topic of guide.topics) {
    await expect.poll(() => topicHeading(page).textContent()).toBe(`${topic.number}. ${topic.title}`);
    const examples = topic.groups.find((group) => group.kind === 'examples');
    if (examples) {
      const first = examples.questions[0]!;
      await page.getByRole('checkbox', { name: first.text, exact: true }).check();
      await writeQuestionNote(page, first.id, noteFor(topic.number));
    }
    if (topic.prompts.selfAssessment) await page.getByLabel(topic.prompts.selfAssessment).fill('I delivered the new course.');
    if (topic.prompts.goals) {
      await page.getByRole('button', { name: 'Add a goal' }).click();
      const goal = page.getByRole('group', { name: 'Goal 1' });
      await goal.getByLabel('Goal', { exact: true }).fill('Publish the article');
      await goal.getByLabel('Deadline').fill('2027-06-30');
      await goal.getByLabel('Why it matters').fill('It counts for the project');
    }
    await addPoint(page, pointFor(topic.number));
    await waitUntilSaved(page);
    if (topic.number < 7) await page.getByRole('button', { name: 'Next topic' }).click();
  }
}

async function expectEverythingThere(page: Page) {
  for (const topic of guide.topics) {
    await page.getByRole('button', { name: new RegExp(`^${topic.number}\\. `) }).click();
    await expect.poll(() => topicHeading(page).textContent()).toBe(`${topic.number}. ${topic.title}`);
    const examples = topic.groups.find((group) => group.kind === 'examples');
    if (examples) {
      await expect.poll(() => page.getByRole('checkbox', { name: examples.questions[0]!.text, exact: true }).isChecked()).toBe(true);
      expect(await page.locator(`[data-question-id="${examples.questions[0]!.id}"] textarea`).inputValue()).toBe(noteFor(topic.number));
    }
    if (topic.prompts.selfAssessment) expect(await page.getByLabel(topic.prompts.selfAssessment).inputValue()).toBe('I delivered the new course.');
    if (topic.prompts.goals) {
      const goal = page.getByRole('group', { name: 'Goal 1' });
      expect(await goal.getByLabel('Deadline').inputValue()).toBe('2027-06-30');
      expect(await goal.getByLabel('Why it matters').inputValue()).toBe('It counts for the project');
    }
    expect(await page.getByLabel('Point 1').inputValue()).toBe(pointFor(topic.number));
  }
}

describe('preparing a dialogue through the seven topics', () => {
  it('walks all topics, shows every question, and keeps every word across reload and browser restart', async () => {
    browser = await launchExtension();
    profiles.push(browser.userDataDir);
    let page = await browser.openPanel();
    await startDialogue(page, { date: '2026-12-01', manager: 'Kari Nordmann', turned60: true });

    // Every example question of the guide is offered (the harassment ones once asked for, the 60+ ones since turned 60).
    const offered: string[] = [];
    for (const topic of guide.topics) {
      await page.getByRole('button', { name: new RegExp(`^${topic.number}\\. `) }).click();
      const show = page.getByRole('button', { name: 'Show the questions' });
      if (await show.count()) {
        expect(await page.locator('.question-group--harassment .question').count()).toBe(0);
        expect(await show.getAttribute('aria-expanded')).toBe('false');
        await show.click();
        // The button says what it does now (issue #30).
        await expect.poll(() => page.getByRole('button', { name: 'Hide the questions' }).getAttribute('aria-expanded')).toBe('true');
      }
      offered.push(...(await page.locator('.question label').allTextContents()).map((text) => text.trim()));
    }
    const allQuestions = guide.topics.flatMap((topic) => topic.groups.flatMap((group) => group.questions.map((q) => q.text)));
    expect(allQuestions).toHaveLength(49);
    expect(offered).toEqual(allQuestions);

    await page.getByRole('button', { name: /^1\. / }).click();
    await prepareAllTopics(page);
    await expect.poll(() => page.locator('#topic-progress').textContent()).toBe('7 of 7 topics prepared');

    await page.reload();
    await expectEverythingThere(page);

    const userDataDir = browser.userDataDir;
    expect(browser.externalRequests).toEqual([]);
    await browser.close();
    browser = await launchExtension({ userDataDir });
    page = await browser.openPanel();
    // The panel reopens where the user was.
    await expect.poll(() => topicHeading(page).textContent()).toMatch(/^\d\. /);
    await expectEverythingThere(page);

    expect(browser.externalRequests).toEqual([]);
  });

  it('hides the 60+ questions from employees under 60', async () => {
    browser = await launchExtension();
    profiles.push(browser.userDataDir);
    const page = await browser.openPanel();
    await startDialogue(page, { date: '2026-12-02', manager: 'Per Hansen', turned60: false });
    await page.getByRole('button', { name: /^5\. / }).click();
    await expect.poll(() => page.locator('.question').count()).toBe(11);
    expect(await page.getByText('Additional questions for employees who have turned 60').count()).toBe(0);
  });

  it('writes the last keystrokes when the panel is closed straight after typing', async () => {
    browser = await launchExtension();
    profiles.push(browser.userDataDir);
    let page = await browser.openPanel();
    await startDialogue(page, { date: '2026-12-03', manager: 'Per Hansen', turned60: false });
    const field = page.getByLabel(guide.topics[0]!.prompts.selfAssessment!);
    await field.fill('typed just before closing');
    await page.close({ runBeforeUnload: true });
    page = await browser.openPanel();
    await expect.poll(() => page.getByLabel(guide.topics[0]!.prompts.selfAssessment!).inputValue()).toBe('typed just before closing');
  });

  it('writes the last keystrokes under the lock too, when the panel is closed straight after typing', async () => {
    browser = await launchExtension();
    profiles.push(browser.userDataDir);
    let page = await browser.openPanel();
    await startDialogue(page, { date: '2026-12-03', manager: 'Per Hansen', turned60: false });
    await page.getByRole('button', { name: 'Settings' }).click();
    await turnOnTheLock(page, 'correct horse battery');
    await page.getByRole('button', { name: 'My dialogues' }).click();
    await page.locator('.dialogue-list button').first().click();
    const label = guide.topics[0]!.prompts.selfAssessment!;
    // Several times over: the words are sealed asynchronously, and a close can come before the last one is.
    for (const round of [1, 2, 3, 4]) {
      // Typed key by key, as a person types, and closed on the last key.
      await page.getByLabel(label).fill('');
      await page.getByLabel(label).focus();
      await page.keyboard.type(`typed, round ${round}`);
      await page.close({ runBeforeUnload: true });
      page = await browser.openPanel();
      await page.getByLabel('Passphrase').fill('correct horse battery');
      await page.getByRole('button', { name: 'Unlock' }).click();
      await expect.poll(() => page.getByLabel(label).inputValue()).toBe(`typed, round ${round}`);
    }
  });
});
