import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

/**
 * Firefox, driven over WebDriver BiDi by puppeteer-core (Playwright cannot drive a stock Firefox). The Firefox build
 * is installed as a temporary add-on; its sidebar page is tested in a tab, as Chromium's side panel is (the real
 * sidebar cannot be opened headless). See shared/field-notes.md, "Firefox".
 */
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const FIREFOX_EXTENSION_DIR = process.env.SAMTALE_FIREFOX_EXTENSION_DIR ?? resolve(import.meta.dirname, '../../../.output/firefox-mv2');
/** The gecko id in wxt.config.ts; a fixed internal UUID makes the moz-extension:// origin known before install. */
const GECKO_ID = 'samtale@uio-dialogue.example';
const EXTENSION_UUID = '0b9c6f7e-6a59-4d1e-9f3c-5a1e2d3c4b5a';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

export interface FirefoxExtension {
  browser: Browser;
  /** Where the browser saves downloads, without asking (a folder of this run's own). */
  downloads: string;
  /** Opens the sidebar's page in a tab and waits until it has drawn its first heading. */
  openPanel(): Promise<Page>;
  close(): Promise<void>;
}

/**
 * `grantOptionalPermissions`: Firefox grants what the add-on asks for as a user who says yes would (no prompt headless).
 * `uio`: the loopback UiO server (tests/e2e/uio-server.ts) answers for www.uio.no.
 */
export async function launchFirefox(options: { grantOptionalPermissions?: boolean; uio?: { firefoxPrefs: Record<string, string | number | boolean> } } = {}): Promise<FirefoxExtension> {
  const downloads = mkdtempSync(join(tmpdir(), 'samtale-firefox-downloads-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath: FIREFOX,
    headless: true,
    // The loopback UiO server's certificate is this run's own (tests/e2e/uio-server.ts).
    acceptInsecureCerts: options.uio !== undefined,
    // Lets a tab navigate to the add-on's own pages.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
      // A file saved by the panel goes straight to the run's own folder, as a user's "Always save" would.
      'browser.download.folderList': 2,
      'browser.download.dir': downloads,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.start_downloads_in_tmp_dir': false,
      ...(options.grantOptionalPermissions ? { 'extensions.webextOptionalPermissionPrompts': false } : {}),
      ...options.uio?.firefoxPrefs,
    },
  });
  await browser.installExtension(FIREFOX_EXTENSION_DIR);
  return {
    browser,
    downloads,
    async openPanel() {
      const page = await browser.newPage();
      await showExtensionPage(page, 'sidepanel.html');
      return page;
    },
    close: async () => {
      await browser.close();
      rmSync(downloads, { recursive: true, force: true });
    },
  };
}

/**
 * Firefox loads an add-on's page in a tab but never reports its load event to the driver: navigate without waiting
 * for it, then wait until the page is the add-on's and has drawn its first heading.
 */
export async function showExtensionPage(page: Page, path: string): Promise<void> {
  void page.goto(`${EXTENSION_ORIGIN}/${path}`).catch(() => undefined);
  await untilNavigated(page, (origin) => location.href.startsWith(origin) && document.readyState === 'complete' && document.querySelector('h1') !== null, EXTENSION_ORIGIN);
}

/** Reloads an add-on page the same way (a reload's load event is not reported either). */
export async function reloadExtensionPage(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as { __beforeReload: boolean }).__beforeReload = true;
  });
  void page.reload().catch(() => undefined);
  await untilNavigated(page, () => !(window as unknown as { __beforeReload?: boolean }).__beforeReload && document.readyState === 'complete' && document.querySelector('h1') !== null, '');
}

/**
 * Asks the page until the predicate holds, through a navigation. `waitForFunction` gives up when the document it
 * polls is replaced mid-question (Firefox's driver then answers "right-hand side of 'in' should be an object, got
 * null": it happened with the other CPU busy); a question that fails while the tab is between documents is simply
 * asked again of the next one.
 */
async function untilNavigated(page: Page, predicate: (arg: string) => boolean, arg: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown = null;
  while (Date.now() < deadline) {
    // An answer that never comes (a document torn down mid-question) counts as a failed question, not a hang.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unanswered = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error('no answer')), Math.max(deadline - Date.now(), 0))));
    try {
      if (await Promise.race([page.evaluate(predicate, arg), unanswered])) return;
    } catch (error) {
      lastError = error;
    } finally {
      clearTimeout(timer);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`The add-on page did not show within ${timeoutMs / 1000} s${lastError ? ` (last: ${String(lastError)})` : ''}`);
}
