import type { SamtaleDatabase } from '../storage/db';
import type { ItemChanges } from '../domain/dialogues';
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
        for (const { item, changes } of parsed.data.drafts) await saveItem(db, item, changes as ItemChanges).catch(() => undefined);
      })();
    });
  });
}
