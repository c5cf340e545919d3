import { afterEach, describe, expect, it } from 'vitest';
import { getGuide } from '../../lib/guide/bundled';
import { launchFirefox, reloadExtensionPage, type FirefoxExtension } from './firefox/harness';
import { readFileSync } from 'node:fs';
import { addPoint, button, chooseFile, click, field, isDisabled, saveDownload, startDialogue, type, waitForText, waitUntilSaved } from './firefox/steps';
import { storedItemsAsText } from './in-page';
import { samtaleControls } from './firefox/shadow';
import { GUIDE_URL, PLAIN_HTTP_GUIDE_URL, startUioServer } from './uio-server';

/** Firefox only: the Firefox build (MV2, a sidebar), installed as a temporary add-on in Debian's firefox-esr. */
const guide = getGuide('uio-dialogue-2020', 'en');
let firefox: FirefoxExtension | undefined;
afterEach(async () => {
  await firefox?.close();
  firefox = undefined;
});

describe('in Firefox', () => {
  it('prepares a dialogue: the seven topics, a marked question, a note that is still there after a reload', async () => {
    firefox = await launchFirefox();
    const page = await firefox.openPanel();
    await startDialogue(page, { date: '2026-12-01', manager: 'Kari Nordmann' });
    // After the click on "Start preparing" the topic's heading has the focus (for screen readers) and draws no
    // focus box (issue #30: Firefox drew a thick one); after a key, it does.
    const headingFocus = () => page.evaluate(() => ({ tag: document.activeElement?.tagName, outline: getComputedStyle(document.activeElement!).outlineStyle }));
    expect(await headingFocus()).toEqual({ tag: 'H2', outline: 'none' });
    await page.keyboard.press('Shift');
    expect(await headingFocus()).toEqual({ tag: 'H2', outline: 'solid' });

    // Walk the seven topics in order.
    for (const [index, topic] of guide.topics.entries()) {
      await click(page, new RegExp(`^${index + 1}\\. `));
      await page.waitForFunction((title) => document.querySelector('h2')?.textContent?.trim() === title, { polling: 100, timeout: 15_000 }, `${index + 1}. ${topic.title}`);
    }

    // Topic 2: mark a question and write a note on another.
    await click(page, /^2\. /);
    const marked = guide.topics[1]!.groups[0]!.questions[0]!;
    await (await field(page, marked.text)).click();
    const noted = guide.topics[1]!.groups[0]!.questions[1]!;
    const note = await page.waitForSelector(`[data-question-id="${noted.id}"] button`);
    await note!.click();
    const textbox = await page.waitForSelector(`[data-question-id="${noted.id}"] textarea`);
    await textbox!.type('Written in Firefox');
    await waitUntilSaved(page);

    // A reopened panel continues where the user was.
    await reloadExtensionPage(page);
    await page.waitForFunction(() => document.querySelector('h1')?.textContent === 'Dialogue: 1 December 2026', { polling: 100, timeout: 15_000 });
    await click(page, /^2\. /);
    const isMarked = await (await field(page, marked.text)).evaluate((box) => (box as HTMLInputElement).checked);
    expect(isMarked).toBe(true);
    await page.waitForSelector(`[data-question-id="${noted.id}"] textarea`);
    expect(await page.$eval(`[data-question-id="${noted.id}"] textarea`, (area) => (area as HTMLTextAreaElement).value)).toBe('Written in Firefox');
  });

  it('welcomes a new user, and leads from the last topic to sharing, saying what goes (issue #30)', async () => {
    firefox = await launchFirefox();
    const page = await firefox.openPanel();
    await waitForText(page, 'Welcome to Samtale');
    await button(page, 'Prepare dialogues with my employees');
    await startDialogue(page, { date: '2026-12-01', manager: 'Kari Nordmann' });

    // Nothing written or marked yet: nothing to share, and no empty file offered.
    await click(page, 'Summary and export');
    await waitForText(page, 'Nothing is ticked yet: tick what your manager should see under “What to include”.');
    expect(await isDisabled(page, 'Save a file for my manager')).toBe(true);
    await click(page, 'Back to the dialogue');
    await click(page, /^3\. /);
    await addPoint(page, 'More follow-up meetings');
    await waitUntilSaved(page);

    // Topic 7: no plan yet, so no agreement offered; its main button is the next step, sharing.
    await click(page, /^7\. /);
    await waitForText(page, 'Once the plan has an item, each of you records your own agreement to it here.');
    expect(await page.evaluate(() => [...document.querySelectorAll('button')].some((each) => each.textContent?.startsWith('Record agreement')))).toBe(false);
    await (await page.waitForSelector('.pager button.primary'))!.click();
    await page.waitForFunction(() => document.activeElement?.textContent === 'Share with your manager', { polling: 100, timeout: 15_000 });
    await waitForText(page, 'What goes: 1 point or question.');
    expect(await page.$$eval('button.primary', (found) => found.map((each) => each.textContent))).toEqual(['Save a file for my manager']);
    const shared = await saveDownload(page, 'Save a file for my manager', firefox.downloads);
    expect(JSON.parse(readFileSync(shared, 'utf8')).entries.map((entry: { text?: string }) => entry.text)).toEqual(['More follow-up meetings']);
  });

  it('offers only what Firefox can do in Settings, and asks for reminders without an uncaught error', async () => {
    firefox = await launchFirefox();
    const page = await firefox.openPanel();
    const errors: string[] = [];
    await page.evaluate(() => {
      const seen: string[] = [];
      Object.defineProperty(window, '__errors', { value: seen });
      window.addEventListener('error', (event) => seen.push(String(event.message)));
      window.addEventListener('unhandledrejection', (event) => seen.push(String(event.reason)));
    });
    await click(page, 'Settings');
    await page.waitForFunction(() => document.querySelector('h1')?.textContent === 'Settings', { polling: 100, timeout: 15_000 });
    // Chromium's "Open the side panel on any website" means nothing for Firefox's sidebar.
    expect(await page.evaluate(() => document.body.textContent?.includes('any website'))).toBe(false);
    await (await field(page, /^Remind me/)).click();
    // Firefox's own question (notifications) stays open headless: the panel waits for it, and nothing throws.
    await page.waitForFunction(() => [...document.querySelectorAll('[role="status"], [role="alert"]')].some((element) => /Waiting for your answer|Reminders stay off/.test(element.textContent ?? '')), { polling: 100, timeout: 15_000 });
    errors.push(...(await page.evaluate(() => (window as unknown as { __errors: string[] }).__errors)));
    expect(errors).toEqual([]);
  });
});

describe('in Firefox, files and reminders', () => {
  it('exports: the preview holds the chosen note and no private one, and a .docx is saved', async () => {
    firefox = await launchFirefox();
    const page = await firefox.openPanel();
    await startDialogue(page, { date: '2026-12-01', manager: 'Kari Nordmann' });
    await click(page, /^3\. /);
    await addPoint(page, 'A point for the form, from Firefox');
    await click(page, /^4\. /);
    const note = await page.waitForSelector('[data-question-id="t4-q01"] button');
    await note!.click();
    await (await page.waitForSelector('[data-question-id="t4-q01"] textarea'))!.type('PRIVATE in Firefox');
    await waitUntilSaved(page);
    await click(page, 'Summary and export');
    const preview = await page.waitForSelector('[data-testid="export-preview"]');
    const previewText = await preview!.evaluate((element) => element.textContent ?? '');
    expect(previewText).toContain('A point for the form, from Firefox');
    expect(previewText).not.toContain('PRIVATE in Firefox');
    const docx = readFileSync(await saveDownload(page, 'Download Word (.docx)', firefox.downloads));
    // A Word file is a zip: it starts with "PK".
    expect(docx.subarray(0, 2).toString()).toBe('PK');
  });

  it('backs up, and the backup restores into another Firefox profile', async () => {
    firefox = await launchFirefox();
    const page = await firefox.openPanel();
    await startDialogue(page, { date: '2026-12-01', manager: 'Kari Nordmann' });
    await click(page, /^3\. /);
    await addPoint(page, 'Kept through a backup in Firefox');
    await waitUntilSaved(page);
    await click(page, 'Settings');
    const backup = await saveDownload(page, 'Save a backup', firefox.downloads);
    expect(readFileSync(backup, 'utf8')).toContain('Kept through a backup in Firefox');

    const other = await launchFirefox();
    try {
      const fresh = await other.openPanel();
      await click(fresh, 'Settings');
      await chooseFile(fresh, '#restore-file', backup);
      await waitForText(fresh, 'Dialogues: 1 new, 0 updated');
      await click(fresh, 'Restore');
      await waitForText(fresh, 'Restored.');
      await click(fresh, 'My dialogues');
      await click(fresh, 'Open: 1 December 2026');
      await click(fresh, /^3\. /);
      const point = await field(fresh, 'Point 1');
      expect(await point.evaluate((area) => (area as HTMLTextAreaElement).value)).toBe('Kept through a backup in Firefox');
    } finally {
      await other.close();
    }
  });

  it('turns reminders on when Firefox grants the permission, and off again', async () => {
    firefox = await launchFirefox({ grantOptionalPermissions: true });
    const page = await firefox.openPanel();
    await click(page, 'Settings');
    const reminders = await field(page, /^Remind me/);
    await reminders.click();
    await page.waitForFunction((box) => (box as HTMLInputElement).checked, { polling: 100, timeout: 15_000 }, reminders);
    expect(await page.evaluate(() => browser.permissions.contains({ permissions: ['notifications'] }))).toBe(true);
    await reminders.click();
    await page.waitForFunction((box) => !(box as HTMLInputElement).checked, { polling: 100, timeout: 15_000 }, reminders);
    expect(await page.evaluate(() => browser.permissions.contains({ permissions: ['notifications'] }))).toBe(false);
  });
});

describe('in Firefox, trust', () => {
  it('locks: nothing readable without the passphrase, a wrong one opens nothing, the right one everything', async () => {
    firefox = await launchFirefox();
    const page = await firefox.openPanel();
    await startDialogue(page, { date: '2026-12-01', manager: 'Kari Nordmann' });
    await click(page, /^3\. /);
    await addPoint(page, 'A point written in Firefox under the lock');
    await waitUntilSaved(page);
    await click(page, 'Settings');
    await type(page, 'Passphrase', 'correct horse battery');
    await type(page, 'The passphrase again', 'correct horse battery');
    await click(page, 'Turn on the lock');
    await page.waitForFunction(() => document.body.textContent?.includes('The lock is on'), { polling: 100, timeout: 30_000 });
    const raw = await page.evaluate(storedItemsAsText);
    expect(raw).not.toContain('under the lock');
    expect(raw).toContain('"sealed":{"iv"');

    await reloadExtensionPage(page);
    await page.waitForFunction(() => document.querySelector('h1')?.textContent === 'Samtale is locked', { polling: 100, timeout: 15_000 });
    await type(page, 'Passphrase', 'wrong horse battery');
    await click(page, 'Unlock');
    await page.waitForFunction(() => document.querySelector('[role="alert"]')?.textContent?.includes('That passphrase is not right'), { polling: 100, timeout: 30_000 });
    const passphrase = await field(page, 'Passphrase');
    await passphrase.evaluate((input) => ((input as HTMLInputElement).value = ''));
    await type(page, 'Passphrase', 'correct horse battery');
    await click(page, 'Unlock');
    await page.waitForFunction(() => document.querySelector('h1')?.textContent !== 'Samtale is locked', { polling: 100, timeout: 30_000 });
    await click(page, 'My dialogues').catch(() => undefined);
    await click(page, 'Open: 1 December 2026');
    await click(page, /^3\. /);
    const point = await field(page, 'Point 1');
    expect(await point.evaluate((area) => (area as HTMLTextAreaElement).value)).toBe('A point written in Firefox under the lock');
  });

  it('on UiO’s guide page: adds a question to the preparation, and says how to open the sidebar where Firefox will not from a page', async () => {
    const uio = await startUioServer();
    try {
      firefox = await launchFirefox({ uio });
      const { browser } = firefox;
      const page = await browser.newPage();
      await page.goto(GUIDE_URL);
      let controls: Awaited<ReturnType<typeof samtaleControls>> = [];
      await expect.poll(async () => (controls = await samtaleControls(browser, page)).length).toBe(50);
      const questions = guide.topics.flatMap((topic) => topic.groups.flatMap((group) => group.questions));
      expect(controls.map((control) => control.label)).toEqual(['Prepare in Samtale', ...questions.map((question) => `Add to my preparation: ${question.text}`)]);
      await controls[1]!.click();
      await expect.poll(() => controls[1]!.status()).toBe('Start a dialogue in Samtale first (Prepare in Samtale).');

      const panel = await firefox.openPanel();
      await startDialogue(panel, { date: '2026-12-01', manager: 'Kari Nordmann' });
      await click(panel, /^2\. /);
      const target = guide.topics[1]!.groups[0]!.questions[2]!;
      const isMarked = async () => (await field(panel, target.text)).evaluate((box) => (box as HTMLInputElement).checked);
      expect(await isMarked()).toBe(false);

      await page.bringToFront();
      const control = controls.find((candidate) => candidate.label.endsWith(target.text))!;
      await control.click();
      await expect.poll(() => control.status()).toBe('Added to your preparation in Samtale.');
      await expect.poll(isMarked).toBe(true);

      // Firefox opens a sidebar only from the user's own click in the browser's UI, never from a page's message:
      // the button says where to open it instead of doing nothing.
      await controls[0]!.click();
      await expect.poll(() => controls[0]!.status()).toBe('Open Samtale with its button in the browser’s toolbar (in Firefox also View → Sidebar → Samtale).');

      // Over plain http (where a network attacker could serve anything) nothing of Samtale's is added.
      const plain = await browser.newPage();
      await plain.goto(PLAIN_HTTP_GUIDE_URL);
      expect(await plain.$$eval('.vrtx-article-body h3', (headings) => headings.length)).toBe(7);
      expect(await samtaleControls(browser, plain)).toHaveLength(0);
      expect(uio.hits.filter((hit) => hit.includes('one-to-one-work-dialogue')).length).toBeGreaterThanOrEqual(2);
    } finally {
      await uio.close();
    }
  });

  it('lets no extension page reach the network, even when code there tries', async () => {
    const server = await startUioServer();
    try {
      firefox = await launchFirefox();
      const page = await firefox.openPanel();
      const outcomes = await page.evaluate(async (port) => {
        let violations = 0;
        document.addEventListener('securitypolicyviolation', () => void violations++);
        const url = `http://127.0.0.1:${port}/fetch`;
        const results = [await fetch(url).then(() => 'fetched', () => 'blocked'), navigator.sendBeacon(url, 'x') ? 'beacon queued' : 'blocked'];
        results.push(
          await new Promise<string>((resolve) => {
            const image = new Image();
            image.onload = () => resolve('image loaded');
            image.onerror = () => resolve('blocked');
            image.src = `${url}.png`;
          }),
        );
        // Wait for the refusals the page is told of, not for a fixed time.
        while (violations < 2) await new Promise((resolve) => setTimeout(resolve, 50));
        return results;
      }, server.port);
      expect(outcomes.filter((outcome) => outcome !== 'blocked' && outcome !== 'beacon queued')).toEqual([]);
      expect(server.hits).toEqual([]);
    } finally {
      await server.close();
    }
  });
});
