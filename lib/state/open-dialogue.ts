import { batch, computed, signal, type ReadonlySignal } from '@preact/signals';
import type { Subscription } from 'dexie';
import { compareCodeUnits } from '../domain/order';
import { withPolicyLinks } from '../domain/policy';
import type { OpenDialogue } from '../domain/open-dialogue';
import type { Dialogue, Item, Language } from '../domain/schema';
import type { ManagedPolicy } from '../extension/managed-policy';
import { loadGuide, loadedGuide, withWording, type GuideTemplate } from '../guide';
import type { Connection } from './connection';
import { forgetWords } from '../domain/values';
import type { Draft } from './drafts';
import type { Problems } from './problems';

/** Same items with the same words and settings (their updatedAt aside). */
function sameItems(shown: readonly Item[], next: readonly Item[]): boolean {
  if (shown.length !== next.length) return false;
  return shown.every((item, index) => {
    const other = next[index]!;
    if (item === other) return true;
    const keys = Object.keys(item) as Array<keyof Item>;
    return keys.length === Object.keys(other).length && keys.every((key) => key === 'updatedAt' || item[key] === other[key]);
  });
}

type Previous = { dialogue: Dialogue; items: Item[] };

/** Items in the order they were written: a plan's order, a topic's points' order. */
const byCreation = (a: Item, b: Item) => compareCodeUnits(a.createdAt, b.createdAt);

export interface OpenDialogueDeps {
  connection: Connection;
  problems: Problems;
  /** Items as the panel may show them (opened with the lock's key, if any). */
  readable(items: Item[]): Promise<Item[]>;
  /** Edits not yet committed, shown over the stored items; told what the database now holds. */
  drafts: ReadonlySignal<ReadonlyMap<string, Draft>>;
  reconcileDrafts(stored: Item[]): void;
  guideWording: ReadonlySignal<Partial<Record<Language, Record<string, string>>>>;
  policy: ReadonlySignal<ManagedPolicy>;
  /** The dialogue on screen is no longer in the database (deleted here or in another panel). */
  gone(dialogueId: string): void;
}

/**
 * The dialogue on screen: its record, items and guide from live queries, last year's dialogue beside it, the
 * drafts laid over the items. What the database gives still sealed is kept apart from what is shown opened.
 */
export function createOpenDialogue(deps: OpenDialogueDeps) {
  const record = signal<Dialogue | null>(null);
  const storedItems = signal<Item[]>([]);
  /** The dialogue whose items storedItems holds (until they arrive, the dialogue is not shown half empty). */
  const itemsOf = signal<string | null>(null);
  const previousDialogue = signal<Previous | null>(null);
  /** Counts guides arriving (lib/guide keeps them), so what shows a guide is computed again when one comes. */
  const guidesArrived = signal(0);
  /** The last items read from the database, still sealed, and a counter that discards stale decryptions. */
  let rawItems: Item[] = [];
  let rawPrevious: Previous | null = null;
  let readSequence = 0;
  let subscriptions: Subscription[] = [];
  let previousSubscription: Subscription | null = null;

  /** The guide a dialogue is written in, once it has arrived (reactive: asks for it, and counts its arrival). */
  function guideOf(dialogue: Dialogue): GuideTemplate | undefined {
    void guidesArrived.value;
    return loadedGuide(dialogue.templateId, dialogue.language);
  }

  /** Fetches the guide a dialogue is written in; the dialogue shows once it is there. */
  function requireGuide(dialogue: Dialogue): void {
    if (loadedGuide(dialogue.templateId, dialogue.language)) return;
    loadGuide(dialogue.templateId, dialogue.language).then(() => guidesArrived.value++, deps.problems.show);
  }

  /** The open dialogue's guide, with UiO's wording and the institution's links: a new object only when those change. */
  const openGuide = computed(() => {
    const dialogue = record.value;
    const bundled = dialogue && guideOf(dialogue);
    return dialogue && bundled ? withPolicyLinks(withWording(bundled, deps.guideWording.value[dialogue.language]), deps.policy.value) : null;
  });

  const openPrevious = computed(() => {
    const dialogue = record.value;
    const found = dialogue && previousDialogue.value?.dialogue.id === dialogue.previousDialogueId ? previousDialogue.value : null;
    const guide = found && guideOf(found.dialogue);
    return found && guide ? { ...found, guide } : null;
  });

  /** The items as shown last, kept when what the database now says is the same (a write of what is on screen). */
  let shownOpen: OpenDialogue | null = null;

  const view: ReadonlySignal<OpenDialogue | null> = computed(() => {
    const dialogue = record.value;
    const guide = openGuide.value;
    if (!dialogue || !guide || itemsOf.value !== dialogue.id) return (shownOpen = null);
    const pendingDrafts = deps.drafts.value;
    const stored = storedItems.value.filter((item) => item.dialogueId === dialogue.id);
    const storedIds = new Set(stored.map((item) => item.id));
    const merged = stored.map((item) => {
      const draft = pendingDrafts.get(item.id);
      return draft ? ({ ...item, ...draft.changes } as Item) : item;
    });
    for (const [id, draft] of pendingDrafts) {
      if (!storedIds.has(id) && draft.base.dialogueId === dialogue.id) merged.push({ ...draft.base, ...draft.changes } as Item);
    }
    merged.sort(byCreation);
    const previous = openPrevious.value;
    // A committed write changes only updatedAt of what is on screen: keeping the same object spares the panel a
    // redraw of the whole dialogue after every save (which a keystroke arriving then would wait for).
    if (shownOpen && shownOpen.dialogue === dialogue && shownOpen.guide === guide && shownOpen.previous === previous && sameItems(shownOpen.items, merged)) return shownOpen;
    return (shownOpen = { dialogue, guide, items: merged, previous });
  });

  function showItems(items: Item[], dialogueId: string | null = itemsOf.value): void {
    rawItems = items;
    const sequence = ++readSequence;
    void deps.readable(items).then((plain) => {
      if (sequence !== readSequence) return;
      batch(() => {
        storedItems.value = plain;
        itemsOf.value = dialogueId;
        deps.reconcileDrafts(plain);
      });
    });
  }

  function showPrevious(value: Previous | null): void {
    rawPrevious = value;
    if (!value) return void (previousDialogue.value = null);
    requireGuide(value.dialogue);
    void deps.readable(value.items).then((items) => {
      // In the order they were written, as the open dialogue's are (the database gives them by their random ids).
      if (rawPrevious === value) previousDialogue.value = { dialogue: value.dialogue, items: [...items].sort(byCreation) };
    });
  }

  function watchPrevious(previousId: string): void {
    previousSubscription?.unsubscribe();
    const database = deps.connection.current()!;
    const { liveQuery, itemsOfDialogue } = deps.connection.code();
    previousSubscription = liveQuery(async () => {
      const dialogue = await database.dialogues.get(previousId);
      return dialogue ? { dialogue, items: await itemsOfDialogue(database, previousId) } : null;
    }).subscribe({ next: showPrevious });
  }

  /** Shows a dialogue (null: none): its record and items from live queries, as they change. */
  function watch(dialogueId: string | null): void {
    for (const subscription of subscriptions) subscription.unsubscribe();
    previousSubscription?.unsubscribe();
    subscriptions = [];
    previousSubscription = null;
    if (!dialogueId) {
      // Nothing of a dialogue no longer shown stays, as read or opened (issue #29: items read before the lock was
      // turned on stayed here, plain, and a locked panel kept their words in memory).
      rawItems = [];
      rawPrevious = null;
      readSequence++;
      batch(() => {
        record.value = null;
        storedItems.value = [];
        itemsOf.value = null;
        previousDialogue.value = null;
      });
      return;
    }
    // Before the database has opened, the panel's start watches the dialogue of the route it finds then.
    const database = deps.connection.current();
    if (!database) return;
    const { liveQuery, itemsOfDialogue } = deps.connection.code();
    subscriptions = [
      liveQuery(() => database.dialogues.get(dialogueId)).subscribe({
        next: (dialogue) => {
          if (dialogue?.previousDialogueId && dialogue.previousDialogueId !== record.value?.previousDialogueId) watchPrevious(dialogue.previousDialogueId);
          if (dialogue) requireGuide(dialogue);
          record.value = dialogue ?? null;
          if (!dialogue) deps.gone(dialogueId);
        },
        error: deps.problems.show,
      }),
      liveQuery(() => itemsOfDialogue(database, dialogueId)).subscribe({
        next: (items) => showItems(items, dialogueId),
        error: deps.problems.show,
      }),
    ];
  }

  return {
    view,
    watch,
    /** Whether the dialogue's own record is on screen (not only routed to). */
    recordShown: (): boolean => record.value !== null,
    /** An item exactly as the database last gave it (sealed, under the lock). */
    storedRaw: (id: string): Item | undefined => rawItems.find((stored) => stored.id === id),
    /** An item as the database last gave it (opened, if the lock is open). */
    storedItem: (id: string): Item | undefined => storedItems.value.find((stored) => stored.id === id),
    /** The lock opened: what was read sealed is read again with the key. */
    readAgain(): void {
      showItems(rawItems);
      showPrevious(rawPrevious);
    },
    /**
     * Reads the open dialogue's items from the database now, not when the live query next answers: after this
     * panel rewrote every item (the lock turned on or off), an edit must start from the rewritten version, or
     * its write would meet the rewrite as another panel's change.
     */
    async readStored(): Promise<void> {
      const dialogueId = itemsOf.value;
      const database = deps.connection.current();
      if (dialogueId && database) showItems(await deps.connection.code().itemsOfDialogue(database, dialogueId), dialogueId);
    },
    /**
     * The lock closed: decryptions still under way are dropped, and what is shown goes back to the sealed items.
     * A component's closure from an earlier render may still hold an item it drew: the decrypted objects are
     * emptied in place (unless their drafts could not be written: then nothing is emptied), so no such reference
     * keeps a note's words alive (a heap snapshot after locking finds none: tests/e2e/lock-memory.test.ts).
     */
    forgetWords(emptyInPlace: boolean): void {
      readSequence++;
      if (emptyInPlace) {
        const sealed = new Set<Item>([...rawItems, ...(rawPrevious?.items ?? [])]);
        for (const item of [...storedItems.value, ...(shownOpen?.items ?? []), ...(previousDialogue.value?.items ?? [])]) if (!sealed.has(item)) forgetWords(item);
      }
      storedItems.value = rawItems;
      previousDialogue.value = rawPrevious;
    },
  };
}

export type OpenDialogueSlice = ReturnType<typeof createOpenDialogue>;
