import { z } from '../zod';
import { DEFAULT_PREFERENCES } from '../domain/constants';
import { readPreferences, type SamtaleDatabase } from '../storage/db';
import { allItems } from '../storage/all-items';
import { openWithPassphrase, PassphraseEnvelopeFields, sealWithPassphrase } from './passphrase-file';
import { DialogueSchema, ItemSchema, PersonSchema, PreferencesSchema, type Dialogue, type Item, type Person, type Preferences } from '../domain/schema';
import { firstIssue, parseJson, readFileText, type FileProblem } from './file-text';

/**
 * Backup and restore of everything Samtale stores, as one versioned JSON file, optionally encrypted with a
 * passphrase. A backup is parsed and checked completely before anything is written; the restore itself (what it
 * would change, then one transaction: any problem leaves the database exactly as it was) is lib/files/restore.ts.
 */
export const BACKUP_FORMAT = 'samtale-backup';
export const ENCRYPTED_BACKUP_FORMAT = 'samtale-backup-encrypted';
export const BACKUP_VERSION = 1;
/** Far above ten years of a manager's notes (about 40,000), far below what a tab can hold twice. */
export const MAX_BACKUP_BYTES = 200 * 1024 * 1024;

export const BackupDataSchema = z
  .object({
    dialogues: z.array(DialogueSchema.strict()).max(100_000),
    items: z.array(ItemSchema).max(1_000_000),
    people: z.array(PersonSchema.strict()).max(10_000),
    preferences: PreferencesSchema.strict().nullable(),
  })
  .strict();
export type BackupData = z.infer<typeof BackupDataSchema>;

const BackupSchema = z
  .object({ format: z.literal(BACKUP_FORMAT), version: z.literal(BACKUP_VERSION), exportedAt: z.iso.datetime({ offset: true }), data: BackupDataSchema })
  .strict();

const EncryptedBackupSchema = z.object({ format: z.literal(ENCRYPTED_BACKUP_FORMAT), version: z.literal(BACKUP_VERSION), ...PassphraseEnvelopeFields }).strict();

export type BackupProblem = FileProblem;

/** A record a damaged backup cannot restore, and why. */
export interface LeftOutRecord {
  kind: 'dialogue' | 'item' | 'person' | 'preferences';
  id: string | null;
  reason: string;
}

/** What can still be restored from a backup that is valid except for some records. */
export interface SalvagedBackup {
  data: BackupData;
  leftOut: LeftOutRecord[];
}

export type ParsedBackup =
  | { ok: true; data: BackupData; encrypted: boolean }
  | { ok: false; problem: BackupProblem; /** Present when the rest of the file can be restored without the damaged records. */ salvage?: SalvagedBackup };

export async function readAllData(db: SamtaleDatabase): Promise<BackupData> {
  return db.transaction('r', db.dialogues, db.topicItems, db.people, db.settings, async () => ({
    dialogues: await db.dialogues.orderBy('id').toArray(),
    items: await allItems(db),
    people: await db.people.orderBy('id').toArray(),
    preferences: await readPreferences(db).then((stored) => (stored ? { ...DEFAULT_PREFERENCES, ...stored } : null)),
  }));
}

export async function createBackup(db: SamtaleDatabase, passphrase: string | null, now: Date = new Date()): Promise<string> {
  const plain = JSON.stringify({ format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now.toISOString(), data: await readAllData(db) });
  if (!passphrase) return plain;
  return JSON.stringify({ format: ENCRYPTED_BACKUP_FORMAT, version: BACKUP_VERSION, ...(await sealWithPassphrase(plain, passphrase)) });
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Rejects keys that could reach an object's prototype, anywhere in the file. Walked with a stack of its own, not
 * by recursion: a hostile file nested 200,000 levels deep would otherwise overflow the call stack. The walk names no
 * path (building one for each of a large backup's million values took a third of a second); only a file that has
 * such a key is walked again to say where.
 */
export function findForbiddenKey(root: unknown): string | null {
  const pending: unknown[] = [root];
  while (pending.length > 0) {
    const value = pending.pop();
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) if (value[i] !== null && typeof value[i] === 'object') pending.push(value[i]);
    } else if (value !== null && typeof value === 'object') {
      for (const key of Object.keys(value)) {
        if (FORBIDDEN_KEYS.has(key)) return forbiddenKeyPath(root);
        const inner = (value as Record<string, unknown>)[key];
        if (inner !== null && typeof inner === 'object') pending.push(inner);
      }
    }
  }
  return null;
}

/** Where the first forbidden key is, as a path (for the message). */
function forbiddenKeyPath(root: unknown): string {
  const pending: Array<[unknown, string]> = [[root, '']];
  while (pending.length > 0) {
    const [value, path] = pending.pop()!;
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) pending.push([value[i], `${path}[${i}]`]);
    } else if (value !== null && typeof value === 'object') {
      for (const key of Object.keys(value)) {
        if (FORBIDDEN_KEYS.has(key)) return `${path}.${key}`;
        pending.push([(value as Record<string, unknown>)[key], `${path}.${key}`]);
      }
    }
  }
  return '';
}

/**
 * References and ids the schema cannot see: every item belongs to a dialogue in the file, no id twice. Linear in
 * the number of records (a quadratic search for duplicates took 117 s for 200,000 notes).
 */
function findInconsistency(data: BackupData): string | null {
  const duplicate = (ids: string[]) => {
    const seen = new Set<string>();
    for (const id of ids) {
      if (seen.has(id)) return id;
      seen.add(id);
    }
    return undefined;
  };
  const dialogueIds = data.dialogues.map((d) => d.id);
  const personIds = new Set(data.people.map((p) => p.id));
  const twice = duplicate(dialogueIds) ?? duplicate(data.items.map((i) => i.id)) ?? duplicate(data.people.map((p) => p.id));
  if (twice) return `duplicate id ${twice}`;
  const dialogues = new Set(dialogueIds);
  const orphan = data.items.find((item) => !dialogues.has(item.dialogueId));
  if (orphan) return `item ${orphan.id} belongs to no dialogue in the file`;
  const stray = data.dialogues.find((d) => d.employeeId !== null && !personIds.has(d.employeeId));
  if (stray) return `dialogue ${stray.id} names an employee not in the file`;
  return null;
}

function validatePlain(value: unknown, encrypted: boolean): ParsedBackup {
  const forbidden = findForbiddenKey(value);
  if (forbidden) return { ok: false, problem: { kind: 'invalid', detail: `forbidden key ${forbidden}` } };
  const parsed = BackupSchema.safeParse(value);
  if (!parsed.success) return { ok: false, problem: { kind: 'invalid', detail: firstIssue(parsed.error) }, ...salvageOf(value) };
  const inconsistency = findInconsistency(parsed.data.data);
  if (inconsistency) return { ok: false, problem: { kind: 'invalid', detail: inconsistency }, ...salvageOf(value) };
  return { ok: true, data: parsed.data.data, encrypted };
}

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const idOf = (record: unknown): string | null => (isPlainObject(record) && typeof record.id === 'string' ? record.id.slice(0, 64) : null);

/**
 * The records of a damaged backup that are each valid and consistent with each other (issue #16: one bad value
 * anywhere refused the whole file). Only for a file that is a Samtale backup of this version with its lists in
 * place; each record is checked with the same schema as a whole backup, duplicates keep their first, and what
 * depends on a left-out record (a dialogue's items, an employee's dialogues) is left out with it and listed.
 */
export function salvageOf(value: unknown): { salvage?: SalvagedBackup } {
  if (!isPlainObject(value) || value.format !== BACKUP_FORMAT || value.version !== BACKUP_VERSION || !isPlainObject(value.data)) return {};
  const { dialogues, items, people, preferences } = value.data;
  if (!Array.isArray(dialogues) || !Array.isArray(items) || !Array.isArray(people)) return {};
  if (dialogues.length > 100_000 || items.length > 1_000_000 || people.length > 10_000) return {};
  const leftOut: LeftOutRecord[] = [];
  const keep = <T extends { id: string }>(kind: LeftOutRecord['kind'], records: unknown[], schema: { safeParse(record: unknown): { success: true; data: T } | { success: false; error: z.ZodError } }): T[] => {
    const kept = new Map<string, T>();
    for (const record of records) {
      const parsed = schema.safeParse(record);
      if (!parsed.success) {
        leftOut.push({ kind, id: idOf(record), reason: firstIssue(parsed.error, '(record)') });
      } else if (kept.has(parsed.data.id)) leftOut.push({ kind, id: parsed.data.id, reason: 'the same id twice' });
      else kept.set(parsed.data.id, parsed.data);
    }
    return [...kept.values()];
  };
  const keptPeople = keep<Person>('person', people, PersonSchema.strict());
  const personIds = new Set(keptPeople.map((person) => person.id));
  const keptDialogues = keep<Dialogue>('dialogue', dialogues, DialogueSchema.strict()).filter((dialogue) => {
    if (dialogue.employeeId === null || personIds.has(dialogue.employeeId)) return true;
    leftOut.push({ kind: 'dialogue', id: dialogue.id, reason: 'its employee is not in the file' });
    return false;
  });
  const dialogueIds = new Set(keptDialogues.map((dialogue) => dialogue.id));
  const keptItems = keep<Item>('item', items, ItemSchema).filter((item) => {
    if (dialogueIds.has(item.dialogueId)) return true;
    leftOut.push({ kind: 'item', id: item.id, reason: 'its dialogue is not in the file' });
    return false;
  });
  let keptPreferences: Preferences | null = null;
  if (preferences !== null && preferences !== undefined) {
    const parsed = PreferencesSchema.strict().safeParse(preferences);
    if (parsed.success) keptPreferences = parsed.data;
    else leftOut.push({ kind: 'preferences', id: null, reason: parsed.error.issues[0]!.message });
  }
  const restorable = keptDialogues.length + keptItems.length + keptPeople.length + (keptPreferences ? 1 : 0);
  if (leftOut.length === 0 || restorable === 0) return {};
  return { salvage: { data: { dialogues: keptDialogues, items: keptItems, people: keptPeople, preferences: keptPreferences }, leftOut } };
}

/**
 * Reads a backup file's text; an encrypted one needs its passphrase. Says clearly why a file is refused, and never
 * throws: whatever a hostile file makes the checks do (an engine limit included) becomes a message.
 */
export async function parseBackup(text: string, passphrase: string | null = null): Promise<ParsedBackup> {
  try {
    return await parseBackupText(text, passphrase);
  } catch (error) {
    return { ok: false, problem: { kind: 'invalid', detail: error instanceof Error ? error.message : String(error) } };
  }
}

async function parseBackupText(text: string, passphrase: string | null): Promise<ParsedBackup> {
  const file = readFileText(text, { tooLarge: text.length > MAX_BACKUP_BYTES, formats: { [BACKUP_FORMAT]: BACKUP_VERSION, [ENCRYPTED_BACKUP_FORMAT]: BACKUP_VERSION } });
  if (!file.ok) return file;
  const value = file.value;
  if (value.format === BACKUP_FORMAT) return validatePlain(value, false);

  const envelope = EncryptedBackupSchema.safeParse(value);
  if (!envelope.success) return { ok: false, problem: { kind: 'invalid', detail: envelope.error.issues[0]!.path.join('.') } };
  if (!passphrase) return { ok: false, problem: { kind: 'passphraseNeeded' } };
  const plain = await openWithPassphrase(envelope.data, passphrase);
  if (plain === null) return { ok: false, problem: { kind: 'wrongPassphrase' } };
  const inner = parseJson(plain);
  if (!inner.ok) return { ok: false, problem: { kind: 'notJson' } };
  return validatePlain(inner.value, true);
}
