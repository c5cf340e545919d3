import { batch, signal, type ReadonlySignal } from '@preact/signals';
import { loadOnce } from '../load-once';
import type { OpenedDatabase } from '../storage/db';
import { createConnection } from './connection';
import { createDrafts } from './drafts';
import { createWindowConflicts } from './window-conflicts';
import type { createFiles } from './files';
import { createFirstScreen, type FirstScreenRecords } from './first-screen';
import { createLockSession } from './lock-session';
import { createOpenDialogue } from './open-dialogue';
import { createPreferences } from './preferences';
import { createProblems } from './problems';
import { createRecords } from './records';
import type { Exchange } from './exchange';
import { createRouter, dialogueOf, type Route } from './router';
import { startPanel } from './startup';

type Files = ReturnType<typeof createFiles>;

export interface StoreOptions {
  /** The institution's policy (`storage.managed`), as the browser gives it; parsed before use. */
  loadPolicy?: () => Promise<unknown>;
  /** The policy as last read (the browser is slow to give it right after it starts). */
  policyMemory?: { load(): unknown; save(raw: unknown): void };
  debounceMs?: number;
  maxWaitMs?: number;
  /** Remembers where the user was, so a reopened panel continues there. */
  viewMemory?: { load(): Route | null; save(route: Route): void };
  /** The first screen's records as the database last gave them (see lib/state/first-screen.ts). */
  firstScreenMemory?: { load(): FirstScreenRecords | null; save(records: FirstScreenRecords): void };
  /** Tells the other open panels that this one locked, and hears when one of them did (a lock locks them all). */
  lockSignal?: { announce(): void; listen(onLocked: () => void): void };
}

/**
 * The side panel's state, composed of slices (each in its own file, each given what it needs): the problem
 * shown, the database connection, the route, the preferences, the lock session, the records, the open
 * dialogue, the drafts, the note search, the files and the first screen. This function only wires them
 * together and starts them; the components see one `Store`.
 */
export function createStore(openDatabase: () => Promise<OpenedDatabase>, options: StoreOptions = {}) {
  const problems = createProblems();
  const connection = createConnection({ openDatabase, problems });
  const ready = signal(false);

  const router = createRouter({
    viewMemory: options.viewMemory,
    showDialogue: (dialogueId) => openDialogue.watch(dialogueId),
    dialogueShown: () => openDialogue.recordShown(),
  });
  const preferences = createPreferences({
    connection,
    problems,
    loadPolicy: options.loadPolicy,
    policyMemory: options.policyMemory,
    lockSettingsShown: (settings) => lock.settingsShown(settings),
  });
  const lock = createLockSession({
    connection,
    preferences,
    lockSignal: options.lockSignal,
    flushDrafts: () => drafts.flush(),
    readAgain: () => openDialogue.readAgain(),
    readStored: () => openDialogue.readStored(),
    // Under the lock, no copy of the words stays in memory: the search index, the shown items, the drafts.
    forgetWords: () => {
      search.reset();
      openDialogue.forgetWords(!drafts.failed());
      drafts.forgetWords();
    },
  });
  const records = createRecords({
    connection,
    problems,
    navigate: router.navigate,
    leave: router.leave,
    flushDrafts: () => drafts.flush(),
  });
  const conflicts = createWindowConflicts({ readable: lock.readable, storedRaw: (id) => openDialogue.storedRaw(id) });
  const drafts = createDrafts({
    connection,
    problems,
    lock,
    openDialogue: { current: () => openDialogue.view.value, storedItem: (id) => openDialogue.storedItem(id), storedRaw: (id) => openDialogue.storedRaw(id) },
    conflicts,
    written: (dialogueId) => search.forgetDialogue(dialogueId),
    debounceMs: options.debounceMs,
    maxWaitMs: options.maxWaitMs,
  });
  const openDialogue = createOpenDialogue({
    connection,
    problems,
    readable: lock.readable,
    drafts: drafts.drafts,
    reconcileDrafts: drafts.reconcile,
    guideWording: preferences.guideWording,
    policy: preferences.policy,
    gone: (dialogueId) => {
      // Deleted in another panel while this one shows it: what was typed here is kept on screen to copy.
      drafts.dialogueDeleted(dialogueId);
      if (dialogueOf(router.route.value)) router.navigate({ name: 'home' });
    },
  });
  // The note search: made, with its code, on the first search (or when the search field is shown).
  const noteSearch = loadOnce((_: void) =>
    import('./note-search').then((code) => code.createNoteSearch({ connection, problems, dialogues: records.dialogues, readable: lock.readable, locked: () => lock.state.value === 'locked' })),
  );
  /** What the other slices ask of the search: nothing to do before it exists. */
  const search = {
    reset: () => noteSearch.peek()?.reset(),
    forgetDialogue: (dialogueId: string) => noteSearch.peek()?.forgetDialogue(dialogueId),
  };
  // The backup, the restore and deleting everything: made, with their code, when first used (not for the first screen).
  const files = loadOnce((_: void) => import('./files').then((code) => code.createFiles({ connection, problems, drafts, preferences, lock, search, router })));
  // Taking in a file from the other party: made, with its code, when first used.
  const exchange = loadOnce((_: void) => import('./exchange').then((code) => code.createExchange({ connection, lock, flushDrafts: () => drafts.flush() })));
  const firstScreen = createFirstScreen({
    connection,
    problems,
    memory: options.firstScreenMemory,
    show: { ownDialogues: records.showOwnDialogues, guideRecords: preferences.showGuideRecords, preferences: preferences.show },
  });

  // The first screen from memory, when there is one to show: not with an institution's policy remembered (it
  // may set the language, and the first screen must not change its words) nor for a reopened dialogue (that
  // needs the dialogue's notes).
  if (!dialogueOf(router.route.value) && !preferences.policyRemembered) {
    batch(() => {
      if (firstScreen.showRemembered()) ready.value = true;
      else if (router.route.value.name === 'home') firstScreen.afterFirstPaint();
    });
  }

  return {
    ready: ready as ReadonlySignal<boolean>,
    start: () => startPanel({ problems, connection, router, preferences, records, openDialogue, firstScreen, ready }),
    /** The interface says its first screen is on screen (the database, if waiting for that, opens now). */
    firstScreenDrawn: firstScreen.drawnNow,
    stop(): void {
      records.stop();
      firstScreen.stop();
      openDialogue.watch(null);
    },
    problem: problems.problem,
    dismissProblem: problems.dismiss,
    route: router.route,
    navigate: router.navigate,

    preferences: preferences.effective,
    policy: preferences.policy,
    persisted: preferences.persisted,
    guidePages: preferences.guidePages,
    guideWording: preferences.guideWording,
    pendingWording: preferences.pendingWording,
    useGuideWording: preferences.useGuideWording,
    savePreferences: preferences.save,

    lock: { state: lock.state, noteActivity: lock.noteActivity, lockNow: lock.lockNow, enable: lock.enable, unlock: lock.unlock, disable: lock.disable },

    dialogues: records.dialogues,
    people: records.people,
    everythingRead: records.everythingRead,
    readEverything: records.readEverything,
    createDialogue: records.createDialogue,
    planDialogue: records.planDialogue,
    deleteDialogue: records.deleteDialogue,
    updateDialogue: records.updateDialogue,
    markQuestion: records.markQuestion,
    setOffAgenda: records.setOffAgenda,
    savePerson: records.savePerson,
    deletePerson: records.deletePerson,
    setTopicCovered: records.setTopicCovered,
    setMeetingClock: records.setMeetingClock,
    endMeeting: records.endMeeting,
    acknowledge: records.acknowledge,

    openDialogue: openDialogue.view,

    saveState: drafts.saveState,
    conflicts: conflicts.conflicts,
    resolveConflict: drafts.resolveConflict,
    singleItem: drafts.singleItem,
    editItem: drafts.editItem,
    addItem: drafts.addItem,
    removeItem: drafts.removeItem,
    retrySaving: drafts.retrySaving,
    pendingDrafts: drafts.pending,
    flush: drafts.flush,

    searchNotes: async (query: string) => (await noteSearch()).search(query),
    prepareSearch: () => void noteSearch().then((slice) => slice.prepare()),

    backup: async (...args: Parameters<Files['backup']>) => (await files()).backup(...args),
    prepareRestore: async () => (await files()).prepareRestore(),
    checkRestore: async (...args: Parameters<Files['checkRestore']>) => (await files()).checkRestore(...args),
    applyRestore: async (...args: Parameters<Files['applyRestore']>) => (await files()).applyRestore(...args),
    deleteAllData: async () => (await files()).deleteAllData(),

    readyToTakeIn: async () => (await exchange()).ready(),
    takeIn: async (...args: Parameters<Exchange['takeIn']>) => (await exchange()).takeIn(...args),
  };
}

export type Store = ReturnType<typeof createStore>;
