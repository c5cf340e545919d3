import { computed, signal, type ReadonlySignal } from '@preact/signals';
import type { Subscription } from 'dexie';
import { sortDialogues, type DialogueChanges, type NewDialogueInput } from '../domain/dialogues';
import type { Dialogue, Person } from '../domain/schema';
import type { AgreementPlace } from '../domain/authorship';
import { recordValueProblem } from '../domain/values';
import type { SamtaleDatabase } from '../storage/db';
import type { Connection } from './connection';
import type { Problems } from './problems';
import type { Route } from './router';

/** The writes of dialogues' records: loaded on first use, or once the first screen is drawn (preload). */
const dialogueCode = () => import('../storage/dialogue-records');
/** The manager's records (employees, meeting, agreement) load when first used. */
const managerCode = () => import('../storage/manager-records');

export interface RecordsDeps {
  connection: Connection;
  problems: Problems;
  navigate(route: Route): void;
  /** Leaves the view of a dialogue or person that is being deleted. */
  leave(what: { dialogueId?: string; personId?: string }, to: Route): void;
  /** Writes every edit still pending (before a record they belong to goes). */
  flushDrafts(): Promise<void>;
}

/**
 * The records: the user's dialogues (the first screen's list), then every dialogue and the manager's employees
 * once read after the first screen; and the writes of dialogues, people, the meeting and the agreement.
 */
export function createRecords(deps: RecordsDeps) {
  const { connection, problems } = deps;
  const ownDialogueList = signal<Dialogue[]>([]);
  const allDialogueList = signal<Dialogue[] | null>(null);
  /** The manager's employees; null until read (after the first screen, with every dialogue). */
  const peopleList = signal<Person[] | null>(null);
  let reading = false;
  let wanted = false;
  let stopped = false;
  const subscriptions: Subscription[] = [];
  const dialogues = computed(() => allDialogueList.value ?? ownDialogueList.value);

  /** Starts watching every dialogue and the manager's employees (`everythingRead` says when both are in). */
  function readEverything(): void {
    if (reading || stopped) return;
    // Asked for before the database has opened: the panel's start reads it then.
    const database = connection.current();
    if (!database) return void (wanted = true);
    const { liveQuery } = connection.code();
    reading = true;
    subscriptions.push(
      liveQuery(() => database.dialogues.toArray()).subscribe({ next: (list) => (allDialogueList.value = sortDialogues(list)), error: problems.show }),
      liveQuery(() => database.people.toArray()).subscribe({ next: (list) => (peopleList.value = [...list].sort((a, b) => a.name.localeCompare(b.name))), error: problems.show }),
    );
  }

  /** Creates a dialogue and opens it (a refused value or a failed write leaves everything as it was); its id. */
  async function create(input: NewDialogueInput, details: DialogueChanges = {}): Promise<Dialogue | undefined> {
    if (problems.refused(recordValueProblem({ ...input, ...details }))) return undefined;
    const { createDialogue } = await dialogueCode();
    const dialogue = await connection.guard((db) => createDialogue(db, input, details));
    if (dialogue) deps.navigate({ name: 'dialogue', dialogueId: dialogue.id, topicIndex: 0 });
    return dialogue;
  }

  /** Runs one of the writes of a dialogue's record. */
  async function dialogueWrite(write: (code: Awaited<ReturnType<typeof dialogueCode>>, db: SamtaleDatabase) => Promise<unknown>): Promise<void> {
    const code = await dialogueCode();
    await connection.guard((db) => write(code, db));
  }

  return {
    /** Every dialogue (until read after the first screen: the user's own). */
    dialogues: dialogues as ReadonlySignal<Dialogue[]>,
    people: computed(() => peopleList.value ?? []) as ReadonlySignal<Person[]>,
    /** Whether every dialogue and the manager's employees have been read (the manager's views wait for it). */
    everythingRead: computed(() => allDialogueList.value !== null && peopleList.value !== null) as ReadonlySignal<boolean>,
    readEverything,
    /** Fetches the code of the writes before the first one (when the panel is idle). */
    preload: () => void dialogueCode(),
    /** Reads everything now if a view asked before the database had opened. */
    readEverythingIfWanted(): void {
      if (wanted) readEverything();
    },
    showOwnDialogues(list: Dialogue[]): void {
      ownDialogueList.value = sortDialogues(list);
    },
    stop(): void {
      stopped = true;
      for (const subscription of subscriptions) subscription.unsubscribe();
    },

    createDialogue: (input: NewDialogueInput) => create(input),
    /** The manager plans a dialogue with one of their employees. */
    planDialogue: (input: NewDialogueInput & Pick<Dialogue, 'plannedTime' | 'durationMinutes' | 'place'>) =>
      create(input, { plannedTime: input.plannedTime, durationMinutes: input.durationMinutes, place: input.place }),
    async deleteDialogue(id: string): Promise<void> {
      await deps.flushDrafts();
      deps.leave({ dialogueId: id }, { name: 'home' });
      await dialogueWrite((code, db) => code.deleteDialogue(db, id));
    },
    async updateDialogue(id: string, changes: DialogueChanges): Promise<void> {
      if (problems.refused(recordValueProblem(changes))) return;
      await dialogueWrite((code, db) => code.updateDialogue(db, id, changes));
    },
    markQuestion: (dialogueId: string, questionId: string, marked: boolean) => dialogueWrite((code, db) => code.setQuestionMarked(db, dialogueId, questionId, marked)),
    setOffAgenda: (dialogueId: string, key: string, off: boolean) => dialogueWrite((code, db) => code.setOffAgenda(db, dialogueId, key, off)),

    async savePerson(person: Pick<Person, 'name' | 'staffCategory' | 'turned60'> & { id?: string }): Promise<string | undefined> {
      if (problems.refused(recordValueProblem(person))) return undefined;
      const { savePerson } = await managerCode();
      return connection.guard((db) => savePerson(db, person));
    },
    async deletePerson(id: string): Promise<void> {
      await deps.flushDrafts();
      const { deletePerson } = await managerCode();
      await connection.guard((db) => deletePerson(db, id));
      deps.leave({ personId: id }, { name: 'people' });
    },
    setTopicCovered: (dialogueId: string, topicId: string, covered: boolean) => dialogueWrite((code, db) => code.setTopicCovered(db, dialogueId, topicId, covered)),
    setMeetingClock: (dialogueId: string, running: boolean) => dialogueWrite((code, db) => code.setMeetingClock(db, dialogueId, running)),
    endMeeting: (dialogueId: string) => dialogueWrite((code, db) => code.endMeeting(db, dialogueId)),
    async acknowledge(dialogueId: string, party: 'employee' | 'manager', acknowledgement: { name: string; date: string } | null, place: AgreementPlace = 'dialogue'): Promise<void> {
      if (acknowledgement && problems.refused(recordValueProblem(acknowledgement))) return;
      await dialogueWrite((code, db) => code.acknowledgePlan(db, dialogueId, party, acknowledgement, place));
    },
  };
}

export type Records = ReturnType<typeof createRecords>;
