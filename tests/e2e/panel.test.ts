import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { EXTENSION_DIR, closeAndRemove, launchExtension, type ExtensionBrowser } from './harness';
import { EMPLOYEE_PAGE_URL, GUIDE_URL, OTHER_URL, useUioServer } from './uio-server';

// Code passed to page.evaluate runs in the extension page, where Chromium's `chrome` namespace exists.
declare const chrome: typeof import('wxt/browser').browser;

const manifest = (dir: string) => JSON.parse(readFileSync(resolve(dir, 'manifest.json'), 'utf8'));
const UIO_PATTERNS = ['https://www.uio.no/english/for-employees/*', 'https://www.uio.no/for-ansatte/*'];

describe('the built manifests', () => {
  it('asks Chromium only for the side panel and the UiO employee pages', () => {
    const chrome = manifest(EXTENSION_DIR);
    expect(chrome.manifest_version).toBe(3);
    expect([...chrome.permissions].sort()).toEqual(['sidePanel', 'storage']);
    expect(chrome.storage.managed_schema).toBe('managed_schema.json');
    expect(chrome.optional_permissions).toEqual(['alarms', 'notifications']);
    expect(chrome.host_permissions).toEqual(UIO_PATTERNS);
    // No panel for every site: it is enabled where it belongs by the background, from the first moment.
    expect(chrome.side_panel).toBeUndefined();
    expect(chrome.action).toBeDefined();
    expect(JSON.stringify(chrome)).not.toMatch(/<all_urls>|"tabs"|"\*:\/\/\*\/\*"/);
    expect(chrome.content_security_policy.extension_pages).toMatch(/connect-src 'none'/);
  });

  it('gives Firefox a sidebar and no side panel permission', () => {
    const firefox = manifest(resolve(EXTENSION_DIR, '../firefox-mv2'));
    expect(firefox.sidebar_action.default_panel).toBe('sidepanel.html');
    expect(firefox.permissions ?? []).not.toContain('sidePanel');
    // Firefox refuses `alarms` as optional and grants it without a prompt: only notifications are asked for.
    expect(firefox.permissions).toEqual(expect.arrayContaining(['storage', 'alarms']));
    expect(firefox.permissions).not.toContain('notifications');
    expect(firefox.optional_permissions).toEqual(['notifications']);
    expect(firefox.browser_specific_settings.gecko.id).toBeTruthy();
    expect(JSON.stringify(firefox)).not.toMatch(/<all_urls>|"tabs"/);
  });

  it('carries the icon sizes each store asks for (Chrome 16, 32, 48, 128; Firefox 48 and 96), each the size it says', () => {
    for (const [dir, sizes] of [
      [EXTENSION_DIR, ['16', '32', '48', '128']],
      [resolve(EXTENSION_DIR, '../firefox-mv2'), ['48', '96']],
    ] as const) {
      const icons = manifest(dir).icons as Record<string, string>;
      for (const size of sizes) {
        const png = readFileSync(resolve(dir, icons[size]!));
        // A PNG's width and height are big-endian at bytes 16 and 20.
        expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([Number(size), Number(size)]);
      }
    }
  });
});

describe('the side panel in Chromium', () => {
  const uioServer = useUioServer();
  let browser: ExtensionBrowser | undefined;
  afterEach(async () => {
    await closeAndRemove(browser);
    browser = undefined;
  });

  it('draws with its own style sheet (carried in its script), while its CSP still refuses inline styles', async () => {
    browser = await launchExtension();
    const panel = await browser.openPanel();
    await panel.getByRole('button', { name: 'Prepare my own dialogue' }).waitFor();
    const styles = await panel.evaluate(async () => {
      const app = getComputedStyle(document.querySelector('.app')!);
      const button = getComputedStyle(document.querySelector('button.primary')!);
      const before = getComputedStyle(document.body).backgroundColor;
      const inline = Object.assign(document.createElement('style'), { textContent: 'body { background-color: rgb(255, 0, 0) !important; }' });
      document.head.append(inline);
      await new Promise((resolve) => requestAnimationFrame(resolve));
      return { padding: app.paddingTop, radius: button.borderTopLeftRadius, fontSize: getComputedStyle(document.body).fontSize, before, after: getComputedStyle(document.body).backgroundColor };
    });
    expect(styles).toMatchObject({ padding: '11.25px', radius: '6px', fontSize: '15px' });
    expect(styles.after).toBe(styles.before);
    expect(styles.after).not.toBe('rgb(255, 0, 0)');
  });

  it('lets no extension page reach the network, even when code there tries', async () => {
    browser = await launchExtension({ args: uioServer().browserArgs });
    const panel = await browser.openPanel();
    const before = uioServer().hits.length;
    await panel.evaluate(() => {
      const seen = { violations: 0 };
      Object.defineProperty(window, '__violations', { value: seen });
      document.addEventListener('securitypolicyviolation', () => void seen.violations++);
    });
    const attempts = await panel.evaluate(async (port) => {
      const outcomes: string[] = [];
      const targets = [`http://127.0.0.1:${port}/fetch`, `http://www.uio.no/english/for-employees/beacon`];
      for (const url of targets) {
        outcomes.push(await fetch(url).then(() => 'fetched', () => 'blocked'));
        outcomes.push(navigator.sendBeacon(url, 'x') ? 'beacon queued' : 'blocked');
        outcomes.push(
          await new Promise<string>((resolve) => {
            const image = new Image();
            image.onload = () => resolve('image loaded');
            image.onerror = () => resolve('blocked');
            image.src = `${url}.png`;
          }),
        );
      }
      return outcomes;
    }, uioServer().port);
    // Each of the six attempts is refused by the content security policy (the beacon after it was queued): wait
    // for the six refusals, not for a fixed time, before asking the server what reached it.
    await expect.poll(() => panel.evaluate(() => (window as unknown as { __violations: { violations: number } }).__violations.violations)).toBeGreaterThanOrEqual(6);
    expect(attempts.filter((outcome) => outcome !== 'blocked' && outcome !== 'beacon queued')).toEqual([]);
    expect(uioServer().hits.slice(before)).toEqual([]);
    browser.externalRequests.length = 0;
  });

  it('is enabled on the UiO employee pages, not elsewhere unless asked, and opens from a click', async () => {
    browser = await launchExtension({ args: uioServer().browserArgs });
    const guide = await browser.context.newPage();
    await guide.goto(GUIDE_URL);
    const employeePage = await browser.context.newPage();
    await employeePage.goto(EMPLOYEE_PAGE_URL);
    const other = await browser.context.newPage();
    await other.goto(OTHER_URL);
    const panel = await browser.openPanel();

    const enabledOn = (url: string) =>
      panel.evaluate(async (url) => {
        const [tab] = await chrome.tabs.query({ url });
        const options = await chrome.sidePanel.getOptions({ tabId: tab!.id! });
        return options.enabled ?? null;
      }, url);
    await expect.poll(() => enabledOn(GUIDE_URL)).toBe(true);
    await expect.poll(() => enabledOn(EMPLOYEE_PAGE_URL)).toBe(true);
    expect(await enabledOn(OTHER_URL)).toBe(false);

    // The real panel opens on a user gesture in the guide page's window.
    await panel.evaluate((url) => {
      const button = document.createElement('button');
      button.id = 'open-real-panel';
      button.textContent = 'open';
      button.onclick = () => {
        void chrome.tabs.query({ url }).then(([tab]) => chrome.sidePanel.open({ tabId: tab!.id! }));
      };
      document.body.append(button);
    }, GUIDE_URL);
    await guide.bringToFront();
    await panel.locator('#open-real-panel').click();
    const openPanels = () =>
      panel.evaluate(async () => (await chrome.runtime.getContexts({ contextTypes: [chrome.runtime.ContextType.SIDE_PANEL] })).map((c) => new URL(c.documentUrl!).pathname));
    await expect.poll(openPanels, { timeout: 10_000 }).toEqual(['/sidepanel.html']);

    // Reminders need the browser's permission: asking does not turn them on by itself.
    await panel.getByRole('button', { name: 'Settings' }).click();
    await panel.getByRole('checkbox', { name: /Remind me/ }).click();
    // Headless, the browser's question stays open: the panel says it waits for it, and reminders stay off meanwhile.
    await panel.getByRole('status').filter({ hasText: 'Waiting for your answer' }).waitFor();
    expect(await panel.getByRole('checkbox', { name: /Remind me/ }).isChecked()).toBe(false);
    expect((await panel.evaluate(() => chrome.permissions.getAll())).permissions?.sort()).toEqual(['sidePanel', 'storage']);

    // "Open on any website" enables it everywhere.
    await panel.getByRole('button', { name: 'Settings' }).click();
    // The box shows the stored setting: it turns checked once the write has committed (later on a busy machine).
    await panel.getByRole('checkbox', { name: /any website/ }).click();
    await expect.poll(() => panel.getByRole('checkbox', { name: /any website/ }).isChecked()).toBe(true);
    await expect.poll(() => enabledOn(OTHER_URL)).toBe(true);
  });
});
