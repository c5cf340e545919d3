import type { SamtaleDatabase } from './db';
import { newId, nowIso } from '../domain/dialogues';
import type { Dialogue, Person } from '../domain/schema';

/*
 * The manager's records: their list of employees, the meeting clock and covered topics, the agreement on the
 * plan. Loaded when the manager uses them, not with the side panel's first screen.
 */

/** Adds or edits a person in the manager's list of employees. */
export async function savePerson(db: SamtaleDatabase, person: Pick<Person, 'name' | 'staffCategory' | 'turned60'> & { id?: string }): Promise<string> {
  const now = nowIso();
  const name = person.name.trim();
  if (!name) throw new Error('A name is needed');
  if (person.id) {
    const updated = await db.people.update(person.id, { name, staffCategory: person.staffCategory, turned60: person.turned60, updatedAt: now });
    if (updated === 0) throw new Error(`No person ${person.id}`);
    return person.id;
  }
  const id = newId();
  await db.people.add({ id, name, staffCategory: person.staffCategory, turned60: person.turned60, createdAt: now, updatedAt: now });
  return id;
}

/** Removes a person with every dialogue the manager held with them, in one transaction. */
export async function deletePerson(db: SamtaleDatabase, id: string): Promise<void> {
  await db.transaction('rw', db.people, db.dialogues, db.items, async () => {
    const dialogueIds = await db.dialogues.where('employeeId').equals(id).primaryKeys();
    await db.items.where('dialogueId').anyOf(dialogueIds).delete();
    await db.dialogues.bulkDelete(dialogueIds);
    await db.people.delete(id);
  });
}

export async function setTopicCovered(db: SamtaleDatabase, dialogueId: string, topicId: string, covered: boolean): Promise<void> {
  await db.transaction('rw', db.dialogues, async () => {
    const dialogue = await db.dialogues.get(dialogueId);
    if (!dialogue) throw new Error(`No dialogue ${dialogueId}`);
    const others = dialogue.coveredTopicIds.filter((id) => id !== topicId);
    await db.dialogues.update(dialogueId, { coveredTopicIds: covered ? [...others, topicId].sort() : others, updatedAt: nowIso() });
  });
}

/** Starts or pauses the meeting clock; the time so far is kept in the dialogue, so a reopened panel goes on. */
export async function setMeetingClock(db: SamtaleDatabase, dialogueId: string, running: boolean, now: Date = new Date()): Promise<void> {
  await db.transaction('rw', db.dialogues, async () => {
    const dialogue = await db.dialogues.get(dialogueId);
    if (!dialogue) throw new Error(`No dialogue ${dialogueId}`);
    if (running === (dialogue.meetingRunningSince !== null)) return;
    const seconds = meetingSeconds(dialogue, now);
    await db.dialogues.update(dialogueId, { meetingSeconds: seconds, meetingRunningSince: running ? now.toISOString() : null, updatedAt: nowIso() });
  });
}

export function meetingSeconds(dialogue: Pick<Dialogue, 'meetingSeconds' | 'meetingRunningSince'>, now: Date = new Date()): number {
  const running = dialogue.meetingRunningSince ? Math.max(0, Math.floor((now.getTime() - Date.parse(dialogue.meetingRunningSince)) / 1000)) : 0;
  return Math.min(86_400, dialogue.meetingSeconds + running);
}

/** Records (or withdraws) one party's agreement to the plan; with both, the plan is agreed. */
export async function acknowledgePlan(
  db: SamtaleDatabase,
  dialogueId: string,
  party: 'employee' | 'manager',
  acknowledgement: { name: string; date: string } | null,
): Promise<void> {
  await db.transaction('rw', db.dialogues, async () => {
    const dialogue = await db.dialogues.get(dialogueId);
    if (!dialogue) throw new Error(`No dialogue ${dialogueId}`);
    const agreement = { ...dialogue.agreement, [party]: acknowledgement };
    const bothAgreed = agreement.employee !== null && agreement.manager !== null;
    const status = bothAgreed && ['planned', 'invited', 'prepared', 'held'].includes(dialogue.status) ? 'planAgreed' : !bothAgreed && dialogue.status === 'planAgreed' ? 'held' : dialogue.status;
    await db.dialogues.update(dialogueId, { agreement, status, updatedAt: nowIso() });
  });
}
