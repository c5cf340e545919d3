import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { NEW_DIALOGUE } from '../steps';

/**
 * The same user steps as tests/e2e/steps.ts, for puppeteer-core over WebDriver BiDi: controls are found by their
 * visible name or label in the page (as a user finds them), then clicked or typed into with real input events.
 */

/** Waits until a control with this accessible text exists, and returns it. */
async function control(page: Page, selector: string, name: string | RegExp): Promise<ElementHandle<HTMLElement>> {
  const source = typeof name === 'string' ? { text: name } : { pattern: name.source };
  const handle = await page.waitForFunction(
    (selector, source) => {
      const matches = (text: string | null | undefined) => {
        const value = (text ?? '').replace(/\s+/g, ' ').trim();
        return 'text' in source ? value === source.text : new RegExp(source.pattern).test(value);
      };
      return [...document.querySelectorAll<HTMLElement>(selector)].find((element) => {
        const input = element as HTMLInputElement;
        return matches(element.getAttribute('aria-label')) || matches(input.labels?.[0]?.textContent) || (element.tagName === 'BUTTON' && matches(element.textContent));
      });
    },
    { polling: 100, timeout: 15_000 },
    selector,
    source,
  );
  return handle.asElement() as ElementHandle<HTMLElement>;
}

export const button = (page: Page, name: string | RegExp) => control(page, 'button', name);
export const field = (page: Page, label: string | RegExp) => control(page, 'input, textarea', label);

/** Whether the button with this name is off. */
export async function isDisabled(page: Page, name: string | RegExp): Promise<boolean> {
  return (await button(page, name)).evaluate((element) => (element as HTMLButtonElement).disabled);
}

export async function click(page: Page, name: string | RegExp): Promise<void> {
  await (await button(page, name)).click();
}

export async function type(page: Page, label: string | RegExp, text: string): Promise<void> {
  const element = await field(page, label);
  await element.click();
  await element.type(text);
}

/** A date field's value, set as the browser's own picker sets it (typing into its segments differs per browser). */
export async function setDate(page: Page, label: string, date: string): Promise<void> {
  const element = await field(page, label);
  await element.evaluate((input, date) => {
    (input as HTMLInputElement).value = date;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }, date);
}

export const heading = (page: Page, level: number) => page.evaluate((level) => document.querySelector(`h${level}`)?.textContent?.trim() ?? null, level);

export async function waitFor(page: Page, predicate: string, ...args: unknown[]): Promise<void> {
  await page.waitForFunction(predicate, { polling: 100, timeout: 15_000 }, ...args);
}

export async function startDialogue(page: Page, options: { date: string; manager: string }): Promise<void> {
  await click(page, NEW_DIALOGUE);
  await setDate(page, 'Planned date', options.date);
  await type(page, 'Your name', 'Ola Nordmann');
  await type(page, "Your manager's name", options.manager);
  await (await field(page, 'Academic staff')).click();
  await click(page, 'Start preparing');
  await page.waitForFunction(() => /^1\. /.test(document.querySelector('h2')?.textContent ?? ''), { polling: 100, timeout: 15_000 });
}

/** The manager's way in, as tests/e2e/steps.ts managerAddsAndPlans: Ola Nordmann added, his dialogue planned. */
export async function managerAddsAndPlans(page: Page): Promise<void> {
  await click(page, 'My employees');
  await click(page, 'Add an employee');
  await type(page, 'Name', 'Ola Nordmann');
  await (await field(page, 'Academic staff')).click();
  await click(page, 'Add an employee');
  await click(page, 'Ola Nordmann');
  await click(page, 'Plan a dialogue');
  await setDate(page, 'Planned date', '2026-12-01');
  await type(page, 'Your name', 'Kari Nordmann');
  await click(page, 'Plan a dialogue');
  await waitForText(page, 'Dialogue: 1 December 2026');
}

export async function waitUntilSaved(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelector('[data-save-state]')?.getAttribute('data-save-state') === 'saved', { polling: 100, timeout: 15_000 });
}

/** "Add a point" moves focus into the new point; the user types once it is there (as tests/e2e/steps.ts addPoint). */
export async function addPoint(page: Page, text: string, number = 1): Promise<void> {
  await click(page, 'Add a point');
  const point = await field(page, `Point ${number}`);
  await page.waitForFunction((element) => element === document.activeElement, { polling: 50, timeout: 15_000 }, point);
  await page.keyboard.type(text);
}

/** A field's whole text replaced, as a user selects all and types over it. */
export async function replaceText(page: Page, label: string | RegExp, text: string): Promise<void> {
  const element = await field(page, label);
  await element.click();
  await page.keyboard.down('Control');
  await page.keyboard.press('a');
  await page.keyboard.up('Control');
  await page.keyboard.type(text);
}

/** "Add an agreed item" moves focus into the new item's first field; the user types once it is there. */
export async function addPlanItem(page: Page, text: string): Promise<void> {
  const count = (await page.$$('.plan-item')).length;
  await click(page, 'Add an agreed item');
  await page.waitForFunction((count) => document.querySelectorAll('.plan-item')[count]?.contains(document.activeElement) ?? false, { polling: 50, timeout: 15_000 }, count);
  await page.keyboard.type(text);
}

/** Clicks a button that saves a file, and returns the path once the browser has written it completely. */
export async function saveDownload(page: Page, buttonName: string, downloads: string): Promise<string> {
  const before = new Set(readdirSync(downloads));
  await click(page, buttonName);
  let saved: string | undefined;
  const deadline = Date.now() + 15_000;
  while (!saved && Date.now() < deadline) {
    const names = readdirSync(downloads);
    // Firefox makes the file empty first and writes into a .part file beside it, renamed over it once complete.
    const writing = names.some((name) => name.endsWith('.part'));
    saved = writing ? undefined : names.find((name) => !before.has(name) && statSync(join(downloads, name)).size > 0);
    if (!saved) await new Promise((resolve) => setTimeout(resolve, 100));
  }
  if (!saved) throw new Error(`no file was saved by "${buttonName}"`);
  return join(downloads, saved);
}

/** Picks a file in a file field, as the user's file chooser would. */
export async function chooseFile(page: Page, selector: string, path: string): Promise<void> {
  const input = (await page.waitForSelector(selector, { timeout: 15_000 })) as ElementHandle<HTMLInputElement>;
  await input.uploadFile(path);
}

/** Waits until the page's text contains this. */
export async function waitForText(page: Page, text: string): Promise<void> {
  await page.waitForFunction((text) => document.body.textContent?.includes(text) ?? false, { polling: 100, timeout: 15_000 }, text);
}

/** After the meeting each plan item is one line that opens to edit (issue #30): opened here, as a user opens it. */
export async function openPlanItem(page: Page, number: number): Promise<void> {
  await page.waitForSelector('.plan-line summary, .plan-item');
  const lines = await page.$$('.plan-line');
  const line = lines[number - 1];
  if (line && !(await line.evaluate((details) => (details as HTMLDetailsElement).open))) await (await line.$('summary'))!.click();
}
