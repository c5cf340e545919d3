import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { closeAndRemove, launchExtension, type ExtensionBrowser } from './harness';
import { startDialogue, waitUntilSaved, writeQuestionNote } from './steps';

let browser: ExtensionBrowser | undefined;
afterEach(async () => {
  await closeAndRemove(browser);
  browser = undefined;
});

const PRIVATE = 'Private worry about the budget';
const CONCLUSION = 'We agreed to cut one committee.';

async function prepare(page: Page) {
  await startDialogue(page, { date: '2026-12-01', manager: 'Kari Nordmann' });
  await page.getByRole('button', { name: /^2\. / }).click();
  const question = 'Are you satisfied with your duties, responsibilities and authority?';
  await page.getByRole('checkbox', { name: question, exact: true }).check();
  await writeQuestionNote(page, 't2-q02', PRIVATE);
  await page.getByLabel('Conclusion on this topic').fill(CONCLUSION);
  await page.getByRole('button', { name: /^7\. / }).click();
  await page.getByRole('button', { name: 'Add an agreed item' }).click();
  const plan = page.getByRole('group', { name: 'Item 1' });
  await plan.getByLabel('What is to be done').fill('Take the pedagogy course');
  await plan.getByRole('radio', { name: 'Manager' }).check();
  await plan.getByLabel('By when').fill('2027-05-01');
  await plan.getByLabel('How success is judged').fill('Certificate');
  await waitUntilSaved(page);
  await page.getByRole('button', { name: 'Summary and export' }).click();
  await page.getByRole('heading', { name: 'Summary and export' }).waitFor();
}

describe('export', () => {
  it('previews, filters private notes, copies rich text and plain text, downloads .docx and Markdown, prints', async () => {
    browser = await launchExtension();
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const page = await browser.openPanel();
    await prepare(page);
    // Topics with nothing written are named on one line, not as seven headings each with a button and "nothing
    // written" (issue #19's walk: a fresh export was 3,000 px tall); the preview opens on request.
    expect(await page.getByRole('button', { name: /^Copy topic / }).count()).toBe(1);
    expect(await page.locator('p.empty').textContent()).toBe(
      'Nothing written yet in 1. Follow-up and the conclusion of the previous one-to-one work dialogue · 3. Management · 4. Working environment and collaboration · 5. Competence, professional and personal development · 6. Plans and goals · 7. Follow-up of the one-to-one work dialogue.',
    );
    const preview = page.getByTestId('export-preview');
    expect(await preview.isVisible()).toBe(false);
    await page.getByRole('heading', { name: 'Preview' }).click();
    expect(await preview.isVisible()).toBe(true);

    // The private note is offered but left out by default; ticking it puts it in the preview.
    await expect.poll(() => preview.textContent()).toContain(CONCLUSION);
    expect(await preview.textContent()).not.toContain(PRIVATE);
    const privateChoice = page.getByRole('checkbox', { name: new RegExp(PRIVATE) });
    expect(await privateChoice.isChecked()).toBe(false);
    await privateChoice.check();
    await expect.poll(() => preview.textContent()).toContain(PRIVATE);
    await privateChoice.uncheck();
    await expect.poll(() => preview.textContent()).not.toContain(PRIVATE);

    // Copy everything: both clipboard types, read back.
    await page.getByRole('button', { name: 'Copy everything' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Copied' }).count()).toBe(1);
    const clipboard = await page.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      return { types: item!.types, html: await (await item!.getType('text/html')).text(), text: await (await item!.getType('text/plain')).text() };
    });
    expect(clipboard.types).toEqual(expect.arrayContaining(['text/html', 'text/plain']));
    expect(clipboard.html).toContain('<h2>2. Tasks</h2>');
    expect(clipboard.html).toContain('<th>What is to be done</th>');
    expect(clipboard.html).toContain('<td>Take the pedagogy course</td>');
    expect(clipboard.html).not.toContain(PRIVATE);
    expect(clipboard.text).toContain(CONCLUSION);
    expect(clipboard.text).toContain('1. What is to be done: Take the pedagogy course');

    // Copy one topic for one box of the form.
    await page.getByRole('button', { name: 'Copy topic 2' }).click();
    await expect.poll(async () => page.evaluate(async () => (await navigator.clipboard.readText()).split('\n')[0])).toBe('2. Tasks');

    // Downloads.
    const [docx] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download Word (.docx)' }).click()]);
    expect(docx.suggestedFilename()).toBe('samtale-2026-12-01.docx');
    const xml = strFromU8(unzipSync(new Uint8Array(readFileSync((await docx.path())!)))['word/document.xml']!);
    expect(xml).toContain('Take the pedagogy course');
    expect(xml).not.toContain(PRIVATE);
    const [planOnly] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the plan (.docx)' }).click()]);
    expect(planOnly.suggestedFilename()).toBe('samtale-2026-12-01-plan.docx');
    const planXml = strFromU8(unzipSync(new Uint8Array(readFileSync((await planOnly.path())!)))['word/document.xml']!);
    expect(planXml).toContain('Take the pedagogy course');
    expect(planXml).not.toContain(CONCLUSION);
    const [markdown] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download Markdown' }).click()]);
    expect(readFileSync((await markdown.path())!, 'utf8')).toContain('## 2. Tasks');

    // Print view: a tab of its own with the same content and signature lines, on A4. It opens the browser's print
    // dialog itself; a headless browser has no dialog to close (and some builds then refuse page.pdf while "already
    // being printed"), so the test counts the view's calls to print() instead of letting them reach the browser.
    await browser.context.addInitScript(() => {
      const calls = { count: 0 };
      Object.defineProperty(window, '__printCalls', { value: calls });
      window.print = () => void calls.count++;
    });
    const printCalls = (target: Page) => target.evaluate(() => (window as unknown as { __printCalls: { count: number } }).__printCalls.count);
    const [printPage] = await Promise.all([browser.context.waitForEvent('page'), page.getByRole('button', { name: 'Print or save as PDF' }).click()]);
    await printPage.getByText('Take the pedagogy course').waitFor();
    await expect.poll(() => printCalls(printPage)).toBe(1);
    // Its own button prints again (a user who closed the dialog); it is not on the paper.
    await printPage.getByRole('button', { name: 'Print or save as PDF' }).click();
    expect(await printCalls(printPage)).toBe(2);
    await printPage.emulateMedia({ media: 'print' });
    expect(await printPage.getByRole('button', { name: 'Print or save as PDF' }).isVisible()).toBe(false);
    await printPage.emulateMedia({ media: null });
    const printed = await printPage.textContent('body');
    expect(printed).toContain(CONCLUSION);
    expect(printed).toContain('Employee: date and signature');
    expect(printed).not.toContain(PRIVATE);
    const pdf = await printPage.pdf({ preferCSSPageSize: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    // A4 is 595 × 842 points.
    const [, width, height] = pdf.toString('latin1').match(/MediaBox\s*\[0 0 ([\d.]+) ([\d.]+)\]/)!;
    expect([Math.round(Number(width)), Math.round(Number(height))]).toEqual([595, 842]);
  });
});

describe('in Norwegian', () => {
  it('follows a Norwegian browser, prepares in bokmål and exports in the dialogue’s language', async () => {
    browser = await launchExtension({ locale: 'nb-NO' });
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const page = await browser.openPanel();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Velkommen til Samtale');
    await page.getByRole('button', { name: 'Forbered min egen samtale' }).click();
    await page.getByLabel('Planlagt dato').fill('2026-12-01');
    await page.getByLabel('Navnet på lederen din').fill('Kari Nordmann');
    await page.getByRole('radio', { name: 'Norsk bokmål' }).check();
    await page.getByRole('button', { name: 'Begynn forberedelsen' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 2 }).first().textContent()).toBe('1. Oppfølging av forrige samtale');
    // Each topic says whose words it shows (issue #20): topic 1's questions are UiO's, topic 5's Samtale's translation;
    // one line, its details on request (issue #30).
    await expect.poll(() => page.locator('.translation-notice summary').textContent()).toBe('Om ordlyden');
    await expect.poll(() => page.locator('.translation-notice p').textContent()).toBe(
      'Tittelen og alle de 4 spørsmålene i dette temaet er UiOs egen ordlyd fra UiOs norske side; teksten om temaet er Samtales egen oversettelse av UiOs engelske side.',
    );
    await page.getByRole('button', { name: /^5\. / }).click();
    await expect.poll(() => page.locator('.translation-notice p').textContent()).toContain('Dette temaet er Samtales egen oversettelse av UiOs engelske side');
    await page.getByRole('button', { name: /^4\. / }).click();
    await expect.poll(() => page.locator('.translation-notice p').textContent()).toMatch(/^UiOs egen ordlyd fra UiOs norske side: tittelen og 1 av de \d+ spørsmålene\. Resten er Samtales egen oversettelse/);
    await page.getByRole('button', { name: /^2\. / }).click();
    await page.getByRole('checkbox', { name: 'Hva er du mest tilfreds med ved din utførelse av jobben?' }).check();
    await page.getByRole('button', { name: 'Sammendrag og eksport' }).click();
    await page.getByRole('button', { name: 'Kopier alt' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Kopiert' }).count()).toBe(1);
    const html = await page.evaluate(async () => (await (await navigator.clipboard.read())[0]!.getType('text/html')).text());
    // Before the meeting the export reads as the preparation (issue #28), in the dialogue's language.
    expect(html).toContain('<h1>Forberedelse til medarbeidersamtalen</h1>');
    expect(html).toContain('<h3>Spørsmål å ta opp</h3>');
    // UiO's own Norwegian words in the export (issue #20).
    expect(html).toContain('<h2>2. Arbeidsoppgaver, mål og arbeidsplaner</h2>');
    expect(html).toContain('<li>Hva er du mest tilfreds med ved din utførelse av jobben?</li>');

    // The interface language can be switched whatever the browser says.
    await page.getByRole('button', { name: 'Innstillinger' }).click();
    await page.getByRole('radio', { name: 'English' }).check();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Settings');
  });
});
