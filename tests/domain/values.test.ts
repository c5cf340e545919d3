import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createBackup, parseBackup, readAllData } from '../../lib/files/backup';
import { applyRestore, canonicalJson } from '../../lib/files/restore';
import { buildItem } from '../../lib/domain/dialogues';
import { buildDialogue } from '../../lib/domain/new-dialogue';
import { newPlanItemFields } from '../../lib/domain/plan';
import {
  EARLIEST_DATE,
  isStorableDate,
  isStorableTime,
  itemChangeProblem,
  LATEST_DATE,
  MAX_SHORT_TEXT_LENGTH,
  MAX_TEXT_LENGTH,
  recordValueProblem,
} from '../../lib/domain/values';
import { selectSummary, summaryCandidates } from '../../lib/export/summary';
import { getGuide } from '../../lib/guide/bundled';
import { createLock, sealItem } from '../../lib/security/lock';
import { ItemSchema, type Item } from '../../lib/domain/schema';
import { buildSharedFile, planImport } from '../../lib/files/share';
import { readIncoming } from '../../lib/files/incoming';
import { buildOutcomeFile, buildPlanUpdateFile } from '../../lib/files/outgoing';
import { takeInOutcome } from '../../lib/files/take-in';
import { freshDatabase, itemTable } from '../helpers';

describe('the value rules', () => {
  it.each([
    ['2026-12-31', true],
    [EARLIEST_DATE, true],
    [LATEST_DATE, true],
    ['2024-02-29', true],
    ['20255-12-31', false],
    ['0000-02-29', false],
    ['9999-12-31', false],
    ['1899-12-31', false],
    ['2025-02-29', false],
    ['2026-13-01', false],
    ['2026-04-31', false],
    ['', false],
  ])('date %s is storable: %s', (value, storable) => expect(isStorableDate(value)).toBe(storable));

  it.each([
    ['00:00', true],
    ['23:59', true],
    ['09:30', true],
    ['24:00', false],
    ['99:99', false],
    ['12:60', false],
    ['9:30', false],
  ])('time %s is storable: %s', (value, storable) => expect(isStorableTime(value)).toBe(storable));

  it('refuses what the schema would refuse, field by field', () => {
    expect(itemChangeProblem({ text: 'x'.repeat(MAX_TEXT_LENGTH) })).toBeNull();
    expect(itemChangeProblem({ text: 'x'.repeat(MAX_TEXT_LENGTH + 1) })).toMatchObject({ kind: 'tooLong', field: 'text' });
    expect(itemChangeProblem({ responsibleName: 'x'.repeat(MAX_SHORT_TEXT_LENGTH + 1) })).toMatchObject({ kind: 'tooLong', field: 'responsibleName' });
    expect(itemChangeProblem({ due: '20255-12-31' })).toMatchObject({ kind: 'badDate', field: 'due' });
    expect(itemChangeProblem({ due: null })).toBeNull();
    expect(recordValueProblem({ employeeName: 'x'.repeat(MAX_SHORT_TEXT_LENGTH + 1) })).toMatchObject({ kind: 'tooLong' });
    expect(recordValueProblem({ place: 'x'.repeat(MAX_SHORT_TEXT_LENGTH + 1) })).toMatchObject({ kind: 'tooLong' });
    expect(recordValueProblem({ plannedTime: '99:99' })).toMatchObject({ kind: 'badTime' });
    expect(recordValueProblem({ plannedDate: '0000-02-29' })).toMatchObject({ kind: 'badDate' });
  });
});

/** Any text within a limit, often at it: short runs of any code point (control characters, "€", emoji) repeated. */
const textUpTo = (limit: number) =>
  fc
    .tuple(fc.string({ unit: 'binary', minLength: 1, maxLength: 3 }), fc.oneof(fc.integer({ min: 0, max: 40 }), fc.constant(limit), fc.integer({ min: limit - 3, max: limit })))
    .map(([run, length]) => run.repeat(Math.ceil(length / run.length)).slice(0, length));
const storableDate = fc
  .date({ min: new Date(`${EARLIEST_DATE}T00:00:00Z`), max: new Date(`${LATEST_DATE}T00:00:00Z`), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));

/** What the panel lets a user store: every value within the rules it checks where the user types. */
const storedByThePanel = fc.record({
  employeeName: textUpTo(MAX_SHORT_TEXT_LENGTH),
  managerName: textUpTo(MAX_SHORT_TEXT_LENGTH),
  place: textUpTo(MAX_SHORT_TEXT_LENGTH),
  plannedDate: fc.option(storableDate),
  note: textUpTo(MAX_TEXT_LENGTH),
  goalWhy: textUpTo(MAX_TEXT_LENGTH),
  goalDeadline: fc.option(storableDate),
  planText: textUpTo(MAX_TEXT_LENGTH),
  responsibleName: textUpTo(MAX_SHORT_TEXT_LENGTH),
  successCriteria: textUpTo(MAX_TEXT_LENGTH),
  statusComment: textUpTo(MAX_TEXT_LENGTH),
  due: fc.option(storableDate),
});

type PanelValues = typeof storedByThePanel extends fc.Arbitrary<infer V> ? V : never;

function recordsOf(values: PanelValues) {
  const dialogue = { ...buildDialogue({ role: 'employee', employeeName: values.employeeName, managerName: values.managerName, plannedDate: values.plannedDate, staffCategory: 'academic', turned60: false, language: 'en' }), place: values.place };
  const base = { dialogueId: dialogue.id, shared: true };
  const items: Item[] = [
    buildItem({ ...base, kind: 'answer', topicId: 't2', questionId: 't2-q01', text: values.note }),
    buildItem({ ...base, kind: 'point', topicId: 't3', text: values.note }),
    buildItem({ ...base, kind: 'goal', topicId: 't6', text: values.note, deadline: values.goalDeadline, why: values.goalWhy }),
    buildItem({ ...base, topicId: 't7', ...newPlanItemFields(values.planText), responsible: 'other', responsibleName: values.responsibleName, due: values.due, successCriteria: values.successCriteria, statusComment: values.statusComment }),
  ];
  return { dialogue, items };
}

describe('anything the panel can store', () => {
  it('passes the panel’s own checks, and a backup of it restores exactly, sealed or not', async () => {
    const { key } = await createLock('a passphrase for the property');
    await fc.assert(
      fc.asyncProperty(storedByThePanel, fc.boolean(), async (values, sealed) => {
        const { dialogue, items } = recordsOf(values);
        expect(recordValueProblem(dialogue)).toBeNull();
        for (const item of items) expect(itemChangeProblem(item)).toBeNull();
        const db = await freshDatabase();
        await db.dialogues.add(dialogue);
        await itemTable(db).bulkAdd(sealed ? await Promise.all(items.map((item) => sealItem(key, item))) : items);
        const parsed = await parseBackup(await createBackup(db, null));
        expect(parsed.ok ? 'restorable' : parsed.problem).toBe('restorable');
        if (!parsed.ok) return;
        const empty = await freshDatabase();
        await applyRestore(empty, parsed.data);
        expect(canonicalJson(await readAllData(empty))).toBe(canonicalJson(await readAllData(db)));
        db.close();
        empty.close();
      }),
      { numRuns: 30 },
    );
  }, 300_000);

  it('goes into a shared file that imports, and every imported item is one a backup accepts', () => {
    fc.assert(
      fc.property(storedByThePanel, (values) => {
        const { dialogue, items } = recordsOf(values);
        const guide = getGuide(dialogue.templateId, dialogue.language);
        const candidates = summaryCandidates(dialogue, guide, items);
        const everything = new Set(candidates.sections.flatMap((section) => section.entries.map((entry) => entry.id)));
        const parsed = readIncoming(JSON.stringify(buildSharedFile(dialogue, candidates, everything)), 'manager');
        expect(parsed.ok ? 'importable' : parsed.problem).toBe('importable');
        if (!parsed.ok || parsed.kind !== 'sharedPoints') return;
        const managers = buildDialogue({ role: 'manager', employeeName: values.employeeName, managerName: 'M', plannedDate: null, staffCategory: 'academic', turned60: false, language: 'en' });
        for (const item of planImport(parsed.file, managers, []).add) expect(ItemSchema.safeParse(item).success).toBe(true);
      }),
      { numRuns: 30 },
    );
  });

  it('an outcome and a plan update carry it, and what the other party takes in keeps the rules a backup checks (issue #18)', () => {
    fc.assert(
      fc.property(storedByThePanel, (values) => {
        const { dialogue: employees, items: employeeItems } = recordsOf(values);
        const manager = { ...employees, id: 'manager-dialogue', role: 'manager' as const, counterpartDialogueId: employees.id };
        const items = employeeItems.map((item) => ({ ...item, dialogueId: manager.id }));
        const guide = getGuide(manager.templateId, manager.language);
        const candidates = summaryCandidates(manager, guide, [...items, buildItem({ kind: 'conclusion', dialogueId: manager.id, topicId: 't2', text: values.note })]);
        const everything = new Set(candidates.sections.flatMap((section) => section.entries.map((entry) => entry.id)));
        const outcome = readIncoming(JSON.stringify(buildOutcomeFile(manager, items, selectSummary(candidates, everything), [])), 'employee');
        expect(outcome.ok ? 'importable' : outcome.problem).toBe('importable');
        if (!outcome.ok || outcome.kind !== 'outcome') return;
        const landing = { followUpTopicId: 't1', planTopicId: 't7' };
        const taken = takeInOutcome(outcome.file, employees, [], [], landing);
        for (const item of taken.add) expect(ItemSchema.safeParse(item).success).toBe(true);
        const update = readIncoming(JSON.stringify(buildPlanUpdateFile(manager, items)), 'employee');
        expect(update.ok ? 'importable' : update.problem).toBe('importable');
      }),
      { numRuns: 30 },
    );
  });
});
