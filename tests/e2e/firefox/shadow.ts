import { expect } from 'vitest';
import type { Browser, Page } from 'puppeteer-core';
import { NOT_STEADY, type ShadowControl } from '../shadow';

/**
 * Samtale's controls on UiO's pages in Firefox. They live in closed shadow roots, which page scripts cannot enter;
 * WebDriver BiDi can: a node serialized with `includeShadowTree: 'all'` names its closed shadow root, and a function
 * called with that root as its argument may look inside (tests/e2e/shadow.ts does the same over the DevTools protocol
 * for Chromium). Clicks are the driver's real pointer input: trusted, as a user's are.
 */
interface RemoteValue {
  type: string;
  value?: unknown;
  sharedId?: string;
}
interface BidiConnection {
  send(method: string, params: object): Promise<{ result: { type: string; result?: RemoteValue; exceptionDetails?: { text: string } } }>;
}

function bidi(browser: Browser, page: Page) {
  const connection = (browser as unknown as { connection: BidiConnection }).connection;
  const context = (page.mainFrame() as unknown as { _id: string })._id;
  const check = ({ result }: Awaited<ReturnType<BidiConnection['send']>>) => {
    if (result.type === 'exception') throw new Error(`in the page: ${result.exceptionDetails?.text}`);
    return result.result!;
  };
  return {
    /** The closed shadow roots of Samtale's elements on the page, in document order. */
    async shadowRoots(): Promise<string[]> {
      const hosts = check(
        await connection.send('script.evaluate', {
          expression: "[...document.querySelectorAll('[data-samtale]')]",
          target: { context },
          awaitPromise: false,
          resultOwnership: 'root',
          serializationOptions: { includeShadowTree: 'all', maxDomDepth: 0 },
        }),
      );
      return ((hosts.value as RemoteValue[] | undefined) ?? []).map((host) => ((host.value as { shadowRoot?: RemoteValue }).shadowRoot?.sharedId ?? ''));
    },
    /** Calls a function (its source) with a shadow root and returns what it returns, as JSON. */
    async inRoot<T>(root: string, functionDeclaration: string): Promise<T> {
      const value = check(
        await connection.send('script.callFunction', {
          functionDeclaration: `(root) => JSON.stringify((${functionDeclaration})(root))`,
          target: { context },
          arguments: [{ sharedId: root }],
          awaitPromise: false,
        }),
      );
      return JSON.parse(value.value as string) as T;
    },
  };
}

export async function samtaleControls(browser: Browser, page: Page): Promise<ShadowControl[]> {
  const driver = bidi(browser, page);
  const roots = await driver.shadowRoots();
  const controls: ShadowControl[] = [];
  for (const root of roots) {
    const label = await driver.inRoot<string | null>(root, "(root) => root.querySelector('button')?.getAttribute('aria-label') ?? null");
    if (label === null) continue;
    const status = () => driver.inRoot<string>(root, "(root) => root.querySelector('[role=status]')?.textContent ?? ''");
    const box = async () => {
      const rect = await driver.inRoot<{ x: number; y: number; width: number; height: number }>(root, "(root) => { const b = root.querySelector('button'); b.scrollIntoView({ block: 'center' }); return b.getBoundingClientRect(); }");
      return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
    };
    const clickAt = async (point?: { x: number; y: number }) => {
      const { x, y } = point ?? (await box());
      await page.mouse.click(x, y);
    };
    controls.push({
      label,
      status,
      box,
      clickAt,
      async click() {
        // As a user does: the pointer comes to the control, and a click counts once the control has been steady
        // under it (lib/extension/guide-page-controls.ts); a click before that says so, and the user clicks again.
        const { x, y } = await box();
        await page.mouse.move(x, y);
        await expect
          .poll(
            async () => {
              await page.mouse.click(x, y);
              return (await status()) !== NOT_STEADY;
            },
            { interval: 150 },
          )
          .toBe(true);
      },
    });
  }
  return controls;
}
