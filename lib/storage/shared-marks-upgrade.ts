import type { Table } from 'dexie';
import type { Dialogue, Item } from '../domain/schema';
import type { TopicItems } from './topic-records';

/*
 * Schema version 5 (issue #28): before it, a question the employee marked and shared became a point of the
 * manager's with the question's text (its origin: the employee, its source: the question's id). Now the other
 * party's marks are marks (`otherMarkedQuestionIds`), beside the owner's own. The upgrade turns each such point
 * back into the employee's mark, if it was never edited here (a point the manager changed stays, still the
 * employee's by its origin): nothing is lost, and nothing is re-attributed.
 */

const QUESTION_ID = /^t[1-7]-[a-z]\d{2}$/;

/** A point that is an employee's shared mark, taken in before version 5 and never changed since. */
export const isTakenInMark = (item: Item): boolean =>
  item.kind === 'point' && item.origin !== null && QUESTION_ID.test(item.origin.sourceId) && item.createdAt === item.updatedAt;

export async function upgradeTakenInMarks(topicItems: Table<TopicItems>, dialogues: Table<Dialogue>): Promise<void> {
  const marks = new Map<string, string[]>();
  await topicItems.toCollection().modify((record, context) => {
    const taken = record.items.filter(isTakenInMark);
    if (taken.length === 0) return;
    marks.set(record.dialogueId, [...(marks.get(record.dialogueId) ?? []), ...taken.map((item) => item.origin!.sourceId)]);
    record.items = record.items.filter((item) => !isTakenInMark(item));
    if (record.items.length === 0) delete (context as { value?: TopicItems }).value;
  });
  await dialogues.toCollection().modify((dialogue) => {
    dialogue.otherMarkedQuestionIds = [...new Set([...(dialogue.otherMarkedQuestionIds ?? []), ...(marks.get(dialogue.id) ?? [])])];
  });
}
