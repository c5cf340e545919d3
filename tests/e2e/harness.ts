import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/chrome-mv3');
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
  return {
    context,
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

/** Closes the browser and removes its profile: the usual end of a test. */
export async function closeAndRemove(browser: ExtensionBrowser | undefined): Promise<void> {
  if (!browser) return;
  await browser.close();
  removeProfileDir(browser.userDataDir);
}
