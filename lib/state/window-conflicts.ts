import { signal, type ReadonlySignal } from '@preact/signals';
import type { Item } from '../domain/schema';
import { forgetWords, ITEM_TEXT_FIELDS } from '../domain/values';
import type { WriteOutcome } from '../storage/item-writes';

/*
 * Two windows editing one note (issue #16): the edits that met another panel's, each kept with both versions until
 * the user chooses (issue #29: a slice of its own, beside the drafts it holds back). The drafts slice asks it before
 * every write and tells it what a refused write met; the open dialogue's live query keeps each notice current.
 */

/**
 * An edit that met another panel's: the same note changed there since this panel began the edit, or removed, or
 * its whole dialogue deleted. Both versions stay until the user chooses; nothing is written meanwhile.
 */
export interface Conflict {
  itemId: string;
  kind: 'changed' | 'removed' | 'dialogueDeleted';
  /** This panel's version (its words, as typed); null for a deleted dialogue with nothing typed here unsaved. */
  mine: Item | null;
  /** The other panel's version as stored now (null when it is gone), kept current while the notice is open. */
  theirs: Item | null;
  /** That version as stored (sealed under the lock): "Keep mine" writes over it and over nothing newer. */
  theirsStored?: Item;
}

/** A write refused because the stored note is not what this panel began from (see saveItem's `expected`). */
export class WriteConflict extends Error {
  constructor(readonly itemId: string) {
    super('The note was changed in another window');
    this.name = 'WriteConflict';
  }
}

const hasWords = (item: Item) => ITEM_TEXT_FIELDS.some((field) => typeof (item as Record<string, unknown>)[field] === 'string' && (item as Record<string, unknown>)[field] !== '');

export interface WindowConflictsDeps {
  /** Items as the panel may show them (opened with the lock's key, if any). */
  readable(items: Item[]): Promise<Item[]>;
  /** An item as the database last gave it (sealed under the lock): what a write compares with. */
  storedRaw(id: string): Item | undefined;
}

export function createWindowConflicts(deps: WindowConflictsDeps) {
  const conflicts = signal<ReadonlyMap<string, Conflict>>(new Map());
  const change = (edit: (next: Map<string, Conflict>) => void) => {
    const next = new Map(conflicts.value);
    edit(next);
    conflicts.value = next;
  };

  return {
    conflicts: conflicts as ReadonlySignal<ReadonlyMap<string, Conflict>>,

    /** Whether a note waits for the user's choice: nothing is written for it until then. */
    waiting: (itemId: string): boolean => conflicts.value.has(itemId),

    /** A write was refused: both versions are kept for the user (theirs opened with the key, if sealed). */
    async met(mine: Item, outcome: Exclude<WriteOutcome, { kind: 'written' }>): Promise<WriteConflict> {
      const theirs = outcome.kind === 'changed' ? (await deps.readable([outcome.stored]))[0]! : null;
      const theirsStored = outcome.kind === 'changed' ? outcome.stored : undefined;
      change((next) => next.set(mine.id, { itemId: mine.id, kind: outcome.kind, mine, theirs, theirsStored }));
      return new WriteConflict(mine.id);
    },

    /**
     * The user chose: the conflict is taken away, with what "Keep mine" writes over (the stored fields of the
     * version the notice showed; undefined when it was removed, or the dialogue deleted).
     */
    settle(itemId: string): { conflict: Conflict; over: Record<string, unknown> | undefined } | null {
      const conflict = conflicts.value.get(itemId);
      if (!conflict) return null;
      change((next) => next.delete(itemId));
      const over = (conflict.kind === 'changed' ? conflict.theirsStored : undefined) as unknown as Record<string, unknown> | undefined;
      return { conflict, over };
    },

    /**
     * The dialogue was deleted elsewhere: what was typed in it and not yet written is shown, to copy (each note with
     * words of its own), or one notice says so when nothing was.
     */
    dialogueDeleted(dialogueId: string, unwritten: readonly Item[]): void {
      const kept = unwritten.filter(hasWords);
      change((next) => {
        for (const mine of kept) next.set(mine.id, { itemId: mine.id, kind: 'dialogueDeleted', mine, theirs: null });
        if (kept.length === 0) next.set(dialogueId, { itemId: dialogueId, kind: 'dialogueDeleted', mine: null, theirs: null });
      });
    },

    /** The database shows new versions: a notice shows the other window's version as stored now (issue #29). */
    follow(stored: readonly Item[]): void {
      for (const conflict of conflicts.value.values()) {
        const now = conflict.kind === 'changed' ? stored.find((item) => item.id === conflict.itemId) : undefined;
        if (now && conflict.theirs && now.updatedAt !== conflict.theirs.updatedAt) {
          const raw = deps.storedRaw(now.id) ?? now;
          change((next) => next.set(conflict.itemId, { ...conflict, theirs: now, theirsStored: raw }));
        }
      }
    },

    /** Forgets every conflict (every record is being deleted). */
    clear(): void {
      conflicts.value = new Map();
    },

    /** The lock closed: both versions' words go, with the notices. */
    forgetWords(): void {
      for (const conflict of conflicts.value.values()) for (const item of [conflict.mine, conflict.theirs]) if (item) forgetWords(item);
      conflicts.value = new Map();
    },
  };
}

export type WindowConflicts = ReturnType<typeof createWindowConflicts>;
