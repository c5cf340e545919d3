import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

/** The built extension; SAMTALE_EXTENSION_DIR points elsewhere (a copy, while a new build is made). */
export const EXTENSION_DIR = process.env.SAMTALE_EXTENSION_DIR ?? resolve(import.meta.dirname, '../../.output/chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags that keep a root, offline, headless Chromium quiet and self-contained (see shared/field-notes.md). */
const QUIET_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
];

export interface ExtensionBrowser {
  context: BrowserContext;
  /** Requests made by the extension's own pages and worker to anything outside the extension. */
  externalRequests: string[];
  extensionId: string;
  userDataDir: string;
  /** Opens the side panel's page in a normal tab (the real panel is covered by one smoke test). */
  openPanel(): Promise<Page>;
  close(): Promise<void>;
}

export function newProfileDir(): string {
  return mkdtempSync(join(tmpdir(), 'samtale-profile-'));
}

export function removeProfileDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

export async function launchExtension(options: { userDataDir?: string; args?: string[]; locale?: string } = {}): Promise<ExtensionBrowser> {
  const userDataDir = options.userDataDir ?? newProfileDir();
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    locale: options.locale,
    args: [...QUIET_FLAGS, `--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`, ...(options.args ?? [])],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  const origin = `chrome-extension://${extensionId}/`;
  const externalRequests: string[] = [];
  // Privacy: whatever the extension's pages and worker ask for must stay inside the extension.
  context.on('request', (request) => {
    if (request.url().startsWith(origin) || request.url().startsWith('blob:') || request.url().startsWith('data:')) return;
    let from: string | undefined;
    try {
      from = request.serviceWorker()?.url() ?? request.frame().url();
    } catch {
      from = undefined;
    }
    if (from?.startsWith(origin)) externalRequests.push(`${request.url()} (from ${from})`);
  });
  return {
    context,
    externalRequests,
    extensionId,
    userDataDir,
    async openPanel() {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/sidepanel.html`);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      return page;
    },
    close: () => context.close(),
  };
}

/** Closes the browser and removes its profile: the usual end of a test, which also proves nothing left the extension. */
export async function closeAndRemove(browser: ExtensionBrowser | undefined): Promise<void> {
  if (!browser) return;
  await browser.close();
  removeProfileDir(browser.userDataDir);
  if (browser.externalRequests.length > 0) throw new Error(`The extension made network requests: ${browser.externalRequests.join(', ')}`);
}
