import type { Signal } from '@preact/signals';
import type { Connection } from './connection';
import { itemWriteCode } from './drafts';
import type { FirstScreen } from './first-screen';
import type { OpenDialogueSlice } from './open-dialogue';
import type { PreferencesSlice } from './preferences';
import type { Problems } from './problems';
import type { Records } from './records';
import { dialogueOf, type Router } from './router';

export interface StartupDeps {
  problems: Problems;
  connection: Connection;
  router: Router;
  preferences: PreferencesSlice;
  records: Records;
  openDialogue: OpenDialogueSlice;
  firstScreen: FirstScreen;
  /** Set once every first answer is in. */
  ready: Signal<boolean>;
}

/**
 * The panel's start, in the order that draws its first screen soonest: a remembered screen first, then the
 * database, the first screen's live queries, the policy, the dialogue the route shows; then, when the panel is
 * idle, everything else (every dialogue, the manager's employees, the code of the writes).
 */
export async function startPanel({ problems, connection, router, preferences, records, openDialogue, firstScreen, ready }: StartupDeps): Promise<void> {
  // Dexie's code and IndexedDB's first use take longer than drawing the remembered screen: they come second.
  await firstScreen.drawn();
  if (!(await connection.open())) return;
  const database = connection.current()!;
  // The panel is ready when every first answer is in: a first screen never shows an empty list that fills.
  const firstAnswers = firstScreen.watch();
  await preferences.startPolicy();
  const dialogueId = dialogueOf(router.route.value);
  if (dialogueId) {
    if (await database.dialogues.get(dialogueId)) openDialogue.watch(dialogueId);
    else router.navigate({ name: 'home' });
  }
  await firstAnswers;
  performance.mark('samtale:data');
  if (connection.isReadOnly()) problems.report({ kind: 'readOnly' });
  ready.value = true;
  records.readEverythingIfWanted();
  // A manager's employees and all their dialogues (hundreds) are read once the first screen is drawn (or at
  // once when a view needs them first).
  const afterFirstScreen = globalThis.requestIdleCallback ?? ((callback: () => void) => setTimeout(callback, 0));
  afterFirstScreen(
    () => {
      records.readEverything();
      records.preload();
      void itemWriteCode();
    },
    { timeout: 300 },
  );
}
