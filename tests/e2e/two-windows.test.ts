import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { getGuide } from '../../lib/guide/bundled';
import { closeAndRemove, launchExtension, type ExtensionBrowser } from './harness';
import { startDialogue, waitUntilSaved } from './steps';

// Issue #16: two windows on one dialogue never lose an edit silently.
const selfAssessment = getGuide('uio-dialogue-2020', 'en').topics[0]!.prompts.selfAssessment!;
const open: ExtensionBrowser[] = [];
afterEach(async () => {
  for (const browser of open.splice(0)) await closeAndRemove(browser);
});

/** Two panels on one new dialogue, its self-assessment saved as `start` and shown in both. */
async function twoWindows(): Promise<{ left: Page; right: Page }> {
  const browser = await launchExtension();
  open.push(browser);
  const left = await browser.openPanel();
  await startDialogue(left, { date: '2026-12-01', manager: 'Kari Nordmann' });
  await left.getByLabel(selfAssessment).fill('start');
  await waitUntilSaved(left);
  const right = await browser.openPanel();
  await expect.poll(() => right.getByLabel(selfAssessment).inputValue()).toBe('start');
  return { left, right };
}

const conflictIn = (page: Page) => page.getByRole('alert', { name: /also changed in another window/ });

describe('two windows on one dialogue', () => {
  it('shows both versions when both windows change the same note, writes neither over the other, and keeps the one chosen', async () => {
    const { left, right } = await twoWindows();
    // Both begin from `start`: whichever writes second finds the other's words and asks.
    await left.getByLabel(selfAssessment).fill('Words from the left window');
    await right.getByLabel(selfAssessment).fill('Words from the right window');
    await expect.poll(async () => (await conflictIn(left).count()) + (await conflictIn(right).count())).toBe(1);
    const [asked, other] = (await conflictIn(left).count()) === 1 ? [left, right] : [right, left];
    const mine = asked === left ? 'Words from the left window' : 'Words from the right window';
    const theirs = asked === left ? 'Words from the right window' : 'Words from the left window';
    const conflict = conflictIn(asked);
    expect(await conflict.getByLabel('What you wrote here').inputValue()).toBe(mine);
    expect(await conflict.getByLabel('What the other window saved').inputValue()).toBe(theirs);
    // Nothing was written over the other window's words while the question is open.
    expect(await other.getByLabel(selfAssessment).inputValue()).toBe(theirs);
    // The other window writes again while the question is open: the notice shows what is stored now (issue #29),
    // so "Keep mine" is chosen against the newest words, not against a version already replaced.
    const newer = `${theirs}, and then some more`;
    await other.getByLabel(selfAssessment).fill(newer);
    await waitUntilSaved(other);
    await expect.poll(() => conflict.getByLabel('What the other window saved').inputValue()).toBe(newer);

    await conflict.getByRole('button', { name: 'Keep mine' }).click();
    await expect(conflictIn(asked).count()).resolves.toBe(0);
    await waitUntilSaved(asked);
    await expect.poll(() => other.getByLabel(selfAssessment).inputValue()).toBe(mine);
    expect(await asked.getByLabel(selfAssessment).inputValue()).toBe(mine);
  });

  it('says so when another window deletes the dialogue, keeps on screen what was typed and not yet written, and writes none of it', async () => {
    const { left, right } = await twoWindows();
    // Still typing in the right window while the left one deletes: the last words have not been written yet.
    await right.getByLabel(selfAssessment).click();
    await right.keyboard.press('End');
    const words = ' and more words typed while the other window deletes this dialogue'.repeat(4);
    const typing = right.keyboard.type(words, { delay: 30 });
    // The deletion starts once some of the words are in the field (as fast or as slow as this machine types them).
    await expect.poll(() => right.getByLabel(selfAssessment).inputValue()).toMatch(/^start and/);
    await left.getByRole('button', { name: 'My dialogues' }).click();
    await left.getByRole('button', { name: 'Delete dialogue: 1 December 2026' }).click();
    await left.getByRole('dialog', { name: 'Delete this dialogue?' }).getByRole('button', { name: 'Delete' }).click();

    const notice = right.getByRole('alert', { name: /deleted in another window/ });
    await expect.poll(() => notice.count()).toBe(1);
    const kept = await notice.getByLabel('What you wrote here').inputValue();
    // What had been typed when the notice came: more than what was saved before, and just what was typed.
    expect(kept.startsWith('start and')).toBe(true);
    expect(('start' + words).startsWith(kept)).toBe(true);
    // The field is gone with its dialogue: the keys pressed after the notice came land in the notice, which keeps
    // what it showed (read-only), so nothing typed afterwards is taken for saved, and the user is where the news is.
    await expect.poll(() => notice.evaluate((section) => section.contains(document.activeElement))).toBe(true);
    await typing;
    expect(await notice.getByLabel('What you wrote here').inputValue()).toBe(kept);
    await expect.poll(() => right.getByRole('heading', { level: 1 }).textContent()).not.toMatch(/^Dialogue:/);
    await notice.getByRole('button', { name: 'Let it go' }).click();
    await expect.poll(() => notice.count()).toBe(0);
    // Nothing of it came back in either window.
    expect(await left.getByRole('button', { name: 'Delete dialogue: 1 December 2026' }).count()).toBe(0);
    expect(await right.getByRole('button', { name: 'Delete dialogue: 1 December 2026' }).count()).toBe(0);
  });
});
