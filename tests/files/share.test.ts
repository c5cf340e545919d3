import { beforeEach, describe, expect, it } from 'vitest';
import type { SamtaleDatabase } from '../../lib/storage/db';
import { createDialogue } from '../../lib/storage/dialogue-records';
import { itemsOfDialogue } from '../../lib/storage/item-reads';
import { defaultSelection, summaryCandidates } from '../../lib/export/summary';
import { getGuide } from '../../lib/guide/bundled';
import { buildSharedFile, planImport, SHARE_FORMAT } from '../../lib/files/share';
import { MAX_INCOMING_BYTES, readIncoming } from '../../lib/files/incoming';
import { applyTakeIn } from '../../lib/storage/exchange-writes';
import type { Item } from '../../lib/domain/schema';

/** What the manager's import reads: the one reader of files from the other party. */
const parseSharedFile = (text: string) => {
  const read = readIncoming(text, 'manager');
  if (read.ok && read.kind !== 'sharedPoints') throw new Error(`read as ${read.kind}`);
  return read as Extract<typeof read, { ok: false } | { kind: 'sharedPoints' }>;
};
const applyImport = (database: SamtaleDatabase, dialogueId: string, add: Item[], otherMarks: string[] = []) => applyTakeIn(database, dialogueId, { add, otherMarks, update: [], dialogueChanges: {} });
import { PRIVATE_NOTE, SENSITIVE_NOTE, preparedDialogue } from '../fixtures/dialogue';
import { freshDatabase, sampleDialogueInput, itemTable } from '../helpers';

function employeeFile(extraIds: (entries: ReturnType<typeof summaryCandidates>) => string[] = () => []) {
  const { dialogue, items } = preparedDialogue();
  const candidates = summaryCandidates(dialogue, getGuide(dialogue.templateId, 'en'), items);
  return buildSharedFile(dialogue, candidates, new Set([...defaultSelection(candidates), ...extraIds(candidates)]), new Date('2026-11-20T10:00:00Z'));
}

let db: SamtaleDatabase;
beforeEach(async () => {
  db = await freshDatabase();
});

describe('shared points', () => {
  it('carry the chosen points, questions and goals, and no private or sensitive note unless ticked', () => {
    const file = employeeFile();
    expect(file.entries.map((e) => e.kind).sort()).toEqual(['goal', 'point', 'question', 'question']);
    expect(JSON.stringify(file)).not.toContain(PRIVATE_NOTE);
    expect(JSON.stringify(file)).not.toContain(SENSITIVE_NOTE);
    const withPrivate = employeeFile((c) => c.sections.flatMap((s) => s.entries).filter((e) => e.text === PRIVATE_NOTE).map((e) => e.id));
    expect(withPrivate.entries.find((e) => e.kind === 'answer')).toMatchObject({ questionId: 't2-q01', text: PRIVATE_NOTE });
  });

  it('are imported into the manager’s dialogue once, however often the file is imported', async () => {
    const file = parseSharedFile(JSON.stringify(employeeFile()));
    expect(file.ok).toBe(true);
    if (!file.ok) return;
    const managers = await createDialogue(db, sampleDialogueInput({ role: 'manager', employeeId: 'p1' }));
    const first = planImport(file.file, managers, await itemsOfDialogue(db, managers.id));
    // The point and the goal are Ola's entries; the two questions he marked stay questions, his marks (issue #28).
    expect(first.add.map((item) => item.kind).sort()).toEqual(['goal', 'point']);
    expect(first.marks).toHaveLength(2);
    await applyImport(db, managers.id, first.add, first.marks);
    const withMarks = (await db.dialogues.get(managers.id))!;
    expect(withMarks.otherMarkedQuestionIds).toEqual(first.marks);
    expect(withMarks.markedQuestionIds).toEqual([]);
    const again = planImport(file.file, withMarks, await itemsOfDialogue(db, managers.id));
    expect(again).toMatchObject({ add: [], marks: [], alreadyThere: 4 });
    const stored = await itemsOfDialogue(db, managers.id);
    expect(stored.every((item) => item.origin?.by === 'Ola Nordmann')).toBe(true);
    // No question became a point's text.
    expect(stored.map((item) => item.text)).not.toContain("How do you see your work area and your tasks in the context of your department's/organisation's goals?");
  });

  it('keeps a shared note on its question and a shared self-assessment as the employee’s, never as the manager’s own points', () => {
    const file = employeeFile((c) => c.sections.flatMap((s) => s.entries).filter((e) => e.text === PRIVATE_NOTE || e.kind === 'selfAssessment').map((e) => e.id));
    const managers = { ...preparedDialogue().dialogue, id: 'manager-copy', role: 'manager' as const };
    const { add } = planImport(file, managers, []);
    expect(add.find((item) => item.kind === 'answer')).toMatchObject({ questionId: 't2-q01', text: PRIVATE_NOTE, origin: { by: 'Ola Nordmann' } });
    const ownKinds = add.filter((item) => item.origin === null);
    expect(ownKinds).toEqual([]);
    expect(add.find((item) => item.kind === 'selfAssessment')).toMatchObject({ topicId: 't1', origin: { by: 'Ola Nordmann' } });
  });

  it('reads a file with a byte-order mark', () => {
    expect(parseSharedFile('\uFEFF' + JSON.stringify(employeeFile())).ok).toBe(true);
  });

  const valid = () => JSON.parse(JSON.stringify(employeeFile()));
  it.each([
    ['text that is not JSON', () => 'hello', 'notJson'],
    ['a truncated file', () => JSON.stringify(valid()).slice(0, 120), 'notJson'],
    ['another program’s JSON', () => JSON.stringify({ hello: 'world' }), 'foreign'],
    ['a JSON array', () => '[1,2,3]', 'foreign'],
    ['a file from a newer version', () => JSON.stringify({ ...valid(), version: 3 }), 'newerVersion'],
    ['an outcome, meant for the employee', () => JSON.stringify({ ...valid(), format: 'samtale-outcome' }), 'otherKind'],
    ['a backup', () => JSON.stringify({ ...valid(), format: 'samtale-backup' }), 'otherKind'],
    ['an unknown field', () => JSON.stringify({ ...valid(), extra: true }), 'invalid'],
    ['a __proto__ key', () => JSON.stringify(valid()).replace('"format"', '"__proto__":{"polluted":true},"format"'), 'invalid'],
    ['an unknown entry kind', () => JSON.stringify({ ...valid(), entries: [{ kind: 'salary', id: 'x', topicId: 't1' }] }), 'invalid'],
    ['a topic outside the seven', () => JSON.stringify({ ...valid(), entries: [{ kind: 'point', id: 'x', topicId: 't9', text: 'a', sensitive: false }] }), 'invalid'],
    ['duplicate ids', () => JSON.stringify({ ...valid(), entries: [valid().entries[0], valid().entries[0]] }), 'invalid'],
    ['a text beyond the file size limit', () => JSON.stringify({ ...valid(), entries: [{ kind: 'point', id: 'x', topicId: 't1', text: 'x'.repeat(MAX_INCOMING_BYTES + 1), sensitive: false }] }), 'tooLarge'],
    ['a text over the length limit', () => JSON.stringify({ ...valid(), entries: [{ kind: 'point', id: 'x', topicId: 't1', text: 'x'.repeat(100_001), sensitive: false }] }), 'invalid'],
    ['a date that is no date', () => JSON.stringify({ ...valid(), dialogue: { ...valid().dialogue, plannedDate: 'tomorrow' } }), 'invalid'],
  ])('refuses %s with a clear reason', (_, make, kind) => {
    const result = parseSharedFile(make());
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem.kind).toBe(kind);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses an import into a dialogue that no longer exists, and writes nothing', async () => {
    const file = employeeFile();
    const managers = await createDialogue(db, sampleDialogueInput({ role: 'manager', employeeId: 'p1' }));
    const { add } = planImport(file, managers, []);
    await db.dialogues.delete(managers.id);
    await expect(applyImport(db, managers.id, add)).rejects.toThrow();
    expect(await itemTable(db).count()).toBe(0);
  });

  it('names its format', () => expect(employeeFile().format).toBe(SHARE_FORMAT));
});
