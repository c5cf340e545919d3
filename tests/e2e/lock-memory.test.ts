import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { closeAndRemove, launchExtension, type ExtensionBrowser } from './harness';
import { addPoint, startDialogue, turnOnTheLock, waitUntilSaved } from './steps';

const open: ExtensionBrowser[] = [];
afterEach(async () => {
  for (const browser of open.splice(0)) await closeAndRemove(browser);
});

/** A word that appears nowhere in Samtale's code or guide: found in a heap snapshot only if a note put it there. */
const SECRET = 'Quokkazebra';

/** A full heap snapshot of the page (DevTools' own; it collects garbage first), as text. */
async function heapSnapshot(page: Page): Promise<string> {
  const session = await page.context().newCDPSession(page);
  const chunks: string[] = [];
  session.on('HeapProfiler.addHeapSnapshotChunk', ({ chunk }) => chunks.push(chunk));
  await session.send('HeapProfiler.enable');
  await session.send('HeapProfiler.collectGarbage');
  await session.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  await session.detach();
  return chunks.join('');
}

/** A new dialogue, the lock turned on, and a point written under it in topic 3 (saved). */
async function writeUnderTheLock(page: Page, point: string): Promise<void> {
  await startDialogue(page, { date: '2026-12-01', manager: 'Kari Nordmann' });
  await page.getByRole('button', { name: 'Settings' }).click();
  await turnOnTheLock(page, 'correct horse battery');
  await page.getByRole('button', { name: 'My dialogues' }).click();
  await page.getByRole('button', { name: 'Open: 1 December 2026' }).click();
  await page.getByRole('button', { name: /^3\. / }).click();
  await addPoint(page, point);
  await waitUntilSaved(page);
}

describe('locking means locked', () => {
  it('leaves no note text in the panel’s memory after “Lock now”, in this panel and in another one', async () => {
    const browser = await launchExtension();
    open.push(browser);
    const page = await browser.openPanel();
    await writeUnderTheLock(page, `${SECRET} is my secret about the budget`);

    // The other panel has it open too (it unlocks with the same passphrase).
    const other = await browser.openPanel();
    await other.getByLabel('Passphrase', { exact: true }).fill('correct horse battery');
    await other.getByRole('button', { name: 'Unlock' }).click();
    await other.getByRole('button', { name: 'My dialogues' }).click();
    await other.getByRole('button', { name: 'Open: 1 December 2026' }).click();
    await other.getByRole('button', { name: /^3\. / }).click();
    await expect.poll(() => other.getByLabel('Point 1').inputValue()).toContain(SECRET);

    // Search builds the lower-case index of every note.
    await page.getByRole('button', { name: 'My employees', exact: true }).click();
    const search = page.getByRole('search');
    await search.getByRole('searchbox', { name: 'Search all notes' }).fill(SECRET.toLowerCase());
    await expect.poll(() => search.getByRole('status').textContent()).toBe('One note found.');
    await search.getByRole('searchbox', { name: 'Search all notes' }).fill('');

    expect(await heapSnapshot(page)).toContain(SECRET.toLowerCase());
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByRole('button', { name: 'Lock now' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Samtale is locked');
    await expect.poll(() => other.getByRole('heading', { level: 1 }).textContent()).toBe('Samtale is locked');

    for (const panel of [page, other]) {
      const raw = await heapSnapshot(panel);
      if (process.env.SAMTALE_HEAP_DUMP) (await import('node:fs')).writeFileSync(`${process.env.SAMTALE_HEAP_DUMP}-${panel === page ? 'a' : 'b'}.heapsnapshot`, raw);
      const heap = raw.toLowerCase();
      expect(heap).not.toContain(SECRET.toLowerCase());
    }
  });

  it('leaves no word of the notes loaded when the panel opened, after locking (issue #29)', async () => {
    const browser = await launchExtension();
    open.push(browser);
    const page = await browser.openPanel();
    await startDialogue(page, { date: '2026-12-01', manager: 'Kari Nordmann' });
    await page.getByRole('button', { name: /^3\. / }).click();
    await addPoint(page, `${SECRET} was written in an earlier session`);
    await waitUntilSaved(page);
    // A new session: the panel opens where it was, with the notes read from the database on its first screen.
    await page.reload();
    await expect.poll(() => page.getByLabel('Point 1').inputValue()).toContain(SECRET);
    await page.getByRole('button', { name: 'Settings' }).click();
    await turnOnTheLock(page, 'correct horse battery');
    await page.getByRole('button', { name: 'Lock now' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Samtale is locked');
    const raw = await heapSnapshot(page);
    if (process.env.SAMTALE_HEAP_DUMP) (await import('node:fs')).writeFileSync(`${process.env.SAMTALE_HEAP_DUMP}-loaded.heapsnapshot`, raw);
    expect(raw.toLowerCase()).not.toContain(SECRET.toLowerCase());
  });

  it('leaves no word of the notes opened with the key when the panel unlocked, after locking again (issue #29)', async () => {
    const browser = await launchExtension();
    open.push(browser);
    const page = await browser.openPanel();
    await writeUnderTheLock(page, `${SECRET} was sealed in an earlier session`);
    await page.reload();
    await page.getByLabel('Passphrase', { exact: true }).fill('correct horse battery');
    await page.getByRole('button', { name: 'Unlock' }).click();
    await expect.poll(() => page.getByLabel('Point 1').inputValue()).toContain(SECRET);
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByRole('button', { name: 'Lock now' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Samtale is locked');
    expect((await heapSnapshot(page)).toLowerCase()).not.toContain(SECRET.toLowerCase());
  });
});
