import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { closeAndRemove, launchExtension, type ExtensionBrowser } from './harness';
import { samtaleControls } from './shadow';
import { addPoint, managerAddsAndPlans, startDialogue, waitUntilSaved, writeQuestionNote } from './steps';
import { GUIDE_URL, useUioServer } from './uio-server';

/*
 * The stores' screenshots (Chrome Web Store: 1280 × 800; addons.mozilla.org takes the same), made from the built
 * extension in real use, so they never show a screen the extension no longer has. Written to
 * .output/store-screenshots/ (README, "Store submission"); each is checked to be what it claims to show.
 */
const OUT = resolve(import.meta.dirname, '../../.output/store-screenshots');
const SIZE = { width: 1280, height: 800 };
const PANEL = { width: 420, height: 800 };
/** The listing's own words beside the panel (English; the store listing is written in English). */
const CAPTIONS = {
  meeting: ['Hold the meeting', 'The agenda both of you prepared, notes and conclusions per topic, and the follow-up plan — what, who, by when, how success is judged — filled in as you agree it.'],
  export: ['Summary for UiO’s form', 'Choose what goes in, then copy it into UiO’s official Word form or save a .docx. Private notes stay on your computer unless you tick them.'],
} as const;

const uioServer = useUioServer();
let browser: ExtensionBrowser | undefined;
afterEach(async () => {
  await closeAndRemove(browser);
  browser = undefined;
});

/** The width and height a PNG file says it has. */
function pngSize(file: string): { width: number; height: number } {
  const header = readFileSync(file).subarray(16, 24);
  return { width: header.readUInt32BE(0), height: header.readUInt32BE(4) };
}

/** One listing image: on the left a page or a caption, on the right the panel as Chrome shows it beside a page. */
async function compose(browser: ExtensionBrowser, name: string, panel: Buffer, left: { image: Buffer } | { caption: readonly [string, string] }): Promise<string> {
  const page = await browser.context.newPage();
  await page.setViewportSize(SIZE);
  const image = (png: Buffer) => `data:image/png;base64,${png.toString('base64')}`;
  const leftHtml =
    'image' in left
      ? `<img src="${image(left.image)}" alt="">`
      : `<div class="caption"><h1></h1><p></p></div>`;
  await page.setContent(
    `<!doctype html><style>body{margin:0;display:flex;width:${SIZE.width}px;height:${SIZE.height}px;overflow:hidden;font-family:system-ui,sans-serif}` +
      `.left{width:${SIZE.width - PANEL.width}px;height:100%;overflow:hidden;background:#f3f4f6}.right{width:${PANEL.width}px;border-left:1px solid #c8ccd2}` +
      `.caption{padding:190px 72px;color:#1f2937}.caption h1{font-size:46px;margin:0 0 24px}.caption p{font-size:25px;line-height:1.45;margin:0}</style>` +
      `<div class="left">${leftHtml}</div><div class="right"><img src="${image(panel)}" alt=""></div>`,
  );
  if ('caption' in left) {
    await page.locator('.caption h1').evaluate((heading, text) => (heading.textContent = text), left.caption[0]);
    await page.locator('.caption p').evaluate((paragraph, text) => (paragraph.textContent = text), left.caption[1]);
  }
  await page.evaluate(() => Promise.all([...document.images].map((img) => img.decode())));
  const file = join(OUT, `${name}.png`);
  await page.screenshot({ path: file });
  await page.close();
  return file;
}


describe('the stores’ screenshots', () => {
  it('shows preparing beside UiO’s guide, the meeting and the summary, each 1280 × 800', async () => {
    mkdirSync(OUT, { recursive: true });
    browser = await launchExtension({ args: uioServer().browserArgs });
    const panel = await browser.openPanel();
    await panel.setViewportSize(PANEL);

    // 1. The employee prepares: UiO's guide with Samtale's "+" beside each question, the panel on topic 2.
    await startDialogue(panel, { date: '2026-12-01', manager: 'Kari Nordmann' });
    await panel.getByRole('button', { name: /^2\. / }).click();
    for (const question of ['Are you satisfied with your duties, responsibilities and authority?', 'In what areas can you do a better job? Are there any special circumstances that are preventing you from doing this?']) {
      await panel.getByRole('checkbox', { name: question, exact: true }).check();
    }
    await writeQuestionNote(panel, 't2-q02', 'More time for the new course; fewer committee meetings?');
    await waitUntilSaved(panel);
    const guide = await browser.context.newPage();
    await guide.setViewportSize({ width: SIZE.width - PANEL.width, height: SIZE.height });
    await guide.goto(GUIDE_URL);
    await expect.poll(async () => (await samtaleControls(guide)).length).toBe(50);
    await guide.locator('.vrtx-article-body h3').nth(1).evaluate((heading) => heading.scrollIntoView({ block: 'start' }));
    // The panel scrolled to the questions, as the user has it while marking them.
    await panel.locator('[data-question-id="t2-q01"]').evaluate((question) => question.scrollIntoView({ block: 'start' }));
    expect(await panel.getByText(/^2 of \d+ marked$/).count()).toBe(1);
    const preparing = await compose(browser, '1-prepare', await panel.screenshot(), { image: await guide.screenshot() });

    // 3. The summary for UiO's form (taken before the manager's part, from the same dialogue).
    await panel.bringToFront();
    await panel.getByRole('button', { name: 'Summary and export' }).click();
    await panel.getByRole('heading', { name: 'What to include' }).waitFor();
    expect(await panel.getByRole('checkbox', { name: /More time for the new course/ }).count()).toBe(1);
    const summary = await compose(browser, '3-summary', await panel.screenshot(), { caption: CAPTIONS.export });

    // 2. The manager holds the meeting: the agenda, the notes, an item added to the plan.
    await panel.bringToFront();
    await managerAddsAndPlans(panel);
    await panel.getByRole('button', { name: /^5\. / }).click();
    await addPoint(panel, 'A course in supervision');
    await waitUntilSaved(panel);
    await panel.getByRole('button', { name: 'Meeting mode' }).click();
    await panel.getByRole('button', { name: 'Start the clock' }).click();
    await panel.getByRole('button', { name: /^5\. / }).click();
    await panel.locator('.agenda').getByRole('button', { name: 'Add to plan: A course in supervision' }).click();
    await panel.getByLabel('Notes from the meeting').fill('Ola wants to supervise two master students next year.');
    await panel.getByRole('group', { name: 'Item 1' }).getByRole('radio', { name: 'Employee' }).check();
    await panel.getByRole('group', { name: 'Item 1' }).getByLabel('By when').fill('2027-06-30');
    await waitUntilSaved(panel);
    await panel.evaluate(() => window.scrollTo(0, 0));
    expect(await panel.getByRole('heading', { level: 1 }).textContent()).toBe('Meeting with Ola Nordmann');
    const meeting = await compose(browser, '2-meeting', await panel.screenshot(), { caption: CAPTIONS.meeting });

    for (const file of [preparing, meeting, summary]) expect(pngSize(file)).toEqual(SIZE);
  });
});
