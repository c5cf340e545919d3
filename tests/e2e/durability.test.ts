import { execFileSync } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { getGuide } from '../../lib/guide/bundled';
import { closeAndRemove, launchExtension, removeProfileDir, type ExtensionBrowser } from './harness';
import { startDialogue, waitUntilSaved } from './steps';

const selfAssessment = getGuide('uio-dialogue-2020', 'en').topics[0]!.prompts.selfAssessment!;
const profiles: string[] = [];
const open: ExtensionBrowser[] = [];
afterEach(async () => {
  for (const browser of open.splice(0)) await closeAndRemove(browser);
  for (const dir of profiles.splice(0)) removeProfileDir(dir);
});

/** Kills every Chromium process of a profile at once, as a crash or a power cut would. */
function killChromium(userDataDir: string): void {
  try {
    execFileSync('pkill', ['-KILL', '-f', userDataDir]);
  } catch {
    // pkill exits 1 when nothing matched: already gone.
  }
}

describe('durability', () => {
  it('loses at most about a second of typing when the browser is killed mid-sentence', async () => {
    const first = await launchExtension();
    profiles.push(first.userDataDir);
    const page = await first.openPanel();
    await startDialogue(page, { date: '2026-12-01', manager: 'Kari Nordmann' });
    const field = page.getByLabel(selfAssessment);
    await field.click();
    const sentence = 'This year I taught two new courses and supervised three master students, which took more time than planned. '.repeat(3);
    // About 25 characters a second, a brisk typist (slower on a busy machine: nothing below depends on the pace).
    const typing = page.keyboard.type(sentence, { delay: 40 }).catch(() => undefined);
    // What the field held, and when: the promise is about the last second of typing, whatever the machine's speed.
    const seen: { at: number; length: number }[] = [];
    const started = Date.now();
    await expect
      .poll(
        async () => {
          seen.push({ at: Date.now(), length: (await field.inputValue()).length });
          return seen.at(-1)!.length >= 60 && Date.now() - started >= 3000;
        },
        { timeout: 30_000, interval: 100 },
      )
      .toBe(true);
    const typed = await field.inputValue();
    const killedAt = Date.now();
    killChromium(first.userDataDir);
    await typing;
    await first.context.close().catch(() => undefined);

    const second = await launchExtension({ userDataDir: first.userDataDir });
    open.push(second);
    const reopened = await second.openPanel();
    // The remembered position may not have reached the disk before the crash; the notes must have.
    await reopened.getByRole('button', { name: 'My dialogues' }).click();
    await reopened.getByRole('button', { name: 'Open: 1 December 2026' }).click();
    await expect.poll(() => reopened.getByLabel(selfAssessment).count()).toBe(1);
    const kept = await reopened.getByLabel(selfAssessment).inputValue();
    expect(typed.length).toBeGreaterThanOrEqual(60);
    expect(typed.startsWith(kept)).toBe(true);
    // Autosave writes at most a second after a keystroke while typing goes on: what the field held two seconds before
    // the kill (a second for the write to start, a second for it to commit and for this test's own polling) is kept.
    const twoSecondsBefore = seen.filter((sample) => sample.at <= killedAt - 2000).at(-1)!;
    expect(kept.length).toBeGreaterThanOrEqual(twoSecondsBefore.length);
    expect(kept.length).toBeGreaterThan(0);
  });

  it('keeps two windows on the same dialogue consistent, without lost updates', async () => {
    const browser = await launchExtension();
    open.push(browser);
    const left = await browser.openPanel();
    await startDialogue(left, { date: '2026-12-01', manager: 'Kari Nordmann' });
    const right = await browser.openPanel();
    await expect.poll(() => right.getByRole('heading', { level: 1 }).textContent()).toBe('Dialogue: 1 December 2026');

    await left.getByLabel(selfAssessment).fill('Written in the left window');
    await right.getByRole('button', { name: /^2\. / }).click();
    await right.getByRole('checkbox').first().check();
    await right.getByLabel('Conclusion on this topic').fill('Written in the right window');
    await waitUntilSaved(left);
    await waitUntilSaved(right);

    await expect.poll(() => right.getByRole('button', { name: /^1\. / }).click().then(() => right.getByLabel(selfAssessment).inputValue())).toBe('Written in the left window');
    await left.getByRole('button', { name: /^2\. / }).click();
    await expect.poll(() => left.getByLabel('Conclusion on this topic').inputValue()).toBe('Written in the right window');
    expect(await left.getByRole('checkbox').first().isChecked()).toBe(true);
  });
});
