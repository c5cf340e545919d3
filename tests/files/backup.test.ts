import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { createBackup, parseBackup, readAllData, type BackupData } from '../../lib/files/backup';
import { applyRestore, canonicalJson, deleteAllData, planRestore } from '../../lib/files/restore';
import type { SamtaleDatabase } from '../../lib/storage/db';
import { createDialogue } from '../../lib/storage/dialogue-records';
import { savePerson } from '../../lib/storage/manager-records';
import { badBackups } from '../fixtures/bad-backups';
import { preparedDialogue } from '../fixtures/dialogue';
import { freshDatabase, sampleDialogueInput, itemTable } from '../helpers';
import { buildItem } from '../../lib/domain/dialogues';

async function filledDatabase(): Promise<SamtaleDatabase> {
  const db = await freshDatabase();
  const { dialogue, items } = preparedDialogue();
  await db.dialogues.add(dialogue);
  await itemTable(db).bulkAdd(items);
  const personId = await savePerson(db, { name: 'Anne Berg', staffCategory: 'doctoralFellow', turned60: false });
  const managers = await createDialogue(db, sampleDialogueInput({ role: 'manager', employeeId: personId, employeeName: 'Anne Berg' }));
  // Whose words (issue #28): what the manager's copy holds of the employee's, and the manager's own answer to it.
  const hers = buildItem({ kind: 'point', dialogueId: managers.id, topicId: 't3', text: 'More time for research', origin: { by: 'Anne Berg', sourceId: 'her-point', at: '2026-12-01T09:00:00.000Z' }, shared: true });
  await itemTable(db).bulkAdd([hers, buildItem({ kind: 'point', dialogueId: managers.id, topicId: 't3', text: 'Fridays free', answersId: hers.id })]);
  await db.dialogues.update(managers.id, {
    otherMarkedQuestionIds: ['t2-q01'],
    offAgendaIds: ['theirs:t2-q01'],
    agreement: { employee: { name: 'Anne Berg', date: '2026-12-01', recordedBy: 'Kari Nordmann' }, manager: { name: 'Kari Nordmann', date: '2026-12-01' } },
    // The round trip's clock (issue #29): each agreement's time, the last taken in, a removed plan item.
    agreementAt: { manager: '2026-12-01T10:00:00.000Z' },
    agreementReceivedAt: { employee: '2026-12-02T08:00:00.000Z' },
    removedPlanItems: [{ key: 'removed-item', at: '2026-12-03T10:00:00.000Z', receivedAt: { status: '2026-12-02T08:00:00.000Z' } }],
  });
  await db.settings.put({ key: 'preferences', value: { myName: 'Kari', language: 'nb', panelEverywhere: true, remindersEnabled: false, lastBackupAt: null, lock: null, autoLockMinutes: 10 } });
  return db;
}

const snapshot = async (db: SamtaleDatabase) => canonicalJson(await readAllData(db));

describe('backup and restore', () => {
  let source: SamtaleDatabase;
  beforeEach(async () => {
    source = await filledDatabase();
  });

  it('export → import into an empty profile → export gives identical data', async () => {
    const backup = await createBackup(source, null);
    const empty = await freshDatabase();
    const parsed = await parseBackup(backup);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(await planRestore(empty, parsed.data)).toMatchObject({ added: { dialogues: 2, items: 11, people: 1 }, updated: { dialogues: 0, items: 0, people: 0 }, preferences: true });
    await applyRestore(empty, parsed.data);
    expect(await snapshot(empty)).toBe(await snapshot(source));
    expect(JSON.parse(await createBackup(empty, null)).data).toEqual(JSON.parse(backup).data);
  });

  it('encrypts a backup with a passphrase and restores it with the same one only', async () => {
    const backup = await createBackup(source, 'backup passphrase');
    expect(backup).not.toContain('Ola Nordmann');
    expect(backup).not.toContain('PRIVATE');
    expect((await parseBackup(backup, 'backup passphrase')).ok).toBe(true);
    expect(await parseBackup(backup, 'Backup passphrase')).toMatchObject({ ok: false, problem: { kind: 'wrongPassphrase' } });
  });

  it('shows what a restore would change: new, updated and unchanged records', async () => {
    const parsed = await parseBackup(await createBackup(source, null));
    if (!parsed.ok) throw new Error('expected a valid backup');
    const firstItem = (await itemTable(source).toArray())[0]!;
    await itemTable(source).update(firstItem.id, { text: 'changed since the backup' });
    await itemTable(source).delete((await itemTable(source).toArray())[1]!.id);
    const plan = await planRestore(source, parsed.data);
    expect(plan.added.items).toBe(1);
    expect(plan.updated.items).toBe(1);
    expect(plan.preferences).toBe(false);
  });

  it('deletes all data, and the database is empty when reopened', async () => {
    await deleteAllData(source);
    source.close();
    await source.open();
    expect(JSON.parse(await snapshot(source))).toEqual({ dialogues: [], items: [], people: [], preferences: null });
  });
});

describe('bad backup files change nothing', async () => {
  const reference = await filledDatabase();
  const corpus = badBackups(await createBackup(reference, null), await createBackup(reference, 'backup passphrase'));

  it('has at least 25 bad files', () => expect(corpus.length).toBeGreaterThanOrEqual(25));

  it.each(corpus.map((bad) => [bad.name, bad] as const))('refuses %s', async (_, bad) => {
    const target = await filledDatabase();
    const before = await snapshot(target);
    const result = await parseBackup(bad.text, bad.passphrase ?? null);
    expect(result.ok ? 'accepted' : result.problem.kind).toBe(bad.expected);
    expect(await snapshot(target)).toBe(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });
});

describe('generated input (fast-check)', () => {
  it('never accepts arbitrary JSON, never throws, never pollutes (1,000 inputs)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), async (value) => {
        const result = await parseBackup(JSON.stringify(value));
        expect(result.ok).toBe(false);
        expect(Object.prototype).not.toHaveProperty('polluted');
      }),
      { numRuns: 1000 },
    );
  });

  it('a backup damaged at any one place is refused or is still fully valid; never partly applied (1,000 inputs)', async () => {
    const db = await filledDatabase();
    const validText = await createBackup(db, null);
    const target = await filledDatabase();
    const before = await snapshot(target);
    const paths: Array<Array<string | number>> = [];
    const walk = (value: unknown, path: Array<string | number>) => {
      paths.push(path);
      if (value && typeof value === 'object') for (const [key, child] of Object.entries(value)) walk(child, [...path, Array.isArray(value) ? Number(key) : key]);
    };
    walk(JSON.parse(validText), []);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...paths.filter((p) => p.length > 0)), fc.oneof(fc.jsonValue(), fc.constant(undefined), fc.string({ maxLength: 5 })), async (path, replacement) => {
        const file = JSON.parse(validText);
        let parent = file;
        for (const key of path.slice(0, -1)) parent = parent[key];
        const last = path.at(-1)!;
        if (replacement === undefined) delete parent[last];
        else parent[last] = replacement;
        const result = await parseBackup(JSON.stringify(file));
        if (result.ok) {
          // Whatever is accepted is whole and consistent: applying it to a copy succeeds completely.
          const copy = await freshDatabase();
          await applyRestore(copy, result.data);
          const byId = <T extends { id: string }>(list: T[]) => [...list].sort((a, b) => (a.id < b.id ? -1 : 1));
          const { dialogues, items, people, preferences } = result.data;
          expect(await snapshot(copy)).toBe(canonicalJson({ dialogues: byId(dialogues), items: byId(items), people: byId(people), preferences }));
        }
        expect(await snapshot(target)).toBe(before);
        expect(Object.prototype).not.toHaveProperty('polluted');
      }),
      { numRuns: 1000 },
    );
  }, 120_000);

  it('restores all or nothing when the write fails part-way (a full disk after some notes)', async () => {
    const parsed = await parseBackup(await createBackup(await filledDatabase(), null));
    if (!parsed.ok) throw new Error('expected a valid backup');
    const target = await freshDatabase();
    const store = Object.getPrototypeOf((await target.backendDB()).transaction('topicItems', 'readonly').objectStore('topicItems')) as IDBObjectStore;
    const put = store.put;
    let puts = 0;
    store.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (this.name === 'topicItems' && ++puts === 3) throw new DOMException('disk full', 'QuotaExceededError');
      return put.apply(this, args);
    };
    try {
      await expect(applyRestore(target, parsed.data as BackupData)).rejects.toThrow('disk full');
    } finally {
      store.put = put;
    }
    expect(puts).toBe(3);
    expect(JSON.parse(await snapshot(target))).toEqual({ dialogues: [], items: [], people: [], preferences: null });
  });
});

describe('a backup damaged in some records (issue #16)', () => {
  it('offers the valid rest, lists what it leaves out, and restores the rest', async () => {
    const source = await filledDatabase();
    const file = JSON.parse(await createBackup(source, null));
    const plan = file.data.items.find((item: { kind: string }) => item.kind === 'plan');
    plan.due = '20255-12-31';
    const parsed = await parseBackup(JSON.stringify(file));
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problem.kind).toBe('invalid');
    expect(parsed.salvage?.leftOut).toEqual([{ kind: 'item', id: plan.id, reason: expect.stringContaining('due') }]);
    expect(parsed.salvage?.data.items).toHaveLength(file.data.items.length - 1);
    const empty = await freshDatabase();
    await applyRestore(empty, parsed.salvage!.data);
    expect(await itemTable(empty).count()).toBe(file.data.items.length - 1);
    expect(await empty.dialogues.count()).toBe(file.data.dialogues.length);
  });

  it('leaves out what depends on a left-out record, and keeps the first of two records with one id', async () => {
    const source = await filledDatabase();
    const file = JSON.parse(await createBackup(source, null));
    const [person] = file.data.people;
    person.name = 'x'.repeat(201);
    file.data.dialogues.push({ ...file.data.dialogues[0] });
    const parsed = await parseBackup(JSON.stringify(file));
    if (parsed.ok) throw new Error('expected a damaged backup');
    const leftOut = parsed.salvage!.leftOut;
    const managersDialogue = file.data.dialogues.find((dialogue: { employeeId: string | null }) => dialogue.employeeId === person.id);
    expect(leftOut).toEqual(
      expect.arrayContaining([
        { kind: 'person', id: person.id, reason: expect.stringContaining('name') },
        { kind: 'dialogue', id: file.data.dialogues[0].id, reason: 'the same id twice' },
        { kind: 'dialogue', id: managersDialogue.id, reason: 'its employee is not in the file' },
      ]),
    );
    expect(parsed.salvage!.data.dialogues.map((dialogue) => dialogue.id)).not.toContain(managersDialogue.id);
  });

  it('offers nothing from a hostile file or one that is not a backup of this version', async () => {
    const source = await filledDatabase();
    const text = await createBackup(source, null);
    for (const bad of [text.replace('"role":', '"__proto__":{"polluted":true},"role":'), JSON.stringify({ ...JSON.parse(text), version: '1' }), JSON.stringify({ ...JSON.parse(text), data: { ...JSON.parse(text).data, items: 'none' } })]) {
      const parsed = await parseBackup(bad);
      expect(parsed.ok).toBe(false);
      expect(parsed.ok ? null : parsed.salvage).toBeUndefined();
    }
  });
});
