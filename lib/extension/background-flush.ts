import type { SamtaleDatabase } from '../storage/db';
import { buildItem, type ItemChanges } from '../domain/dialogues';
import type { Item } from '../domain/schema';
import { saveItem } from '../storage/item-writes';
import { FlushDraftsMessageSchema, PANEL_PORT_NAME } from './runtime-messages';

interface Port {
  name: string;
  sender?: { id?: string; url?: string };
  onMessage: { addListener(callback: (message: unknown) => void): void };
}

export interface FlushBrowser {
  runtime: { id: string; onConnect: { addListener(callback: (port: Port) => void): void } };
}

/** The changes a point can hold on its own: its words (plain, or sealed as the note's only text field) and flags. */
const POINT_FIELDS = new Set(['text', 'sealed', 'sensitive', 'shared']);

/** Keeps a closing panel's words that met another window's change, as a new point in the same topic. */
async function keepAsPoint(db: SamtaleDatabase, item: Item, changes: ItemChanges): Promise<void> {
  if (!Object.keys(changes).every((field) => POINT_FIELDS.has(field)) || (!changes.text && !changes.sealed)) return;
  const point = buildItem({ kind: 'point', dialogueId: item.dialogueId, topicId: item.topicId, text: changes.text ?? '', sensitive: changes.sensitive ?? item.sensitive });
  await saveItem(db, { ...point, sealed: changes.sealed ?? null }, {});
}

/**
 * A closing side panel cannot be sure its last IndexedDB transaction commits before the page is gone, so it
 * also posts its uncommitted edits to the background, which writes them. Only this extension's own pages are
 * listened to, and only messages that parse.
 */
/** `openDatabase` gives null when the database must not be written (it belongs to a newer version). */
export function registerDraftFlush(browser: FlushBrowser, openDatabase: () => Promise<SamtaleDatabase | null>): void {
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== PANEL_PORT_NAME || port.sender?.id !== browser.runtime.id) return;
    port.onMessage.addListener((message) => {
      const parsed = FlushDraftsMessageSchema.safeParse(message);
      if (!parsed.success) return;
      void (async () => {
        const db = await openDatabase();
        if (!db) return;
        for (const { item, changes, expected, touched } of parsed.data.drafts) {
          const outcome = await saveItem(db, item, changes as ItemChanges, { expected, touched }).catch(() => null);
          // Another window changed this note since the closing panel began its edit (issue #16): the other
          // version stays, and the closing panel's words are kept beside it as a point of their own.
          if (outcome?.kind === 'changed') await keepAsPoint(db, item, changes as ItemChanges).catch(() => undefined);
        }
      })();
    });
  });
}
