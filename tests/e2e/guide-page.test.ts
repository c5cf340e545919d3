import { afterEach, describe, expect, it } from 'vitest';
import { getGuide } from '../../lib/guide/bundled';
import { closeAndRemove, launchExtension, type ExtensionBrowser } from './harness';
import { NOT_STEADY, samtaleControls } from './shadow';
import { startDialogue } from './steps';
import { GUIDE_URL, MANAGER_GUIDE_URL, NB_EXAMPLES_CHANGED_URL, NB_EXAMPLES_REWORDED, NB_EXAMPLES_URL, PLAIN_HTTP_GUIDE_URL, useUioServer } from './uio-server';

const guide = getGuide('uio-dialogue-2020', 'en');
const allQuestions = guide.topics.flatMap((topic) => topic.groups.flatMap((group) => group.questions));

const uioServer = useUioServer();
let browser: ExtensionBrowser | undefined;
afterEach(async () => {
  await closeAndRemove(browser);
  browser = undefined;
});

describe('on UiO’s guide page', () => {
  it('adds its controls to the guide only, marks a question in the panel, and ignores the page’s junk', async () => {
    browser = await launchExtension({ args: uioServer().browserArgs });
    const page = await browser.context.newPage();
    await page.goto(GUIDE_URL);
    // Before any dialogue exists, adding says what to do.
    let controls: Awaited<ReturnType<typeof samtaleControls>> = [];
    await expect.poll(async () => (controls = await samtaleControls(page)).length).toBe(50);
    expect(controls[0]!.label).toBe('Prepare in Samtale');
    expect(controls.slice(1).map((c) => c.label)).toEqual(allQuestions.map((q) => `Add to my preparation: ${q.text}`));
    await controls[1]!.click();
    await expect.poll(() => controls[1]!.status()).toBe('Start a dialogue in Samtale first (Prepare in Samtale).');

    const panel = await browser.openPanel();
    await startDialogue(panel, { date: '2026-12-01', manager: 'Kari Nordmann' });
    await panel.getByRole('button', { name: /^2\. / }).click();
    const target = guide.topics[1]!.groups[0]!.questions[2]!;
    await expect.poll(() => panel.getByRole('checkbox', { name: target.text, exact: true }).isChecked()).toBe(false);

    await page.bringToFront();
    const control = controls.find((c) => c.label.endsWith(target.text))!;
    await control.click();
    await expect.poll(() => control.status()).toBe('Added to your preparation in Samtale.');
    await expect.poll(() => panel.getByRole('checkbox', { name: target.text, exact: true }).isChecked()).toBe(true);

    // "Prepare in Samtale" opens the real side panel beside the page.
    await controls[0]!.click();
    const sidePanels = () =>
      panel.evaluate(async () => {
        const runtime = (globalThis as unknown as { chrome: { runtime: { getContexts(filter: object): Promise<Array<{ documentUrl?: string }>> } } }).chrome.runtime;
        return (await runtime.getContexts({ contextTypes: ['SIDE_PANEL'] })).map((c) => new URL(c.documentUrl!).pathname);
      });
    await expect.poll(sidePanels, { timeout: 10_000 }).toEqual(['/sidepanel.html']);

    // The page itself is intact: its own text, links and the page's own (injected) title are as served.
    expect(await page.title()).toContain('One-to-one work dialogue – information for employee');
    expect(await page.locator('.vrtx-article-body h3').count()).toBe(7);
    expect(await page.locator('.vrtx-article-body li').count()).toBeGreaterThanOrEqual(49);
    // The English page words every question as the bundled guide does: nothing to review.
    await panel.reload();
    await expect.poll(() => panel.locator('.guide-update-notice').count()).toBe(0);

    // Over plain http (where a network attacker could serve anything) Samtale adds nothing: the same page over
    // https, opened after it, gets its controls, and the http page still has none.
    const plain = await browser.context.newPage();
    await plain.goto(PLAIN_HTTP_GUIDE_URL);
    const secure = await browser.context.newPage();
    await secure.goto(GUIDE_URL);
    await expect.poll(async () => (await samtaleControls(secure)).length).toBe(50);
    expect(await samtaleControls(plain)).toHaveLength(0);
    expect(await plain.locator('.vrtx-article-body h3').count()).toBe(7);
  });

  it('cannot be used by a hostile page script to read notes or to mark questions', async () => {
    browser = await launchExtension({ args: uioServer().browserArgs });
    const panel = await browser.openPanel();
    await startDialogue(panel, { date: '2026-12-01', manager: 'Kari Nordmann' });
    await panel.getByRole('button', { name: /^4\. / }).click();
    await panel.getByRole('button', { name: 'Add a point' }).click();
    await panel.keyboard.type('SECRET point about my colleague');
    const page = await browser.context.newPage();
    await page.goto(GUIDE_URL);
    await expect.poll(async () => (await samtaleControls(page)).length).toBe(50);

    // page.evaluate runs in the page's own world, as the page's scripts do.
    const attempt = await page.evaluate(async () => {
      const hosts = [...document.querySelectorAll('[data-samtale]')];
      for (const host of hosts) {
        host.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
        (host as HTMLElement).click();
      }
      const databases = await indexedDB.databases();
      return {
        hosts: hosts.length,
        openShadowRoots: hosts.filter((host) => host.shadowRoot !== null).length,
        runtime: typeof (globalThis as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome?.runtime?.sendMessage,
        databases: databases.map((d) => d.name),
        text: document.documentElement.outerHTML.includes('SECRET'),
      };
    });
    expect(attempt).toEqual({ hosts: 50, openShadowRoots: 0, runtime: 'undefined', databases: [], text: false });
    await panel.bringToFront();
    await expect.poll(() => panel.locator('.dialogue').getAttribute('data-dialogue-id')).toBeTruthy();
    const marked = await panel.evaluate(
      () =>
        new Promise<string[][]>((resolve) => {
          const request = indexedDB.open('samtale');
          request.onsuccess = () => {
            const all = request.result.transaction('dialogues').objectStore('dialogues').getAll();
            all.onsuccess = () => resolve(all.result.map((d: { markedQuestionIds: string[] }) => d.markedQuestionIds));
          };
        }),
    );
    expect(marked).toEqual([[]]);
  });

  it('ignores clicks on a control made see-through or moved under the pointer, and shows nothing of its state in the page’s layout', async () => {
    browser = await launchExtension({ args: uioServer().browserArgs });
    const panel = await browser.openPanel();
    const page = await browser.context.newPage();
    await page.goto(GUIDE_URL);
    let controls: Awaited<ReturnType<typeof samtaleControls>> = [];
    await expect.poll(async () => (controls = await samtaleControls(page)).length).toBe(50);
    // What a page script can measure of a control: its box's size, and the size of the whole page.
    const hostBox = (index: number) =>
      page.evaluate((index) => {
        const { width, height } = document.querySelectorAll('[data-samtale]')[index]!.getBoundingClientRect();
        return { width, height, page: [document.documentElement.scrollWidth, document.documentElement.scrollHeight] };
      }, index);

    // Without a dialogue, a click says so, inside the control: its box on the page does not change.
    const before = await hostBox(1);
    await controls[1]!.click();
    await expect.poll(() => controls[1]!.status()).toBe('Start a dialogue in Samtale first (Prepare in Samtale).');
    expect(await hostBox(1)).toEqual(before);

    await panel.bringToFront();
    await startDialogue(panel, { date: '2026-12-01', manager: 'Kari Nordmann' });
    const checkbox = (index: number) => panel.getByRole('checkbox', { name: allQuestions[index]!.text, exact: true });
    await page.bringToFront();

    // Steady and visible: a click counts; its message changes nothing of the control's box either.
    const beforeAdding = await hostBox(2);
    await controls[2]!.click();
    await expect.poll(() => controls[2]!.status()).toBe('Added to your preparation in Samtale.');
    expect(await hostBox(2)).toEqual(beforeAdding);

    // Made nearly transparent under the same resting pointer (a bait drawn over it): the click does not count.
    await page.evaluate(() => ((document.querySelectorAll('[data-samtale]')[2] as HTMLElement).style.opacity = '0.01'));
    await controls[2]!.clickAt();
    await expect.poll(() => controls[2]!.status()).toBe(NOT_STEADY);

    // Moved under the resting pointer just before the click: it does not count either.
    const pointer = await controls[2]!.box();
    await page.evaluate(
      ({ x, y }) => {
        const host = document.querySelectorAll('[data-samtale]')[3] as HTMLElement;
        Object.assign(host.style, { position: 'fixed', left: `${x - 16}px`, top: `${y - 12}px`, zIndex: '2147483647' });
      },
      pointer,
    );
    await controls[3]!.clickAt(pointer);
    await expect.poll(() => controls[3]!.status()).toBe(NOT_STEADY);

    await panel.bringToFront();
    await panel.getByRole('button', { name: /^1\. / }).click();
    expect(await checkbox(1).isChecked()).toBe(true);
    expect(await checkbox(2).isChecked()).toBe(false);
  });

  it('offers UiO’s wording where the page differs from the bundled guide, and uses it once chosen', async () => {
    browser = await launchExtension({ args: uioServer().browserArgs });
    const panel = await browser.openPanel();
    await startDialogue(panel, { date: '2026-12-01', manager: 'Kari Nordmann' });
    const page = await browser.context.newPage();
    await page.goto(MANAGER_GUIDE_URL);
    await expect.poll(async () => (await samtaleControls(page)).length).toBe(51);

    await panel.bringToFront();
    await expect.poll(() => panel.locator('.guide-update-notice').textContent()).toContain('words 2 questions differently');
    await panel.getByRole('button', { name: 'Review' }).click();
    await expect.poll(() => panel.locator('[data-question-id]').count()).toBe(2);
    await expect.poll(() => panel.getByText(`on the page you visited, ${MANAGER_GUIDE_URL}`).count()).toBe(1);
    await panel.getByRole('button', { name: 'Use the page’s wording for all' }).click();
    await expect.poll(() => panel.locator('.guide-update-notice').count()).toBe(0);
    await panel.getByRole('button', { name: 'My dialogues' }).click();
    await panel.getByRole('button', { name: 'Open: 1 December 2026' }).click();
    await panel.getByRole('button', { name: /^3\. / }).click();
    await expect.poll(() => panel.locator('.question label').allTextContents()).toContain('Do you get the necessary follow-up from your manager?');
    expect(await panel.locator('.question label').allTextContents()).toContain('Is there anything you would like your manager to start or stop doing?');
  });

  it('reads UiO’s Norwegian example-question page and offers its wording; a page whose layout changed is said to be unreadable, and changes nothing (issue #20)', async () => {
    browser = await launchExtension({ args: uioServer().browserArgs, locale: 'nb-NO' });
    const panel = await browser.openPanel();
    const page = await browser.context.newPage();
    // The layout changed: said on the page; no control, nothing sent, nothing to review.
    await page.goto(NB_EXAMPLES_CHANGED_URL);
    await expect.poll(() => page.evaluate(() => document.querySelectorAll('[data-samtale]').length)).toBe(1);
    expect(await samtaleControls(page)).toEqual([]);
    expect(await page.locator('[data-samtale]').evaluate((host) => host.getBoundingClientRect().height)).toBeGreaterThan(0);
    // The page as UiO gives it: a "+" beside each of its 22 questions, "Prepare in Samtale" above the first topic.
    await page.goto(NB_EXAMPLES_URL);
    await expect.poll(async () => (await samtaleControls(page)).length).toBe(23);
    await panel.bringToFront();
    await expect.poll(() => panel.locator('.guide-update-notice').count()).toBe(1);
    await panel.locator('.guide-update-notice').getByRole('button').click();
    await expect.poll(() => panel.locator('[data-question-id]').count()).toBe(1);
    expect(await panel.locator('[data-question-id="t1-q03"]').textContent()).toContain(NB_EXAMPLES_REWORDED[1]);
  });
});
