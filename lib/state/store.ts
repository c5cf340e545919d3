import { batch, computed, signal, type ReadonlySignal } from '@preact/signals';
import type { Subscription } from 'dexie';
import { AutoSaver, type SaveState } from './autosave';
import { loadOnce } from '../load-once';
import type { GuidePageDifference, GuidePageRecord, GuideWordingRecord, OpenedDatabase, SamtaleDatabase, SettingsRecord } from '../storage/db';
import {
  buildItem,
  createDialogue,
  deleteDialogue,
  setQuestionMarked,
  sortDialogues,
  updateDialogue,
  type ItemChanges,
  type NewDialogueInput,
  type NewItem,
} from '../domain/dialogues';
import { loadGuide, loadedGuide, withWording, type GuideTemplate } from '../guide';
import type { ManagedPolicy } from '../extension/managed-policy';
import type { NoteIndex, SearchResult } from '../search/note-index';
import { effectivePreferences, withPolicyLinks } from '../domain/policy';
import { DEFAULT_PREFERENCES } from '../domain/constants';
import { ITEM_TEXT_FIELDS, itemChangeProblem, recordValueProblem, type ValueProblem } from '../domain/values';
import type { Dialogue, Item, ItemKind, Language, Person, Preferences } from '../domain/schema';
import { compareCodeUnits } from '../domain/order';

export type Route =
  | { name: 'home' }
  | { name: 'new' }
  | { name: 'settings' }
  | { name: 'dialogue'; dialogueId: string; topicIndex: number }
  | { name: 'export'; dialogueId: string; topicIndex: number }
  | { name: 'meeting'; dialogueId: string; topicIndex: number }
  | { name: 'invite'; dialogueId: string; topicIndex: number }
  | { name: 'import'; dialogueId: string; topicIndex: number }
  | { name: 'guideUpdate'; language: Language }
  | { name: 'people' }
  | { name: 'person'; personId: string }
  | { name: 'planDialogue'; personId: string };

export type StoreProblem =
  | { kind: 'databaseUnavailable'; detail: string }
  | { kind: 'readOnly' }
  | { kind: 'textTooLong'; limit: number }
  | { kind: 'badDate' }
  | { kind: 'badTime' }
  | { kind: 'saveFailed'; detail: string; quota: boolean }
  | { kind: 'actionFailed'; detail: string };

/** What the first screen shows, as last read from the database: the user's own dialogues and the settings it reads. */
export interface FirstScreenRecords {
  ownDialogues: Dialogue[];
  guideRecords: SettingsRecord[];
  preferences: Partial<Preferences> | null;
}

export interface StoreOptions {
  /** The institution's policy (`storage.managed`), as the browser gives it; parsed before use. */
  loadPolicy?: () => Promise<unknown>;
  /** The policy as last read (the browser is slow to give it right after it starts). */
  policyMemory?: { load(): unknown; save(raw: unknown): void };
  debounceMs?: number;
  maxWaitMs?: number;
  /** Remembers where the user was, so a reopened panel continues there. */
  viewMemory?: { load(): Route | null; save(route: Route): void };
  /**
   * The first screen's records as the database last gave them: the panel shows them at once and opens the
   * database after that first paint (Dexie and IndexedDB cost more than the whole screen); the database's own
   * answers replace them as they come.
   */
  firstScreenMemory?: { load(): FirstScreenRecords | null; save(records: FirstScreenRecords): void };
  /** Tells the other open panels that this one locked, and hears when one of them did (a lock locks them all). */
  lockSignal?: { announce(): void; listen(onLocked: () => void): void };
}

export interface OpenDialogue {
  dialogue: Dialogue;
  guide: GuideTemplate;
  /** Stored items overlaid with edits not yet committed: what the user sees. */
  items: Item[];
  /** The dialogue this one follows up, with its items and its own guide: last year's conclusions and plan. */
  previous: { dialogue: Dialogue; items: Item[]; guide: GuideTemplate } | null;
}

/** While typing, a dialogue's updatedAt moves at most this often (see saveItem). */
const DIALOGUE_TOUCH_INTERVAL_MS = 60_000;

/** The lock's code (and the crypto under it) loads only for users who turn the lock on. */
const lockCode = () => import('../security/lock');
/** The manager's records (employees, meeting, agreement) load when first used. */
const managerCode = () => import('../storage/manager-records');
/**
 * The writes of notes load once the first screen is drawn (nobody types before it). Kept once loaded: a write
 * takes it without the bundler's import wrapper (0.1–0.2 ms of a ~2 ms write).
 */
const itemWriteCode = loadOnce((_: void) => import('../storage/item-writes'));
/** Dexie, the schema and the queries: not needed to draw a first screen the panel remembers. */
const databaseCode = () => import('../storage/db');
/** How long the database waits for a remembered first screen to be drawn (it is drawn in a few milliseconds). */
const FIRST_SCREEN_WAIT_MS = 200;

/** Empties, in place, every field of an item (or of a change) that holds the user's words. */
function forgetWords(record: object): void {
  for (const field of ITEM_TEXT_FIELDS) if (typeof (record as Record<string, unknown>)[field] === 'string') (record as Record<string, unknown>)[field] = '';
}

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

const describe = (error: unknown): string => (error instanceof Error ? `${error.name}: ${error.message}` : String(error));
const isQuotaError = (error: unknown): boolean =>
  error instanceof Error && (error.name === 'QuotaExceededError' || (error as { inner?: Error }).inner?.name === 'QuotaExceededError');

/**
 * The side panel's state: a few signals fed by Dexie live queries, and the actions the components call. Edits
 * are kept as drafts over the stored records until the database shows them committed, so the text under the
 * cursor never jumps back while a write is under way, and a failed write never loses what was typed.
 */
export function createStore(openDatabase: () => Promise<OpenedDatabase>, options: StoreOptions = {}) {
  /** The database, once open (start()); actions wait for it through `connection`. */
  let db: SamtaleDatabase | undefined;
  let readOnly = false;
  let liveQuery: typeof import('dexie').liveQuery;
  let resolveConnection: (db: SamtaleDatabase) => void = () => undefined;
  let rejectConnection: (error: unknown) => void = () => undefined;
  /** The open database, once start() has opened it (rejects if it cannot be opened). */
  const connection = new Promise<SamtaleDatabase>((resolve, reject) => {
    resolveConnection = resolve;
    rejectConnection = reject;
  });
  connection.catch(() => undefined);
  const ready = signal(false);
  const problem = signal<StoreProblem | null>(null);
  const saveState = signal<SaveState>({ kind: 'idle' });
  const route = signal<Route>(options.viewMemory?.load() ?? { name: 'home' });
  /** The user's own dialogues (the first screen's list), then every dialogue once read after the first screen. */
  const ownDialogueList = signal<Dialogue[]>([]);
  const allDialogueList = signal<Dialogue[] | null>(null);
  /** The manager's employees; null until read (after the first screen, with every dialogue). */
  const peopleList = signal<Person[] | null>(null);
  let readingEverything = false;
  let everythingWanted = false;
  const dialogues = computed(() => allDialogueList.value ?? ownDialogueList.value);
  const people = computed(() => peopleList.value ?? []);
  const everythingRead = computed(() => allDialogueList.value !== null && peopleList.value !== null);
  const preferences = signal<Preferences>(DEFAULT_PREFERENCES);
  const openDialogueRecord = signal<Dialogue | null>(null);
  const storedItems = signal<Item[]>([]);
  /** The dialogue whose items storedItems holds (until they arrive, the dialogue is not shown half empty). */
  const itemsOf = signal<string | null>(null);
  const previousDialogue = signal<{ dialogue: Dialogue; items: Item[] } | null>(null);
  /** The optional lock: off, locked (no key in memory) or unlocked. */
  const lockState = signal<'off' | 'locked' | 'unlocked'>('off');
  /** The lock's key: only here, in this panel's memory, and only while unlocked. */
  let key: CryptoKey | null = null;
  let autoLockTimer: ReturnType<typeof setTimeout> | undefined;
  /** The last items read from the database, still sealed, and a counter that discards stale decryptions. */
  let rawItems: Item[] = [];
  let rawPrevious: { dialogue: Dialogue; items: Item[] } | null = null;
  let readSequence = 0;
  /** Each draft's latest sealed form, ready for the background if the panel closes (lock on). */
  const sealedDrafts = new Map<string, { item: Item; changes: ItemChanges }>();
  /** What UiO's guide page said when last read, and the wording the user took from it, per language. */
  const guidePages = signal<Partial<Record<Language, GuidePageRecord['value']>>>({});
  const guideWording = signal<Partial<Record<Language, Record<string, string>>>>({});
  const policy = signal<ManagedPolicy>({});
  /** Counts guides arriving (lib/guide keeps them), so what shows a guide is computed again when one comes. */
  const guidesArrived = signal(0);
  const userHasSaved = signal(false);
  /** Whether the browser promised not to clear Samtale's storage under pressure (null: not known). */
  const persisted = signal<boolean | null>(null);
  /** Uncommitted edits by item id, with the item as it was when editing began (for items not yet stored). */
  const drafts = signal<ReadonlyMap<string, { base: Item; changes: ItemChanges }>>(new Map());
  /** The search over all notes, built on the first search (see lib/search/note-index.ts); dropped when the lock closes. */
  let noteIndex: NoteIndex | null = null;
  let noteIndexQueue: Promise<unknown> = Promise.resolve();
  /** When this panel last moved each dialogue's updatedAt. */
  const dialogueTouchedAt = new Map<string, number>();
  /** Ids given to items that exist only in memory until their first save, so each keeps its id across renders. */
  const unsavedIds = new Map<string, string>();

  const saver = new AutoSaver({
    debounceMs: options.debounceMs ?? 300,
    maxWaitMs: options.maxWaitMs ?? 1000,
    onState: (state) => {
      // Only a change of kind is news (each keystroke reports "pending" again; nothing should redraw for it).
      if (state.kind !== saveState.value.kind || state.kind === 'error') saveState.value = state;
      if (state.kind === 'error') {
        problem.value = { kind: 'saveFailed', detail: describe(state.error), quota: isQuotaError(state.error) };
      } else if (problem.value?.kind === 'saveFailed') {
        problem.value = null;
      }
    },
  });

  const subscriptions: Subscription[] = [];
  let stopped = false;
  /** A checked backup waiting for the user's confirmation. */
  /** A checked backup, fitted to the lock as it was then (a restore applies only under that same lock). */
  let pendingRestore: { data: import('../files/backup').BackupData; fittedTo: Preferences['lock'] } | null = null;
  let itemSubscription: Subscription | null = null;
  let dialogueSubscription: Subscription | null = null;
  let previousSubscription: Subscription | null = null;

  const showProblem = (error: unknown) => (problem.value = { kind: 'actionFailed', detail: describe(error) });

  /** The guide a dialogue is written in, once it has arrived (reactive: asks for it, and counts its arrival). */
  function guideOf(dialogue: Dialogue): GuideTemplate | undefined {
    void guidesArrived.value;
    return loadedGuide(dialogue.templateId, dialogue.language);
  }

  /** Fetches the guide a dialogue is written in; the dialogue shows once it is there. */
  function requireGuide(dialogue: Dialogue): void {
    if (loadedGuide(dialogue.templateId, dialogue.language)) return;
    loadGuide(dialogue.templateId, dialogue.language).then(() => guidesArrived.value++, showProblem);
  }

  /** The open dialogue's guide, with UiO's wording and the institution's links: a new object only when those change. */
  const openGuide = computed(() => {
    const dialogue = openDialogueRecord.value;
    const bundled = dialogue && guideOf(dialogue);
    return dialogue && bundled ? withPolicyLinks(withWording(bundled, guideWording.value[dialogue.language]), policy.value) : null;
  });

  const openPrevious = computed(() => {
    const dialogue = openDialogueRecord.value;
    const record = dialogue && previousDialogue.value?.dialogue.id === dialogue.previousDialogueId ? previousDialogue.value : null;
    const guide = record && guideOf(record.dialogue);
    return record && guide ? { ...record, guide } : null;
  });

  /** The items as shown last, kept when what the database now says is the same (a write of what is on screen). */
  let shownOpen: OpenDialogue | null = null;

  const openDialogue: ReadonlySignal<OpenDialogue | null> = computed(() => {
    const dialogue = openDialogueRecord.value;
    const guide = openGuide.value;
    if (!dialogue || !guide || itemsOf.value !== dialogue.id) return (shownOpen = null);
    const pendingDrafts = drafts.value;
    const stored = storedItems.value.filter((item) => item.dialogueId === dialogue.id);
    const storedIds = new Set(stored.map((item) => item.id));
    const merged = stored.map((item) => {
      const draft = pendingDrafts.get(item.id);
      return draft ? ({ ...item, ...draft.changes } as Item) : item;
    });
    for (const [id, draft] of pendingDrafts) {
      if (!storedIds.has(id) && draft.base.dialogueId === dialogue.id) merged.push({ ...draft.base, ...draft.changes } as Item);
    }
    merged.sort((a, b) => compareCodeUnits(a.createdAt, b.createdAt));
    const previous = openPrevious.value;
    // A committed write changes only updatedAt of what is on screen: keeping the same object spares the panel a
    // redraw of the whole dialogue after every save (which a keystroke arriving then would wait for).
    if (shownOpen && shownOpen.dialogue === dialogue && shownOpen.guide === guide && shownOpen.previous === previous && sameItems(shownOpen.items, merged)) return shownOpen;
    return (shownOpen = { dialogue, guide, items: merged, previous });
  });

  /** Drops drafts the database now shows committed; keeps any with a newer edit or a failed write. */
  function reconcileDrafts(stored: Item[]): void {
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
      if (Object.keys(remaining).length === 0) next.delete(id);
      else next.set(id, { base: draft.base, changes: remaining });
    }
    if (changed) drafts.value = next;
  }

  /** Items as the panel shows them: opened with the key when sealed (without it, their words stay hidden). */
  async function readable(items: Item[]): Promise<Item[]> {
    if (!key || !items.some((item) => item.sealed)) return items;
    const k = key;
    const { unsealItem } = await lockCode();
    return Promise.all(items.map((item) => unsealItem(k, item).catch(() => item)));
  }

  function showItems(items: Item[], dialogueId: string | null = itemsOf.value): void {
    rawItems = items;
    const sequence = ++readSequence;
    void readable(items).then((plain) => {
      if (sequence !== readSequence) return;
      batch(() => {
        storedItems.value = plain;
        itemsOf.value = dialogueId;
        reconcileDrafts(plain);
      });
    });
  }

  function showPrevious(value: { dialogue: Dialogue; items: Item[] } | null): void {
    rawPrevious = value;
    if (!value) return void (previousDialogue.value = null);
    requireGuide(value.dialogue);
    void readable(value.items).then((items) => {
      if (rawPrevious === value) previousDialogue.value = { dialogue: value.dialogue, items };
    });
  }

  function watchDialogue(dialogueId: string | null): void {
    itemSubscription?.unsubscribe();
    dialogueSubscription?.unsubscribe();
    previousSubscription?.unsubscribe();
    itemSubscription = dialogueSubscription = previousSubscription = null;
    if (!dialogueId) {
      batch(() => {
        openDialogueRecord.value = null;
        storedItems.value = [];
        itemsOf.value = null;
        previousDialogue.value = null;
      });
      return;
    }
    // Before the database has opened, start() watches the dialogue of the route it finds then.
    if (!db) return;
    const database = db;
    dialogueSubscription = liveQuery(() => database.dialogues.get(dialogueId)).subscribe({
      next: (dialogue) => {
        if (dialogue?.previousDialogueId && dialogue.previousDialogueId !== openDialogueRecord.value?.previousDialogueId) watchPrevious(dialogue.previousDialogueId);
        if (dialogue) requireGuide(dialogue);
        openDialogueRecord.value = dialogue ?? null;
        if (!dialogue && 'dialogueId' in route.value) navigate({ name: 'home' });
      },
      error: showProblem,
    });
    itemSubscription = liveQuery(() => database.items.where('dialogueId').equals(dialogueId).toArray()).subscribe({
      next: (items) => showItems(items, dialogueId),
      error: showProblem,
    });
  }

  function watchPrevious(previousId: string): void {
    previousSubscription?.unsubscribe();
    const database = db!;
    previousSubscription = liveQuery(async () => {
      const dialogue = await database.dialogues.get(previousId);
      return dialogue ? { dialogue, items: await database.items.where('dialogueId').equals(previousId).toArray() } : null;
    }).subscribe({ next: showPrevious });
  }

  function navigate(next: Route): void {
    const previousDialogue = 'dialogueId' in route.value ? route.value.dialogueId : null;
    const nextDialogue = 'dialogueId' in next ? next.dialogueId : null;
    route.value = next;
    options.viewMemory?.save(next);
    if (previousDialogue !== nextDialogue || (nextDialogue && !openDialogueRecord.value)) watchDialogue(nextDialogue);
  }

  /** Runs a write once the database is open (never on a read-only one); a failure shows as a problem. */
  async function guard<T>(action: (db: SamtaleDatabase) => Promise<T>): Promise<T | undefined> {
    let database: SamtaleDatabase;
    try {
      database = await connection;
    } catch {
      // The problem shown is that the database did not open.
      return undefined;
    }
    if (readOnly) {
      problem.value = { kind: 'readOnly' };
      return undefined;
    }
    try {
      return await action(database);
    } catch (error) {
      showProblem(error);
      return undefined;
    }
  }

  /** The first screen's records as last shown from the database (what firstScreenMemory keeps). */
  const shownRecords: Partial<FirstScreenRecords> = {};
  let rememberTimer: ReturnType<typeof setTimeout> | undefined;
  /** Keeps the first screen's records for the next panel, once all are in (one write for changes close together). */
  function rememberFirstScreen(): void {
    const memory = options.firstScreenMemory;
    if (!memory || readOnly) return;
    clearTimeout(rememberTimer);
    rememberTimer = setTimeout(() => {
      const { ownDialogues, guideRecords, preferences } = shownRecords;
      if (ownDialogues && guideRecords && preferences !== undefined) memory.save({ ownDialogues, guideRecords, preferences });
    }, 0);
  }

  function showOwnDialogues(list: Dialogue[]): void {
    shownRecords.ownDialogues = list;
    ownDialogueList.value = sortDialogues(list);
  }

  function showGuideRecords(records: SettingsRecord[]): void {
    shownRecords.guideRecords = records;
    const pages: Partial<Record<Language, GuidePageRecord['value']>> = {};
    const wording: Partial<Record<Language, Record<string, string>>> = {};
    for (const record of records) {
      const [kind, language] = record.key.split(':') as [string, Language];
      if (kind === 'guidePage') pages[language] = (record as GuidePageRecord).value;
      if (kind === 'guideWording') wording[language] = (record as GuideWordingRecord).value;
    }
    batch(() => {
      guidePages.value = pages;
      guideWording.value = wording;
    });
  }

  function showPreferences(record: Partial<Preferences> | null): void {
    shownRecords.preferences = record;
    userHasSaved.value = record !== null;
    preferences.value = { ...DEFAULT_PREFERENCES, ...record };
    lockState.value = preferences.value.lock ? (key ? 'unlocked' : 'locked') : 'off';
  }

  /**
   * The first screen from memory, when there is one to show: not with an institution's policy remembered (it
   * may set the language, and the first screen must not change its words) nor for a reopened dialogue (that
   * needs the dialogue's notes).
   */
  function showRemembered(): boolean {
    const remembered = options.firstScreenMemory?.load();
    if (!remembered || 'dialogueId' in route.value || (typeof rememberedPolicy === 'object' && rememberedPolicy !== null)) return false;
    batch(() => {
      showOwnDialogues(remembered.ownDialogues);
      showGuideRecords(remembered.guideRecords);
      showPreferences(remembered.preferences);
      ready.value = true;
    });
    return true;
  }
  /** The institution's policy as the last panel read it (read once: the first screen and start() both need it). */
  const rememberedPolicy = options.policyMemory?.load();
  const shownFromMemory = showRemembered();
  let firstScreenDrawn: () => void = () => undefined;
  const drawn = shownFromMemory
    ? new Promise<void>((resolve) => {
        firstScreenDrawn = resolve;
        setTimeout(resolve, FIRST_SCREEN_WAIT_MS);
      })
    : Promise.resolve();

  async function start(): Promise<void> {
    let opened: OpenedDatabase;
    let code: typeof import('../storage/db');
    try {
      // Dexie's code and IndexedDB's first use take longer than drawing the remembered screen: they come second.
      await drawn;
      [opened, code] = await Promise.all([openDatabase(), databaseCode()]);
      await opened.db.open();
      ({ readOnly } = opened);
      liveQuery = code.liveQuery;
      db = opened.db;
      resolveConnection(db);
      performance.mark('samtale:database-open');
    } catch (error) {
      problem.value = { kind: 'databaseUnavailable', detail: describe(error) };
      rejectConnection(error);
      return;
    }
    const database = db;
    // The panel is ready when every first answer is in: a first screen never shows an empty list that fills.
    const firstAnswers: Array<Promise<void>> = [];
    const watch = <T>(query: () => T | Promise<T>, next: (value: T) => void): Subscription => {
      let answered: () => void = () => undefined;
      firstAnswers.push(new Promise<void>((resolve) => (answered = resolve)));
      return liveQuery(query).subscribe({
        next: (value) => {
          next(value);
          answered();
          rememberFirstScreen();
        },
        error: (error) => {
          showProblem(error);
          answered();
        },
      });
    };
    subscriptions.push(
      watch(() => code.ownDialogues(database), showOwnDialogues),
      watch(() => database.settings.where('key').startsWith('guide').toArray(), showGuideRecords),
      watch(() => code.readPreferences(database), showPreferences),
    );
    void globalThis.navigator?.storage?.persist?.().then((granted) => (persisted.value = granted), () => undefined);
    // The browser can take seconds to give the managed policy after it starts: the panel does not wait. It
    // applies the policy it saw last at once, and the current one when it comes.
    const applyPolicy = async (raw: unknown) => {
      // Zod is loaded only when there is a policy to read.
      if (raw && typeof raw === 'object' && Object.keys(raw).length > 0) policy.value = (await import('../extension/managed-policy')).parsePolicy(raw);
      else policy.value = {};
    };
    if (rememberedPolicy) await applyPolicy(rememberedPolicy).catch(() => undefined);
    if (options.loadPolicy) {
      options
        .loadPolicy()
        .then(async (raw) => {
          options.policyMemory?.save(raw ?? null);
          await applyPolicy(raw);
        })
        .catch(() => undefined);
    }
    const current = route.value;
    if ('dialogueId' in current) {
      const exists = await database.dialogues.get(current.dialogueId);
      if (exists) watchDialogue(current.dialogueId);
      else navigate({ name: 'home' });
    }
    await Promise.all(firstAnswers);
    performance.mark('samtale:data');
    if (readOnly) problem.value = { kind: 'readOnly' };
    ready.value = true;
    if (everythingWanted) readEverything();
    // A manager's employees and all their dialogues (hundreds) are read once the first screen is drawn (or at
    // once when a view needs them first).
    const afterFirstScreen = globalThis.requestIdleCallback ?? ((callback: () => void) => setTimeout(callback, 0));
    afterFirstScreen(
      () => {
        readEverything();
        void itemWriteCode();
      },
      { timeout: 300 },
    );
  }

  /** Starts watching every dialogue and the manager's employees (`everythingRead` says when both are in). */
  function readEverything(): void {
    if (readingEverything || stopped) return;
    // Asked for before the database has opened: start() reads it then.
    if (!db) return void (everythingWanted = true);
    const database = db;
    readingEverything = true;
    subscriptions.push(
      liveQuery(() => database.dialogues.toArray()).subscribe({ next: (list) => (allDialogueList.value = sortDialogues(list)), error: showProblem }),
      liveQuery(() => database.people.toArray()).subscribe({ next: (list) => (peopleList.value = [...list].sort((a, b) => a.name.localeCompare(b.name))), error: showProblem }),
    );
  }

  function stop(): void {
    stopped = true;
    for (const subscription of subscriptions) subscription.unsubscribe();
    watchDialogue(null);
  }

  /** The item that holds a kind of text for a topic (or question), in memory until something is typed in it. */
  function singleItem<K extends 'answer' | 'selfAssessment' | 'conclusion' | 'meetingNote' | 'review'>(
    kind: K,
    topicId: string,
    extras: Omit<NewItem<K>, 'kind' | 'dialogueId' | 'topicId'>,
    key: string,
  ): Item {
    const current = openDialogue.value;
    if (!current) throw new Error('No dialogue is open');
    // Answers are one per question and reviews one per reviewed plan item; the others one per topic.
    const keyOf = (item: Item) => (item.kind === 'answer' ? item.questionId : item.kind === 'review' ? item.reviewedItemId : item.topicId);
    const found = current.items.find((item) => item.kind === kind && item.topicId === topicId && keyOf(item) === key);
    if (found) return found;
    const memoryKey = `${current.dialogue.id}:${kind}:${key}`;
    let id = unsavedIds.get(memoryKey);
    if (!id) unsavedIds.set(memoryKey, (id = crypto.randomUUID()));
    return buildItem({ kind, dialogueId: current.dialogue.id, topicId, ...extras } as NewItem<K>, id);
  }

  /** Writes an item's changes; under the lock, its words only as ciphertext. */
  async function persist(item: Item, changes: ItemChanges): Promise<void> {
    const touchDialogue = Date.now() - (dialogueTouchedAt.get(item.dialogueId) ?? 0) > DIALOGUE_TOUCH_INTERVAL_MS;
    const { saveItem } = itemWriteCode.peek() ?? (await itemWriteCode());
    // Nothing is typed before a dialogue is open, which is after the database opened.
    const database = await connection;
    if (lockState.value === 'off') {
      await saveItem(database, item, changes, { touchDialogue });
    } else {
      if (!key) throw new Error('Samtale is locked');
      const current = storedItems.value.find((stored) => stored.id === item.id) ?? item;
      const { sealChanges } = await lockCode();
      await saveItem(database, item, await sealChanges(key, current, changes), { touchDialogue });
    }
    if (touchDialogue) dialogueTouchedAt.set(item.dialogueId, Date.now());
    // This panel's own writes reach its search at once; another panel's, through the dialogue's updatedAt.
    noteIndex?.forget(item.dialogueId);
  }

  /**
   * The panel stores only what a backup restores and a shared file carries (lib/domain/values.ts): a value the
   * rules refuse is not written, and the user is told why. A later accepted value clears that message.
   */
  function refused(found: ValueProblem | null): boolean {
    if (!found) {
      const kind = problem.value?.kind;
      if (kind === 'textTooLong' || kind === 'badDate' || kind === 'badTime') problem.value = null;
      return false;
    }
    problem.value = found.kind === 'tooLong' ? { kind: 'textTooLong', limit: found.limit } : { kind: found.kind };
    return true;
  }

  function editItem(item: Item, changes: ItemChanges): boolean {
    if (readOnly) {
      problem.value = { kind: 'readOnly' };
      return false;
    }
    if (lockState.value === 'locked') return false;
    if (refused(itemChangeProblem(changes))) return false;
    const existing = drafts.value.get(item.id);
    const merged = { base: existing?.base ?? item, changes: { ...existing?.changes, ...changes } };
    const next = new Map(drafts.value);
    next.set(item.id, merged);
    drafts.value = next;
    saver.schedule(item.id, () => persist(merged.base, drafts.value.get(item.id)?.changes ?? merged.changes));
    if (key) {
      const k = key;
      const current = storedItems.value.find((stored) => stored.id === item.id) ?? merged.base;
      void lockCode()
        .then(({ sealChanges }) => sealChanges(k, current, merged.changes))
        .then((sealedChanges) => sealedDrafts.set(item.id, { item: { ...merged.base, text: '' } as Item, changes: sealedChanges }));
    }
    noteActivity();
    return true;
  }

  async function addItem<K extends ItemKind>(fields: NewItem<K>): Promise<Item | undefined> {
    const item = buildItem(fields);
    return guard(async (db) => {
      await (await itemWriteCode()).saveItem(db, item, {});
      return item;
    });
  }

  async function removeItem(id: string): Promise<void> {
    await saver.flush();
    const next = new Map(drafts.value);
    next.delete(id);
    drafts.value = next;
    await guard(async (db) => (await itemWriteCode()).deleteItem(db, id));
  }

  /** Tries again every edit the database does not show yet (after a failed write). */
  function retrySaving(): void {
    for (const [id, draft] of drafts.value) {
      saver.schedule(id, () => persist(draft.base, drafts.value.get(id)?.changes ?? draft.changes));
    }
  }

  /** Edits the database does not show yet, for a last write by the background when the panel closes. */
  function pendingDrafts(): Array<{ item: Item; changes: ItemChanges }> {
    // Under the lock only sealed words may leave the panel, even for the background.
    if (lockState.value !== 'off') return [...drafts.value.keys()].flatMap((id) => sealedDrafts.get(id) ?? []);
    return [...drafts.value.values()].map((draft) => ({ item: draft.base, changes: draft.changes }));
  }

  function noteActivity(): void {
    clearTimeout(autoLockTimer);
    if (lockState.value !== 'unlocked') return;
    autoLockTimer = setTimeout(() => void lockNow(), preferences.value.autoLockMinutes * 60_000);
  }

  /** Seals whatever is still plain text in the database (imported, restored or written before the lock). */
  async function sealPlaintext(db: SamtaleDatabase): Promise<void> {
    if (!key || lockState.value === 'off') return;
    const k = key;
    const { hasPlaintext, rewriteAllItems, sealItem } = await lockCode();
    await rewriteAllItems(db, (item) => (hasPlaintext(item) ? sealItem(k, item) : Promise.resolve(item)));
  }

  options.lockSignal?.listen(() => void lockNow({ announce: false }));

  async function lockNow({ announce = true }: { announce?: boolean } = {}): Promise<void> {
    if (announce && lockState.value === 'unlocked') options.lockSignal?.announce();
    await saver.flush();
    key = null;
    noteIndex = null;
    // The queue's last promise holds the index it resolved to (the lower-case copy of every note): let it go too.
    noteIndexQueue = Promise.resolve();
    clearTimeout(autoLockTimer);
    sealedDrafts.clear();
    // Decryptions still under way are dropped; so are the words in memory, once they are safely written.
    readSequence++;
    // A component's closure from an earlier render may still hold an item it drew: the decrypted objects are
    // emptied in place, so no such reference keeps a note's words alive (a heap snapshot after locking finds
    // none: tests/e2e/lock-memory.test.ts).
    if (saveState.value.kind !== 'error') {
      const stored = new Set<Item>([...rawItems, ...(rawPrevious?.items ?? [])]);
      for (const item of [...storedItems.value, ...(shownOpen?.items ?? []), ...(previousDialogue.value?.items ?? [])]) if (!stored.has(item)) forgetWords(item);
      for (const draft of drafts.value.values()) forgetWords(draft.changes);
    }
    batch(() => {
      if (saveState.value.kind !== 'error') drafts.value = new Map();
      lockState.value = lockState.value === 'off' ? 'off' : 'locked';
      storedItems.value = rawItems;
      previousDialogue.value = rawPrevious;
    });
  }

  /** Brings the search index up to date (built on first use), one caller at a time. */
  function currentNoteIndex(): Promise<NoteIndex> {
    const run = async () => {
      const { NoteIndex } = await import('../search/note-index');
      const index = (noteIndex ??= new NoteIndex());
      await index.sync(await connection, dialogues.value, readable);
      return index;
    };
    const next = noteIndexQueue.then(run, run);
    noteIndexQueue = next;
    return next;
  }

  const lock = {
    state: lockState as ReadonlySignal<'off' | 'locked' | 'unlocked'>,
    noteActivity,
    lockNow: () => lockNow(),
    /** Turns the lock on: every item's words are sealed with a key from the passphrase, in one transaction. */
    async enable(passphrase: string): Promise<boolean> {
      if (readOnly || preferences.value.lock) return false;
      await saver.flush();
      const { createLock, hasPlaintext, rewriteAllItems, sealItem } = await lockCode();
      const created = await createLock(passphrase);
      const done = await guard((db) =>
        rewriteAllItems(
          db,
          (item) => (hasPlaintext(item) ? sealItem(created.key, item) : Promise.resolve(item)),
          () => db.settings.put({ key: 'preferences', value: { ...preferences.value, lock: created.settings } }).then(() => undefined),
        ).then(() => true),
      );
      if (!done) return false;
      key = created.key;
      lockState.value = 'unlocked';
      noteActivity();
      return true;
    },
    /** Opens the lock; a wrong passphrase changes nothing. */
    async unlock(passphrase: string): Promise<boolean> {
      const settings = preferences.value.lock;
      if (!settings) return true;
      const { unlockKey } = await lockCode();
      const unlocked = await unlockKey(settings, passphrase);
      if (!unlocked) return false;
      key = unlocked;
      lockState.value = 'unlocked';
      showItems(rawItems);
      showPrevious(rawPrevious);
      noteActivity();
      if (!readOnly) await guard(sealPlaintext);
      return true;
    },
    /** Turns the lock off (while open): every item's words are written back as plain text. */
    async disable(): Promise<boolean> {
      if (!key || readOnly) return false;
      await saver.flush();
      const k = key;
      const { rewriteAllItems, unsealItem } = await lockCode();
      const done = await guard((db) =>
        rewriteAllItems(
          db,
          (item) => (item.sealed ? unsealItem(k, item) : Promise.resolve(item)),
          () => db.settings.put({ key: 'preferences', value: { ...preferences.value, lock: null } }).then(() => undefined),
        ).then(() => true),
      );
      if (!done) return false;
      key = null;
      clearTimeout(autoLockTimer);
      lockState.value = 'off';
      return true;
    },
  };

  return {
    lock,
    pendingDrafts,
    ready: ready as ReadonlySignal<boolean>,
    problem: problem as ReadonlySignal<StoreProblem | null>,
    saveState: saveState as ReadonlySignal<SaveState>,
    route: route as ReadonlySignal<Route>,
    /** Every dialogue (until read after the first screen: the user's own). */
    dialogues: dialogues as ReadonlySignal<Dialogue[]>,
    /** Whether every dialogue and the manager's employees have been read (the manager's views wait for it). */
    everythingRead: everythingRead as ReadonlySignal<boolean>,
    readEverything,
    people: people as ReadonlySignal<Person[]>,
    guidePages: guidePages as ReadonlySignal<Partial<Record<Language, GuidePageRecord['value']>>>,
    guideWording: guideWording as ReadonlySignal<Partial<Record<Language, Record<string, string>>>>,
    /** Searches every note of every dialogue (nothing while the lock is closed). */
    async searchNotes(query: string): Promise<SearchResult> {
      const nothing: SearchResult = { query, total: 0, hits: [] };
      const locked = () => lockState.value === 'locked';
      if (locked()) return nothing;
      try {
        const index = await currentNoteIndex();
        // The lock may have closed while the index was read.
        return locked() ? nothing : index.search(query);
      } catch (error) {
        showProblem(error);
        return nothing;
      }
    },
    /** Starts building the search index before the first search (when the search field is shown). */
    prepareSearch(): void {
      if (lockState.value !== 'locked') currentNoteIndex().catch(() => undefined);
    },
    /** Differences of UiO's page the user has not chosen for yet. */
    pendingWording(language: Language): GuidePageDifference[] {
      const chosen = guideWording.value[language] ?? {};
      return (guidePages.value[language]?.differences ?? []).filter((difference) => chosen[difference.questionId] === undefined);
    },
    /** Takes UiO's wording for these questions (or, with keep, goes back to Samtale's). */
    async useGuideWording(language: Language, wording: Record<string, string>): Promise<void> {
      await guard((db) => db.settings.put({ key: `guideWording:${language}`, value: { ...guideWording.value[language], ...wording } }));
    },
    persisted: persisted as ReadonlySignal<boolean | null>,
    /** The preferences as they apply, the institution's policy included. */
    preferences: computed(() => effectivePreferences(preferences.value, userHasSaved.value, policy.value)) as ReadonlySignal<Preferences>,
    policy: policy as ReadonlySignal<ManagedPolicy>,
    openDialogue,
    start,
    /** The interface says its first screen is on screen (the database, if waiting for that, opens now). */
    firstScreenDrawn: () => firstScreenDrawn(),
    stop,
    navigate,
    dismissProblem: () => (problem.value = null),
    flush: () => saver.flush(),
    retrySaving,
    singleItem,
    editItem,
    addItem,
    removeItem,
    async createDialogue(input: NewDialogueInput): Promise<void> {
      if (refused(recordValueProblem(input))) return;
      const dialogue = await guard((db) => createDialogue(db, input));
      if (dialogue) navigate({ name: 'dialogue', dialogueId: dialogue.id, topicIndex: 0 });
    },
    async deleteDialogue(id: string): Promise<void> {
      await saver.flush();
      if ('dialogueId' in route.value && route.value.dialogueId === id) navigate({ name: 'home' });
      await guard((db) => deleteDialogue(db, id));
    },
    async updateDialogue(id: string, changes: Parameters<typeof updateDialogue>[2]): Promise<void> {
      if (refused(recordValueProblem(changes))) return;
      await guard((db) => updateDialogue(db, id, changes));
    },
    async markQuestion(dialogueId: string, questionId: string, marked: boolean): Promise<void> {
      await guard((db) => setQuestionMarked(db, dialogueId, questionId, marked));
    },
    async savePerson(person: Pick<Person, 'name' | 'staffCategory' | 'turned60'> & { id?: string }): Promise<string | undefined> {
      if (refused(recordValueProblem(person))) return undefined;
      const { savePerson } = await managerCode();
      return guard((db) => savePerson(db, person));
    },
    async deletePerson(id: string): Promise<void> {
      await saver.flush();
      const { deletePerson } = await managerCode();
      await guard((db) => deletePerson(db, id));
      if (route.value.name === 'person' && route.value.personId === id) navigate({ name: 'people' });
    },
    /** The manager plans a dialogue with one of their employees. */
    async planDialogue(input: NewDialogueInput & Pick<Dialogue, 'plannedTime' | 'durationMinutes' | 'place'>): Promise<void> {
      if (refused(recordValueProblem(input))) return;
      const dialogue = await guard(async (db) => {
        const created = await createDialogue(db, input);
        await updateDialogue(db, created.id, { plannedTime: input.plannedTime, durationMinutes: input.durationMinutes, place: input.place });
        return created;
      });
      if (dialogue) navigate({ name: 'dialogue', dialogueId: dialogue.id, topicIndex: 0 });
    },
    async importItems(dialogueId: string, items: Item[]): Promise<boolean> {
      const { applyImport } = await import('../files/share');
      const done = (await guard(async (db) => (await applyImport(db, dialogueId, items), true))) ?? false;
      if (done) await guard(sealPlaintext);
      return done;
    },
    async setTopicCovered(dialogueId: string, topicId: string, covered: boolean): Promise<void> {
      const { setTopicCovered } = await managerCode();
      await guard((db) => setTopicCovered(db, dialogueId, topicId, covered));
    },
    async setMeetingClock(dialogueId: string, running: boolean): Promise<void> {
      const { setMeetingClock } = await managerCode();
      await guard((db) => setMeetingClock(db, dialogueId, running));
    },
    async acknowledge(dialogueId: string, party: 'employee' | 'manager', acknowledgement: { name: string; date: string } | null): Promise<void> {
      if (acknowledgement && refused(recordValueProblem(acknowledgement))) return;
      const { acknowledgePlan } = await managerCode();
      await guard((db) => acknowledgePlan(db, dialogueId, party, acknowledgement));
    },
    /** A backup of everything, as the text of the file; remembers when, for the backup reminder. */
    async backup(passphrase: string | null): Promise<string | undefined> {
      await saver.flush();
      const { createBackup } = await import('../files/backup');
      let text: string;
      try {
        text = await createBackup(await connection, passphrase);
      } catch (error) {
        showProblem(error);
        return undefined;
      }
      // A read-only database still gives its backup; only the date of it is not written there.
      if (!readOnly) await guard((db) => db.settings.put({ key: 'preferences', value: { ...preferences.value, lastBackupAt: new Date().toISOString() } }));
      return text;
    },
    /** Checks a backup and fits it to this browser's lock (which a restore never changes); nothing is written yet. */
    async checkRestore(text: string, passphrase: string | null, lockPassphrase: string | null = null, restoreTheRest = false) {
      const { fitRestoreToLock, parseBackup, planRestore } = await import('../files/backup');
      pendingRestore = null;
      const parsed = await parseBackup(text, passphrase);
      // A backup damaged in some records: its valid rest is restored only when the user asks for it.
      if (!parsed.ok && !(parsed.salvage && restoreTheRest)) return { ok: false as const, problem: parsed.problem, leftOut: parsed.salvage?.leftOut };
      const data = parsed.ok ? parsed.data : parsed.salvage!.data;
      const leftOut = parsed.ok ? [] : parsed.salvage!.leftOut;
      const fitted = await fitRestoreToLock(data, { lock: preferences.value.lock, key }, lockPassphrase);
      if (!fitted.ok) return { ok: false as const, problem: fitted.problem, leftOut: undefined };
      pendingRestore = { data: fitted.data, fittedTo: preferences.value.lock };
      return { ok: true as const, plan: await planRestore(await connection, fitted.data), lock: fitted.lock, leftOut };
    },
    async applyRestore(): Promise<boolean> {
      if (!pendingRestore) return false;
      const { data, fittedTo } = pendingRestore;
      await saver.flush();
      const { applyRestore } = await import('../files/backup');
      // Fitted to this browser's lock when checked (checkRestore): a lock turned on or off since refuses it.
      if (JSON.stringify(fittedTo) !== JSON.stringify(preferences.value.lock)) {
        pendingRestore = null;
        return false;
      }
      const done = await guard(async (db) => (await applyRestore(db, data), true));
      pendingRestore = null;
      // A restored dialogue may keep its updatedAt with other notes: the index starts again.
      noteIndex = null;
      return done ?? false;
    },
    async deleteAllData(): Promise<boolean> {
      await saver.flush();
      drafts.value = new Map();
      const { deleteAllData } = await import('../files/backup');
      const done = await guard(async (db) => (await deleteAllData(db), true));
      key = null;
      noteIndex = null;
      if ('dialogueId' in route.value || 'personId' in route.value) navigate({ name: 'home' });
      return done ?? false;
    },
    async savePreferences(changes: Partial<Preferences>): Promise<void> {
      if (refused(recordValueProblem(changes))) return;
      await guard((db) => db.settings.put({ key: 'preferences', value: { ...preferences.value, ...changes } }));
    },
  };
}

export type Store = ReturnType<typeof createStore>;
