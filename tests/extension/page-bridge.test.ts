import { beforeEach, describe, expect, it } from 'vitest';
import type { SamtaleDatabase } from '../../lib/storage/db';
import { createDialogue, updateDialogue } from '../../lib/storage/dialogue-records';
import { guidePageDifferences, markFromPage, registerPageBridge, type BridgeBrowser } from '../../lib/extension/page-bridge';
import { freshDatabase, sampleDialogueInput } from '../helpers';

let db: SamtaleDatabase;
beforeEach(async () => {
  db = await freshDatabase();
});

function bridge(panel: 'sidePanel' | 'refusingSidebar' = 'sidePanel') {
  let listener: Parameters<BridgeBrowser['runtime']['onMessage']['addListener']>[0] | undefined;
  const opened: number[] = [];
  const enabled: unknown[] = [];
  const browser: BridgeBrowser = {
    runtime: { id: 'samtale', onMessage: { addListener: (l) => (listener = l) } },
    ...(panel === 'sidePanel'
      ? { sidePanel: { open: async ({ tabId }: { tabId: number }) => void opened.push(tabId), setOptions: async (options: unknown) => void enabled.push(options) } }
      : // Firefox: sidebarAction.open() outside a user action it counts is refused.
        { sidebarAction: { open: () => Promise.reject(new Error('sidebarAction.open may only be called from a user input handler')) } }),
  };
  registerPageBridge(browser, async () => ({ db, readOnly: false }));
  const send = (message: unknown, sender: { id?: string; tab?: { id?: number; url?: string } }) =>
    new Promise<unknown>((resolve) => {
      const keepOpen = listener!(message, sender, resolve);
      if (!keepOpen) setTimeout(() => resolve('no reply'), 30);
    });
  return { send, opened, enabled };
}

const uioTab = { id: 7, url: 'https://www.uio.no/english/for-employees/employment/one-to-one-work-dialogue/index.html' };

describe('the page bridge', () => {
  it('offers the side panel in a tab whose UiO employee page says it is one', async () => {
    const { send, enabled } = bridge();
    await send({ type: 'employeePage' }, { id: 'samtale', tab: { id: 9, url: 'https://www.uio.no/for-ansatte/arbeidsstotte/' } });
    expect(enabled).toEqual([{ tabId: 9, path: 'sidepanel.html', enabled: true }]);
  });

  it('marks a question in the dialogue being prepared, not in one already held', async () => {
    const held = await createDialogue(db, sampleDialogueInput());
    await updateDialogue(db, held.id, { status: 'held' });
    expect(await markFromPage(db, 't2-q01')).toEqual({ ok: false, reason: 'noDialogue' });
    const preparing = await createDialogue(db, sampleDialogueInput());
    expect(await markFromPage(db, 't2-q01')).toEqual({ ok: true });
    expect((await db.dialogues.get(preparing.id))!.markedQuestionIds).toEqual(['t2-q01']);
    expect((await db.dialogues.get(held.id))!.markedQuestionIds).toEqual([]);
  });

  it.each([
    ['another extension', { id: 'evil', tab: uioTab }],
    ['a page outside UiO', { id: 'samtale', tab: { id: 7, url: 'https://example.com/' } }],
    ['UiO’s page over plain http', { id: 'samtale', tab: { id: 7, url: uioTab.url.replace('https:', 'http:') } }],
    ['no tab at all', { id: 'samtale' }],
  ])('ignores messages from %s', async (_, sender) => {
    await createDialogue(db, sampleDialogueInput());
    const { send, opened, enabled } = bridge();
    expect(await send({ type: 'markQuestion', questionId: 't2-q01' }, sender)).toBe('no reply');
    expect(await send({ type: 'openPanel' }, sender)).toBe('no reply');
    expect(await send({ type: 'employeePage' }, sender)).toBe('no reply');
    expect(opened).toEqual([]);
    expect(enabled).toEqual([]);
    expect((await db.dialogues.toArray())[0]!.markedQuestionIds).toEqual([]);
  });

  it.each([
    ['an unknown type', { type: 'readNotes' }],
    ['a malformed question id', { type: 'markQuestion', questionId: 't9-x99' }],
    ['an extra field', { type: 'markQuestion', questionId: 't2-q01', dialogueId: 'x' }],
  ])('ignores %s', async (_, message) => {
    await createDialogue(db, sampleDialogueInput());
    const { send } = bridge();
    expect(await send(message, { id: 'samtale', tab: uioTab })).toBe('no reply');
    expect((await db.dialogues.toArray())[0]!.markedQuestionIds).toEqual([]);
  });

  it('opens the panel in the page’s tab and answers a mark with nothing but its outcome', async () => {
    await createDialogue(db, sampleDialogueInput());
    const { send, opened } = bridge();
    expect(await send({ type: 'openPanel' }, { id: 'samtale', tab: uioTab })).toEqual({ ok: true });
    expect(opened).toEqual([7]);
    expect(await send({ type: 'markQuestion', questionId: 't3-q02' }, { id: 'samtale', tab: uioTab })).toEqual({ ok: true });
  });

  it('finds where the page words questions differently, and questions it adds', () => {
    const differences = guidePageDifferences('en', [
      { questionId: 't3-q01', topicNumber: 3, text: 'Do you get the necessary follow-up from your manager?' },
      { questionId: 't3-q02', topicNumber: 3, text: '  What are your expectations when it comes to   leadership? ' },
      { questionId: 't3-q05', topicNumber: 3, text: 'A new question?' },
    ]);
    expect(differences).toEqual([
      { questionId: 't3-q01', topicNumber: 3, pageText: 'Do you get the necessary follow-up from your manager?', bundledText: 'Do you get the necessarry follow-up from your manager?' },
      { questionId: 't3-q05', topicNumber: 3, pageText: 'A new question?', bundledText: null },
    ]);
  });

  it('answers that the user must open the sidebar where the browser refuses to open it for the page (Firefox)', async () => {
    const { send } = bridge('refusingSidebar');
    expect(await send({ type: 'openPanel' }, { id: 'samtale', tab: uioTab })).toEqual({ ok: false, reason: 'openYourself' });
  });
});
