import { signal, type ReadonlySignal } from '@preact/signals';
import { buildItem, type ItemChanges, type NewItem } from '../domain/dialogues';
import type { OpenDialogue } from '../domain/open-dialogue';
import type { Item, ItemKind } from '../domain/schema';
import { forgetWords, ITEM_TEXT_FIELDS, itemChangeProblem } from '../domain/values';
import { loadOnce } from '../load-once';
import type { ExpectedItem, WriteOutcome } from '../storage/item-writes';
import { AutoSaver, type SaveState } from './autosave';
import type { Connection } from './connection';
import type { LockSession } from './lock-session';
import { describeError, isQuotaError, type Problems } from './problems';
import { WriteConflict, type WindowConflicts } from './window-conflicts';

/** While typing, a dialogue's updatedAt moves at most this often (see saveItem). */
const DIALOGUE_TOUCH_INTERVAL_MS = 60_000;

/**
 * The writes of notes load once the first screen is drawn (nobody types before it). Kept once loaded: a write
 * takes it without the bundler's import wrapper (0.1–0.2 ms of a ~2 ms write).
 */
export const itemWriteCode = loadOnce((_: void) => import('../storage/item-writes'));

/** An edit not yet committed, with the item as it was when editing began (for items not yet stored). */
export interface Draft {
  base: Item;
  changes: ItemChanges;
}

export interface DraftsDeps {
  connection: Connection;
  problems: Problems;
  lock: Pick<LockSession, 'state' | 'sealer' | 'sealerNow' | 'noteActivity'>;
  /**
   * The dialogue on screen, and an item as the database last gave it: opened (sealing starts from it) and as
   * stored (sealed or not: what a write compares with).
   */
  openDialogue: { current(): OpenDialogue | null; storedItem(id: string): Item | undefined; storedRaw(id: string): Item | undefined };
  /** Edits that met another window's, waiting for the user's choice (lib/state/window-conflicts.ts). */
  conflicts: WindowConflicts;
  /** This panel wrote in a dialogue (its search forgets what it knew of it). */
  written(dialogueId: string): void;
  debounceMs?: number;
  maxWaitMs?: number;
}

/**
 * What the user types: kept as drafts over the stored records until the database shows them committed, so the
 * text under the cursor never jumps back while a write is under way, and a failed write never loses what was
 * typed. Writes are debounced per item (AutoSaver) and, under the lock, sealed before they leave the panel.
 */
export function createDrafts(deps: DraftsDeps) {
  const { connection, problems, lock, conflicts } = deps;
  const drafts = signal<ReadonlyMap<string, Draft>>(new Map());
  const saveState = signal<SaveState>({ kind: 'idle' });
  /** Each draft's latest sealed form, ready for the background if the panel closes (lock on). */
  const sealedDrafts = new Map<string, { item: Item; changes: ItemChanges }>();
  /** When this panel last moved each dialogue's updatedAt. */
  const dialogueTouchedAt = new Map<string, number>();
  /** Ids given to items that exist only in memory until their first save, so each keeps its id across renders. */
  const unsavedIds = new Map<string, string>();
  /** Per draft, what this panel last saw stored of the fields it writes (each write compares with it). */
  const expected = new Map<string, ExpectedItem>();
  /** Items this panel added, until its live query shows them (an edit right after adding starts from them). */
  const addedHere = new Map<string, Item>();

  const saver = new AutoSaver({
    debounceMs: deps.debounceMs ?? 300,
    maxWaitMs: deps.maxWaitMs ?? 1000,
    onState: (state) => {
      // Only a change of kind is news (each keystroke reports "pending" again; nothing should redraw for it).
      if (state.kind !== saveState.value.kind || state.kind === 'error') saveState.value = state;
      // A conflict is not a failure of the disk: the panel shows both versions instead (see Conflict).
      if (state.kind === 'error' && !(state.error instanceof WriteConflict)) problems.report({ kind: 'saveFailed', detail: describeError(state.error), quota: isQuotaError(state.error) });
      else problems.clear('saveFailed');
    },
  });

  function setDrafts(change: (next: Map<string, Draft>) => void): void {
    const next = new Map(drafts.value);
    change(next);
    drafts.value = next;
  }

  /** The fields a write of these changes stores: under the lock, the sealed body in place of the words. */
  function writtenFields(changes: ItemChanges): string[] {
    const locked = lock.state.value !== 'off';
    const isText = (field: string) => (ITEM_TEXT_FIELDS as readonly string[]).includes(field);
    const fields = Object.keys(changes).filter((field) => !(locked && isText(field)));
    if (locked && Object.keys(changes).some(isText)) fields.push('sealed');
    return fields;
  }

  /** Notes what is stored of the fields an edit writes, when this panel begins writing them. */
  function noteExpected(id: string, changes: ItemChanges): void {
    const stored = (deps.openDialogue.storedRaw(id) ?? addedHere.get(id)) as unknown as Record<string, unknown> | undefined;
    const seen = expected.get(id) ?? { exists: stored !== undefined, fields: {} };
    for (const field of writtenFields(changes)) if (!(field in seen.fields)) seen.fields[field] = stored?.[field];
    expected.set(id, seen);
  }

  /** A write was refused: both versions are kept for the user, and nothing is written until they choose. */
  async function meetConflict(item: Item, outcome: Exclude<WriteOutcome, { kind: 'written' }>): Promise<never> {
    const draft = drafts.value.get(item.id);
    throw await conflicts.met({ ...(draft?.base ?? item), ...draft?.changes } as Item, outcome);
  }

  /** Writes an item's changes; under the lock, its words only as ciphertext. */
  async function persist(item: Item, changes: ItemChanges): Promise<void> {
    const touchDialogue = Date.now() - (dialogueTouchedAt.get(item.dialogueId) ?? 0) > DIALOGUE_TOUCH_INTERVAL_MS;
    const { saveItem } = itemWriteCode.peek() ?? (await itemWriteCode());
    // Nothing is typed before a dialogue is open, which is after the database opened.
    const database = await connection.opened;
    // A note waiting for the user's choice is not written until they choose.
    if (conflicts.waiting(item.id)) throw new WriteConflict(item.id);
    let written = changes;
    if (lock.state.value !== 'off') {
      const seal = lock.sealer();
      if (!seal) throw new Error('Samtale is locked');
      written = await seal(deps.openDialogue.storedItem(item.id) ?? item, changes);
    }
    const seen = expected.get(item.id);
    // The fields the user changed (under the lock the written changes hold every word, sealed): a plan item's are dated.
    const outcome = await saveItem(database, item, written, { touchDialogue, expected: seen, touched: Object.keys(changes) });
    if (outcome.kind !== 'written') return meetConflict(item, outcome);
    // What this panel wrote is what it expects to find next time.
    if (seen) {
      seen.exists = true;
      for (const field of Object.keys(seen.fields)) seen.fields[field] = (outcome.after as unknown as Record<string, unknown>)[field];
    }
    if (touchDialogue) dialogueTouchedAt.set(item.dialogueId, Date.now());
    // This panel's own writes reach its search at once; another panel's, through the dialogue's updatedAt.
    deps.written(item.dialogueId);
  }

  const schedule = (id: string, draft: Draft) => saver.schedule(id, () => persist(draft.base, drafts.value.get(id)?.changes ?? draft.changes));

  /** Forgets a draft and its pending write. */
  function drop(id: string): void {
    saver.cancel(id);
    expected.delete(id);
    setDrafts((next) => next.delete(id));
  }

  return {
    drafts: drafts as ReadonlySignal<ReadonlyMap<string, Draft>>,

    /**
     * The user's choice on a conflict: keep this panel's version (written over the other's, or added again if
     * it was removed) or take the other's (this panel's edit is dropped).
     */
    resolveConflict(itemId: string, keep: 'mine' | 'theirs'): void {
      const settled = conflicts.settle(itemId);
      if (!settled) return;
      if (keep === 'theirs' || settled.conflict.kind === 'dialogueDeleted') drop(itemId);
      else {
        // Over the version the notice showed, and nothing newer (issue #29: an out-of-date notice's "Keep mine"
        // overwrote a text the other window saved after it): a newer one meets this write as a change, and asks again.
        const seen = expected.get(itemId);
        if (seen) expected.set(itemId, { exists: settled.over !== undefined, fields: Object.fromEntries(Object.keys(seen.fields).map((field) => [field, settled.over?.[field]])) });
        const draft = drafts.value.get(itemId);
        if (draft) schedule(itemId, draft);
      }
      if (conflicts.conflicts.value.size === 0) saver.clearError();
    },

    /** The dialogue was deleted elsewhere: nothing typed in it is written; the words not yet written are shown, to copy. */
    dialogueDeleted(dialogueId: string): void {
      const unwritten = [...drafts.value].filter(([, draft]) => draft.base.dialogueId === dialogueId);
      for (const [id] of unwritten) drop(id);
      conflicts.dialogueDeleted(dialogueId, unwritten.map(([, draft]) => ({ ...draft.base, ...draft.changes }) as Item));
    },
    saveState: saveState as ReadonlySignal<SaveState>,
    flush: () => saver.flush(),
    /** Whether the last write failed (its drafts are kept, whatever else happens, until one succeeds). */
    failed: () => saveState.value.kind === 'error',

    /** The item that holds a kind of text for a topic (or question), in memory until something is typed in it. */
    singleItem<K extends 'answer' | 'selfAssessment' | 'conclusion' | 'meetingNote' | 'review'>(
      kind: K,
      topicId: string,
      extras: Omit<NewItem<K>, 'kind' | 'dialogueId' | 'topicId'>,
      key: string,
    ): Item {
      const current = deps.openDialogue.current();
      if (!current) throw new Error('No dialogue is open');
      // Answers are one per question and reviews one per reviewed plan item; the others one per topic.
      const keyOf = (item: Item) => (item.kind === 'answer' ? item.questionId : item.kind === 'review' ? item.reviewedItemId : item.topicId);
      // The other party's copy (a conclusion or review from the manager's outcome) is theirs, not this one.
      const found = current.items.find((item) => item.kind === kind && item.topicId === topicId && keyOf(item) === key && !item.origin);
      if (found) return found;
      const memoryKey = `${current.dialogue.id}:${kind}:${key}`;
      let id = unsavedIds.get(memoryKey);
      if (!id) unsavedIds.set(memoryKey, (id = crypto.randomUUID()));
      return buildItem({ kind, dialogueId: current.dialogue.id, topicId, ...extras } as NewItem<K>, id);
    },

    editItem(item: Item, changes: ItemChanges): boolean {
      if (connection.isReadOnly()) {
        problems.report({ kind: 'readOnly' });
        return false;
      }
      if (lock.state.value === 'locked') return false;
      if (problems.refused(itemChangeProblem(changes))) return false;
      noteExpected(item.id, changes);
      const existing = drafts.value.get(item.id);
      const merged = { base: existing?.base ?? item, changes: { ...existing?.changes, ...changes } };
      setDrafts((next) => next.set(item.id, merged));
      schedule(item.id, merged);
      const seal = lock.sealer();
      if (seal) {
        void seal(deps.openDialogue.storedItem(item.id) ?? merged.base, merged.changes).then((sealedChanges) =>
          sealedDrafts.set(item.id, { item: { ...merged.base, text: '' } as Item, changes: sealedChanges }),
        );
      }
      lock.noteActivity();
      return true;
    },

    async addItem<K extends ItemKind>(fields: NewItem<K>): Promise<Item | undefined> {
      const item = buildItem(fields);
      return connection.guard(async (db) => {
        const outcome = await (await itemWriteCode()).saveItem(db, item, {});
        if (outcome.kind === 'written') addedHere.set(item.id, outcome.after);
        return item;
      });
    },

    async removeItem(dialogueId: string, id: string): Promise<void> {
      await saver.flush();
      expected.delete(id);
      setDrafts((next) => next.delete(id));
      await connection.guard(async (db) => (await itemWriteCode()).deleteItem(db, dialogueId, id));
    },

    /** Tries again every edit the database does not show yet (after a failed write). */
    retrySaving(): void {
      for (const [id, draft] of drafts.value) schedule(id, draft);
    },

    /** Edits the database does not show yet, for a last write by the background when the panel closes. */
    pending(): Array<{ item: Item; changes: ItemChanges; expected?: ExpectedItem; touched: string[] }> {
      // With what the panel saw stored: the background, too, writes only over that (a conflict it keeps apart).
      const withExpected = (id: string, draft: { item: Item; changes: ItemChanges }) => ({
        ...draft,
        expected: expected.get(id),
        touched: Object.keys(drafts.value.get(id)?.changes ?? draft.changes),
      });
      // Under the lock only sealed words may leave the panel, even for the background: sealed now, at once (the
      // page is going away and cannot wait for WebCrypto), else the last sealed copy of each.
      if (lock.state.value !== 'off') {
        const sealNow = lock.sealerNow();
        if (sealNow) {
          return [...drafts.value].map(([id, draft]) =>
            withExpected(id, { item: { ...draft.base, text: '' } as Item, changes: sealNow(deps.openDialogue.storedItem(id) ?? draft.base, draft.changes) }),
          );
        }
        return [...drafts.value.keys()].flatMap((id) => (sealedDrafts.has(id) ? [withExpected(id, sealedDrafts.get(id)!)] : []));
      }
      // A draft in conflict goes too: the background keeps its words beside the other version, so closing loses nothing.
      return [...drafts.value].map(([id, draft]) => withExpected(id, { item: draft.base, changes: draft.changes }));
    },

    /** Drops drafts the database now shows committed; keeps any with a newer edit or a failed write. */
    reconcile(stored: Item[]): void {
      for (const item of stored) addedHere.delete(item.id);
      conflicts.follow(stored);
      if (drafts.value.size === 0) return;
      const byId = new Map(stored.map((item) => [item.id, item]));
      let changed = false;
      const next = new Map(drafts.value);
      for (const [id, draft] of next) {
        const item = byId.get(id);
        if (!item) continue;
        const remaining = Object.fromEntries(
          Object.entries(draft.changes).filter(([field, value]) => (item as Record<string, unknown>)[field] !== value),
        ) as ItemChanges;
        if (Object.keys(remaining).length === Object.keys(draft.changes).length) continue;
        changed = true;
        if (Object.keys(remaining).length === 0) {
          next.delete(id);
          expected.delete(id);
        }
        else next.set(id, { base: draft.base, changes: remaining });
      }
      if (changed) drafts.value = next;
    },

    /** Forgets every draft (every record is being deleted). */
    clear(): void {
      expected.clear();
      conflicts.clear();
      drafts.value = new Map();
    },

    /**
     * The lock closed, after a flush: the sealed copies go, and so do the drafts' words, once safely written (a
     * failed write keeps its drafts: they are the only copy).
     */
    forgetWords(): void {
      sealedDrafts.clear();
      if (saveState.value.kind === 'error') return;
      for (const draft of drafts.value.values()) forgetWords(draft.changes);
      conflicts.forgetWords();
      expected.clear();
      drafts.value = new Map();
    },
  };
}

export type Drafts = ReturnType<typeof createDrafts>;
