import { nowIso, type DialogueChanges, type DialogueDetails, type NewDialogueInput } from '../domain/dialogues';
import { buildDialogue, previousDialogueOf } from '../domain/new-dialogue';
import { clockChange, coveredTopicsWith, recordAgreement, statusAfterMeeting } from '../domain/meeting';
import { withOffAgenda, type AgreementPlace } from '../domain/authorship';
import type { Dialogue } from '../domain/schema';
import type { SamtaleDatabase } from './db';
import { recordsOfDialogue } from './item-reads';


/** Creates a dialogue that follows up the same employee's latest one (on the same side), in one transaction. */
export async function createDialogue(db: SamtaleDatabase, input: NewDialogueInput, details: DialogueDetails = {}): Promise<Dialogue> {
  return db.transaction('rw', db.dialogues, async () => {
    const previous = previousDialogueOf(await db.dialogues.toArray(), input);
    const dialogue = buildDialogue(input, previous?.id ?? null, details);
    await db.dialogues.add(dialogue);
    return dialogue;
  });
}

export async function updateDialogue(db: SamtaleDatabase, id: string, changes: DialogueChanges): Promise<void> {
  const updated = await db.dialogues.update(id, { ...changes, updatedAt: nowIso() });
  if (updated === 0) throw new Error(`No dialogue ${id}`);
}

/**
 * Reads a dialogue, works out its changes from what it holds now, and writes them, in one transaction (so two
 * panels changing it at once both win). A dialogue that is not there is an error; null changes write nothing.
 */
export async function changeDialogue(db: SamtaleDatabase, id: string, change: (dialogue: Dialogue) => Partial<Omit<Dialogue, 'id' | 'createdAt' | 'updatedAt'>> | null): Promise<void> {
  await db.transaction('rw', db.dialogues, async () => {
    const dialogue = await db.dialogues.get(id);
    if (!dialogue) throw new Error(`No dialogue ${id}`);
    const changes = change(dialogue);
    if (changes) await db.dialogues.update(id, { ...changes, updatedAt: nowIso() });
  });
}

/** Marks or unmarks one question. Only that id is added or removed, so two panels marking at once both win. */
export const setQuestionMarked = (db: SamtaleDatabase, dialogueId: string, questionId: string, marked: boolean) =>
  changeDialogue(db, dialogueId, (dialogue) => {
    const others = dialogue.markedQuestionIds.filter((id) => id !== questionId);
    return { markedQuestionIds: marked ? [...others, questionId] : others };
  });

/**
 * Leaves one of the other party's entries off the agenda, or puts it back: like a mark, only that key is added or
 * removed, on the stored dialogue, so two panels choosing at once both win (issue #28).
 */
export const setOffAgenda = (db: SamtaleDatabase, dialogueId: string, key: string, off: boolean) =>
  changeDialogue(db, dialogueId, (dialogue) => ({ offAgendaIds: withOffAgenda(dialogue, key, off) }));

export const setTopicCovered = (db: SamtaleDatabase, dialogueId: string, topicId: string, covered: boolean) =>
  changeDialogue(db, dialogueId, (dialogue) => ({ coveredTopicIds: coveredTopicsWith(dialogue, topicId, covered) }));

/** Starts or pauses the meeting clock; the time so far is kept in the dialogue, so a reopened panel goes on. */
export const setMeetingClock = (db: SamtaleDatabase, dialogueId: string, running: boolean, now: Date = new Date()) =>
  changeDialogue(db, dialogueId, (dialogue) => clockChange(dialogue, running, now));

/**
 * Ends the meeting: the clock stops and the dialogue is held, unless it has gone further (the plan agreed in the
 * meeting). Decided from the stored dialogue in the same transaction: an agreement written a moment before is
 * never overwritten by a status read from the screen.
 */
export const endMeeting = (db: SamtaleDatabase, dialogueId: string, now: Date = new Date()) =>
  changeDialogue(db, dialogueId, (dialogue) => ({ ...clockChange(dialogue, false, now), status: statusAfterMeeting(dialogue.status) }));

/**
 * Records (or withdraws) one party's agreement to the plan, where this copy may (lib/domain/authorship.ts); with
 * both, the plan is agreed. Decided on the stored dialogue: a panel showing an old state cannot record the other's.
 */
export const acknowledgePlan = (db: SamtaleDatabase, dialogueId: string, party: 'employee' | 'manager', acknowledgement: { name: string; date: string } | null, place: AgreementPlace, now: Date = new Date()) =>
  changeDialogue(db, dialogueId, (dialogue) => {
    const recorded = recordAgreement(dialogue, party, acknowledgement, place);
    // Dated, so the other copy takes it (a withdrawal too) only over an older one (issue #29, lib/domain/follow-up.ts).
    return recorded && { ...recorded, agreementAt: { ...dialogue.agreementAt, [party]: now.toISOString() } };
  });

/** Deletes a dialogue with everything written in it, in one transaction. */
export async function deleteDialogue(db: SamtaleDatabase, id: string): Promise<void> {
  await db.transaction('rw', db.dialogues, db.topicItems, async () => {
    await recordsOfDialogue(db, id).delete();
    await db.dialogues.delete(id);
  });
}
