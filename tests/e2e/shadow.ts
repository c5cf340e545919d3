import { expect } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';

/**
 * Samtale's controls on UiO's pages live in closed shadow roots, which page scripts (and Playwright's locators)
 * cannot enter. The DevTools protocol sees the whole tree, so tests find them there and click them with the
 * real mouse: trusted clicks, as a user's are.
 */
interface DomNode {
  nodeId: number;
  nodeName: string;
  nodeValue?: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
}

export interface ShadowControl {
  label: string;
  status: () => Promise<string>;
  click: () => Promise<void>;
  clickAt: (point?: { x: number; y: number }) => Promise<void>;
  /** The centre of the control's button, in the viewport. */
  box: () => Promise<{ x: number; y: number }>;
}

/** What a control says when a click came too soon after it moved or while it was hidden. */
export const NOT_STEADY = 'Not added: this button had just moved or was hidden. Look, then click again.';

const attribute = (node: DomNode, name: string) => {
  const index = node.attributes?.indexOf(name) ?? -1;
  return index >= 0 ? node.attributes![index + 1] : undefined;
};

function collect(node: DomNode, inSamtale: boolean, found: Array<{ button: DomNode; status?: DomNode }>): void {
  const isHost = attribute(node, 'data-samtale') !== undefined;
  for (const shadow of node.shadowRoots ?? []) {
    const buttons = (shadow.children ?? []).filter((child) => child.nodeName === 'BUTTON');
    const status = (shadow.children ?? []).find((child) => attribute(child, 'role') === 'status');
    if (isHost || inSamtale) for (const button of buttons) found.push({ button, status });
  }
  for (const child of node.children ?? []) collect(child, inSamtale, found);
}

const textOf = (node: DomNode | undefined): string => (node?.nodeValue ?? '') + (node?.children ?? []).map(textOf).join('');

async function documentTree(cdp: CDPSession): Promise<DomNode> {
  return (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })).root as DomNode;
}

export async function samtaleControls(page: Page): Promise<ShadowControl[]> {
  const cdp = await page.context().newCDPSession(page);
  const found: Array<{ button: DomNode; status?: DomNode }> = [];
  collect(await documentTree(cdp), false, found);
  return found.map(({ button }, index) => ({
    label: attribute(button, 'aria-label') ?? '',
    async status() {
      const again: Array<{ button: DomNode; status?: DomNode }> = [];
      collect(await documentTree(cdp), false, again);
      return textOf(again[index]?.status);
    },
    async click() {
      await cdp.send('DOM.scrollIntoViewIfNeeded', { nodeId: button.nodeId }).catch(() => undefined);
      const fresh: Array<{ button: DomNode }> = [];
      collect(await documentTree(cdp), false, fresh);
      const { model } = (await cdp.send('DOM.getBoxModel', { nodeId: fresh[index]!.button.nodeId })) as { model: { content: number[] } };
      const [x1, y1, , , x3, y3] = model.content as [number, number, number, number, number, number];
      // As a user does: the pointer comes to the control, and a click counts once the control has been steady
      // under it (lib/extension/guide-page-controls.ts); a click before that says so, and the user clicks again.
      await page.mouse.move((x1 + x3) / 2, (y1 + y3) / 2);
      await expect
        .poll(
          async () => {
            await page.mouse.down();
            await page.mouse.up();
            return (await this.status()) !== NOT_STEADY;
          },
          { interval: 150 },
        )
        .toBe(true);
    },
    /** One click at once, as a bait page would get it: no waiting for the control to be steady. */
    async clickAt(point?: { x: number; y: number }) {
      const fresh: Array<{ button: DomNode }> = [];
      collect(await documentTree(cdp), false, fresh);
      const { model } = (await cdp.send('DOM.getBoxModel', { nodeId: fresh[index]!.button.nodeId })) as { model: { content: number[] } };
      const [x1, y1, , , x3, y3] = model.content as [number, number, number, number, number, number];
      await page.mouse.click(point?.x ?? (x1 + x3) / 2, point?.y ?? (y1 + y3) / 2);
    },
    async box() {
      const fresh: Array<{ button: DomNode }> = [];
      collect(await documentTree(cdp), false, fresh);
      const { model } = (await cdp.send('DOM.getBoxModel', { nodeId: fresh[index]!.button.nodeId })) as { model: { content: number[] } };
      const [x1, y1, , , x3, y3] = model.content as [number, number, number, number, number, number];
      return { x: (x1 + x3) / 2, y: (y1 + y3) / 2 };
    },
  }));
}
