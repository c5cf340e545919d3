import { beforeEach, describe, expect, it } from 'vitest';
import { registerDraftFlush, type FlushBrowser } from '../../lib/extension/background-flush';
import { PANEL_PORT_NAME } from '../../lib/domain/constants';
import type { SamtaleDatabase } from '../../lib/storage/db';
import { buildItem } from '../../lib/domain/dialogues';
import { createDialogue } from '../../lib/storage/dialogue-records';
import { freshDatabase, sampleDialogueInput, itemTable } from '../helpers';

type Listener = (message: unknown) => void;

/** A fake runtime: connect() hands a port to the registered listener and returns a way to post into it. */
function fakeRuntime() {
  let onConnect: ((port: Parameters<Parameters<FlushBrowser['runtime']['onConnect']['addListener']>[0]>[0]) => void) | undefined;
  const browser: FlushBrowser = { runtime: { id: 'samtale-id', onConnect: { addListener: (callback) => (onConnect = callback) } } };
  const connect = (name: string, senderId: string) => {
    const listeners: Listener[] = [];
    onConnect!({ name, sender: { id: senderId }, onMessage: { addListener: (l) => listeners.push(l) } });
    return (message: unknown) => listeners.forEach((listener) => listener(message));
  };
  return { browser, connect };
}

/**
 * For what must not happen: a moment for a write that should not come. What must happen is waited for (expect.poll),
 * however slow the machine.
 */
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));
const waitFor = { timeout: 10_000 };

let db: SamtaleDatabase;
beforeEach(async () => {
  db = await freshDatabase();
});

describe('the background writes a closing panel’s last edits', () => {
  it('writes valid drafts from the extension’s own panel', async () => {
    const { browser, connect } = fakeRuntime();
    registerDraftFlush(browser, async () => db);
    const dialogue = await createDialogue(db, sampleDialogueInput());
    const item = buildItem({ kind: 'point', dialogueId: dialogue.id, topicId: 't2' });
    connect(PANEL_PORT_NAME, 'samtale-id')({ type: 'flushDrafts', drafts: [{ item, changes: { text: 'last words' } }] });
    await expect.poll(async () => (await itemTable(db).get(item.id))?.text, waitFor).toBe('last words');
  });

  it('writes only over what the closing panel saw; its words that met another window’s change become a point beside it', async () => {
    const { browser, connect } = fakeRuntime();
    registerDraftFlush(browser, async () => db);
    const dialogue = await createDialogue(db, sampleDialogueInput());
    const note = buildItem({ kind: 'answer', dialogueId: dialogue.id, topicId: 't2', questionId: 't2-q01', sensitive: false, text: 'start' });
    const kept = buildItem({ kind: 'point', dialogueId: dialogue.id, topicId: 't3', text: 'start' });
    await itemTable(db).bulkAdd([{ ...note, text: 'changed in another window' }, kept]);
    connect(PANEL_PORT_NAME, 'samtale-id')({
      type: 'flushDrafts',
      drafts: [
        { item: note, changes: { text: 'closing panel words' }, expected: { exists: true, fields: { text: 'start' } } },
        { item: kept, changes: { text: 'written as seen' }, expected: { exists: true, fields: { text: 'start' } } },
      ],
    });
    // The drafts are written in order: the second one's write is the last.
    await expect.poll(async () => (await itemTable(db).get(kept.id))?.text, waitFor).toBe('written as seen');
    expect((await itemTable(db).get(note.id))?.text).toBe('changed in another window');
    const beside = (await itemTable(db).ofDialogue(dialogue.id)).filter((item) => item.id !== note.id && item.id !== kept.id);
    expect(beside).toMatchObject([{ kind: 'point', topicId: 't2', text: 'closing panel words' }]);
  });

  it('writes nothing into a database of a newer version', async () => {
    const { browser, connect } = fakeRuntime();
    registerDraftFlush(browser, async () => null);
    const dialogue = await createDialogue(db, sampleDialogueInput());
    const item = buildItem({ kind: 'point', dialogueId: dialogue.id, topicId: 't2' });
    connect(PANEL_PORT_NAME, 'samtale-id')({ type: 'flushDrafts', drafts: [{ item, changes: { text: 'x' } }] });
    await settle();
    expect(await itemTable(db).count()).toBe(0);
  });

  it.each([
    ['another extension', PANEL_PORT_NAME, 'other-extension', undefined],
    ['another port', 'something-else', 'samtale-id', undefined],
    ['a malformed message', PANEL_PORT_NAME, 'samtale-id', { type: 'flushDrafts', drafts: [{ item: { id: 1 }, changes: {} }] }],
    ['a change to a field that is not editable', PANEL_PORT_NAME, 'samtale-id', 'dialogueId'],
  ])('ignores %s', async (_, portName, senderId, override) => {
    const { browser, connect } = fakeRuntime();
    registerDraftFlush(browser, async () => db);
    const dialogue = await createDialogue(db, sampleDialogueInput());
    const item = buildItem({ kind: 'point', dialogueId: dialogue.id, topicId: 't2' });
    const changes = override === 'dialogueId' ? { text: 'x', dialogueId: 'elsewhere' } : { text: 'x' };
    const message = typeof override === 'object' ? override : { type: 'flushDrafts', drafts: [{ item, changes }] };
    connect(portName, senderId)(message);
    await settle();
    expect(await itemTable(db).count()).toBe(0);
  });
});
