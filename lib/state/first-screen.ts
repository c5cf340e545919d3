import type { Subscription } from 'dexie';
import type { Dialogue, Preferences } from '../domain/schema';
import type { SettingsRecord } from '../domain/settings-records';
import type { Connection } from './connection';
import type { Problems } from './problems';

/** What the first screen shows, as last read from the database: the user's own dialogues and the settings it reads. */
export interface FirstScreenRecords {
  ownDialogues: Dialogue[];
  guideRecords: SettingsRecord[];
  preferences: Partial<Preferences> | null;
}

/** How long the database waits for a remembered first screen to be drawn (it is drawn in a few milliseconds). */
const FIRST_SCREEN_WAIT_MS = 200;

export interface FirstScreenDeps {
  connection: Connection;
  problems: Problems;
  /**
   * The first screen's records as the database last gave them: the panel shows them at once and opens the
   * database after that first paint (Dexie and IndexedDB cost more than the whole screen); the database's own
   * answers replace them as they come.
   */
  memory?: { load(): FirstScreenRecords | null; save(records: FirstScreenRecords): void };
  /** Where each of the first screen's records is shown. */
  show: { ownDialogues(list: Dialogue[]): void; guideRecords(records: SettingsRecord[]): void; preferences(record: Partial<Preferences> | null): void };
}

/**
 * The first screen: drawn from memory when the panel remembers it (before the database opens), then from live
 * queries, whose answers are remembered for the next panel.
 */
export function createFirstScreen(deps: FirstScreenDeps) {
  const { connection, memory, show } = deps;
  /** The first screen's records as last shown from the database (what memory keeps). */
  const shown: Partial<FirstScreenRecords> = {};
  const subscriptions: Subscription[] = [];
  let rememberTimer: ReturnType<typeof setTimeout> | undefined;
  let drawnNow: () => void = () => undefined;
  let drawn: Promise<void> = Promise.resolve();

  /** Keeps the first screen's records for the next panel, once all are in (one write for changes close together). */
  function remember(): void {
    if (!memory || connection.isReadOnly()) return;
    clearTimeout(rememberTimer);
    rememberTimer = setTimeout(() => {
      const { ownDialogues, guideRecords, preferences } = shown;
      if (ownDialogues && guideRecords && preferences !== undefined) memory.save({ ownDialogues, guideRecords, preferences });
    }, 0);
  }

  return {
    /**
     * Shows the remembered first screen, if there is one and it may be used (see the store), and from then on
     * holds the database back until it is drawn (or FIRST_SCREEN_WAIT_MS have passed).
     */
    showRemembered(): boolean {
      const remembered = memory?.load();
      if (!remembered) return false;
      Object.assign(shown, remembered);
      show.ownDialogues(remembered.ownDialogues);
      show.guideRecords(remembered.guideRecords);
      show.preferences(remembered.preferences);
      drawn = new Promise<void>((resolve) => {
        drawnNow = resolve;
        setTimeout(resolve, FIRST_SCREEN_WAIT_MS);
      });
      return true;
    },
    /**
     * Nothing remembered (a new profile): the first screen is the welcome, drawn without data; the database opens
     * after its first paint (issue #30: opening it first made this paint 2.0× a blank page's), or after
     * FIRST_SCREEN_WAIT_MS where no frame comes (a hidden page).
     */
    afterFirstPaint(): void {
      const frame = globalThis.requestAnimationFrame ?? ((callback: () => void) => setTimeout(callback, 0));
      drawn = new Promise<void>((resolve) => {
        frame(() => setTimeout(resolve, 0));
        setTimeout(resolve, FIRST_SCREEN_WAIT_MS);
      });
    },
    /** Resolves once a remembered first screen is drawn (at once if none was remembered). */
    drawn: (): Promise<void> => drawn,
    /** The interface says its first screen is on screen (the database, if waiting for that, opens now). */
    drawnNow: (): void => drawnNow(),

    /** Watches the first screen's records in the open database; resolves once each has answered once. */
    watch(): Promise<void> {
      const database = connection.current()!;
      const code = connection.code();
      const firstAnswers: Array<Promise<void>> = [];
      const watchOne = <T>(query: () => T | Promise<T>, next: (value: T) => void): Subscription => {
        let answered: () => void = () => undefined;
        firstAnswers.push(new Promise<void>((resolve) => (answered = resolve)));
        return code.liveQuery(query).subscribe({
          next: (value) => {
            next(value);
            answered();
            remember();
          },
          error: (error) => {
            deps.problems.show(error);
            answered();
          },
        });
      };
      subscriptions.push(
        watchOne(() => code.ownDialogues(database), (list) => show.ownDialogues((shown.ownDialogues = list))),
        watchOne(() => database.settings.where('key').startsWith('guide').toArray(), (records) => show.guideRecords((shown.guideRecords = records))),
        watchOne(() => code.readPreferences(database), (record) => show.preferences((shown.preferences = record))),
      );
      return Promise.all(firstAnswers).then(() => undefined);
    },

    stop(): void {
      for (const subscription of subscriptions) subscription.unsubscribe();
    },
  };
}

export type FirstScreen = ReturnType<typeof createFirstScreen>;
