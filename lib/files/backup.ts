import { z } from '../zod';
import { DEFAULT_PREFERENCES } from '../domain/constants';
import { readPreferences, type SamtaleDatabase } from '../storage/db';
import { deriveKey, fromBase64, open, PBKDF2_ITERATIONS, randomBytes, seal, toBase64 } from '../security/crypto';
import { DialogueSchema, ItemSchema, PersonSchema, PreferencesSchema, type Dialogue, type Item, type Person, type Preferences } from '../domain/schema';

/**
 * Backup and restore of everything Samtale stores, as one versioned JSON file, optionally encrypted with a
 * passphrase. A restore is parsed and checked completely before anything is written, shows what it would
 * change, and is applied in one transaction: any problem leaves the database exactly as it was.
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

const EncryptedBackupSchema = z
  .object({
    format: z.literal(ENCRYPTED_BACKUP_FORMAT),
    version: z.literal(BACKUP_VERSION),
    kdf: z.object({ name: z.literal('PBKDF2'), hash: z.literal('SHA-256'), iterations: z.number().int().min(PBKDF2_ITERATIONS).max(10_000_000), salt: z.base64() }).strict(),
    cipher: z.object({ name: z.literal('AES-GCM'), iv: z.base64() }).strict(),
    data: z.base64(),
  })
  .strict();

export type BackupProblem =
  | { kind: 'tooLarge' }
  | { kind: 'notJson' }
  | { kind: 'foreign' }
  | { kind: 'newerVersion' }
  | { kind: 'passphraseNeeded' }
  | { kind: 'wrongPassphrase' }
  | { kind: 'invalid'; detail: string };

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
  return db.transaction('r', db.dialogues, db.items, db.people, db.settings, async () => ({
    dialogues: await db.dialogues.orderBy('id').toArray(),
    items: await db.items.orderBy('id').toArray(),
    people: await db.people.orderBy('id').toArray(),
    preferences: await readPreferences(db).then((stored) => (stored ? { ...DEFAULT_PREFERENCES, ...stored } : null)),
  }));
}

export async function createBackup(db: SamtaleDatabase, passphrase: string | null, now: Date = new Date()): Promise<string> {
  const plain = JSON.stringify({ format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now.toISOString(), data: await readAllData(db) });
  if (!passphrase) return plain;
  const salt = randomBytes(16);
  const sealed = await seal(await deriveKey(passphrase, salt), plain);
  return JSON.stringify({
    format: ENCRYPTED_BACKUP_FORMAT,
    version: BACKUP_VERSION,
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: PBKDF2_ITERATIONS, salt: toBase64(salt) },
    cipher: { name: 'AES-GCM', iv: sealed.iv },
    data: sealed.data,
  });
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Rejects keys that could reach an object's prototype, anywhere in the file. Walked with a stack of its own, not
 * by recursion: a hostile file nested 200,000 levels deep would otherwise overflow the call stack.
 */
export function findForbiddenKey(root: unknown): string | null {
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
  return null;
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

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text.replace(/^\uFEFF/, '')) };
  } catch {
    return { ok: false };
  }
}

function validatePlain(value: unknown, encrypted: boolean): ParsedBackup {
  const forbidden = findForbiddenKey(value);
  if (forbidden) return { ok: false, problem: { kind: 'invalid', detail: `forbidden key ${forbidden}` } };
  const parsed = BackupSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { ok: false, problem: { kind: 'invalid', detail: `${issue.path.join('.') || '(file)'}: ${issue.message}` }, ...salvageOf(value) };
  }
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
        const issue = parsed.error.issues[0]!;
        leftOut.push({ kind, id: idOf(record), reason: `${issue.path.join('.') || '(record)'}: ${issue.message}` });
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
  if (text.length > MAX_BACKUP_BYTES) return { ok: false, problem: { kind: 'tooLarge' } };
  const json = parseJson(text);
  if (!json.ok) return { ok: false, problem: { kind: 'notJson' } };
  const value = json.value as { format?: unknown; version?: unknown } | null;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, problem: { kind: 'foreign' } };
  if (value.format !== BACKUP_FORMAT && value.format !== ENCRYPTED_BACKUP_FORMAT) return { ok: false, problem: { kind: 'foreign' } };
  if (typeof value.version === 'number' && value.version > BACKUP_VERSION) return { ok: false, problem: { kind: 'newerVersion' } };
  if (value.format === BACKUP_FORMAT) return validatePlain(value, false);

  const envelope = EncryptedBackupSchema.safeParse(value);
  if (!envelope.success) return { ok: false, problem: { kind: 'invalid', detail: envelope.error.issues[0]!.path.join('.') } };
  if (!passphrase) return { ok: false, problem: { kind: 'passphraseNeeded' } };
  let plain: string;
  try {
    const key = await deriveKey(passphrase, fromBase64(envelope.data.kdf.salt), envelope.data.kdf.iterations);
    plain = await open(key, { iv: envelope.data.cipher.iv, data: envelope.data.data });
  } catch {
    return { ok: false, problem: { kind: 'wrongPassphrase' } };
  }
  const inner = parseJson(plain);
  if (!inner.ok) return { ok: false, problem: { kind: 'notJson' } };
  return validatePlain(inner.value, true);
}

/** JSON with object keys sorted: the same record gives the same text whatever order its keys were written in. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}

export interface RestorePlan {
  added: { dialogues: number; items: number; people: number };
  updated: { dialogues: number; items: number; people: number };
  unchanged: number;
  preferences: boolean;
}

/** What restoring would change: records new to this browser, records that differ, records already the same. */
export async function planRestore(db: SamtaleDatabase, data: BackupData): Promise<RestorePlan> {
  const current = await readAllData(db);
  const plan: RestorePlan = { added: { dialogues: 0, items: 0, people: 0 }, updated: { dialogues: 0, items: 0, people: 0 }, unchanged: 0, preferences: false };
  const compare = (kind: 'dialogues' | 'items' | 'people', incoming: Array<{ id: string }>, existing: Array<{ id: string }>) => {
    const byId = new Map(existing.map((record) => [record.id, canonicalJson(record)]));
    for (const record of incoming) {
      const before = byId.get(record.id);
      if (before === undefined) plan.added[kind]++;
      else if (before !== canonicalJson(record)) plan.updated[kind]++;
      else plan.unchanged++;
    }
  };
  compare('dialogues', data.dialogues, current.dialogues);
  compare('items', data.items, current.items);
  compare('people', data.people, current.people);
  plan.preferences = data.preferences !== null && canonicalJson(data.preferences) !== canonicalJson(current.preferences);
  return plan;
}

/** Writes every record of the backup (adding and updating; nothing else is deleted), all or nothing. */
export async function applyRestore(db: SamtaleDatabase, data: BackupData): Promise<void> {
  await db.transaction('rw', db.dialogues, db.items, db.people, db.settings, async () => {
    await db.people.bulkPut(data.people as Person[]);
    await db.dialogues.bulkPut(data.dialogues as Dialogue[]);
    await db.items.bulkPut(data.items as Item[]);
    if (data.preferences) await db.settings.put({ key: 'preferences', value: data.preferences as Preferences });
  });
}

/** Deletes everything Samtale stores in this browser. */
export async function deleteAllData(db: SamtaleDatabase): Promise<void> {
  await db.transaction('rw', db.dialogues, db.items, db.people, db.settings, async () => {
    await Promise.all([db.dialogues.clear(), db.items.clear(), db.people.clear(), db.settings.clear()]);
  });
}

export type RestoreLockProblem = { kind: 'lockPassphraseNeeded' } | { kind: 'wrongLockPassphrase' } | { kind: 'sealedWithoutLock' } | { kind: 'panelLocked' };

/** What a restore does with the lock: it stays as it is in this browser; the backup's locked notes are opened and locked again. */
export interface RestoreLockOutcome {
  /** The lock is on in this browser (and stays on): every restored note is stored sealed under its key. */
  lockOn: boolean;
  /** Notes the backup held locked under another passphrase, opened with it. */
  reopened: number;
}

const sameLockSettings = (a: Preferences['lock'], b: Preferences['lock']) => a !== null && b !== null && a.salt === b.salt && a.verifier.data === b.verifier.data;

/**
 * Fits a backup's records to this browser's lock before anything is written (issue #16: a restore used to replace
 * the lock with the backup's, which left notes sealed under this browser's lock unreadable for good). The lock of
 * this browser never changes by a restore: notes the backup holds sealed under another lock are opened with that
 * lock's passphrase, and with the lock on here every restored note is sealed under this browser's key. Whatever
 * cannot be opened refuses the restore, which then changes nothing.
 */
export async function fitRestoreToLock(
  data: BackupData,
  current: { lock: Preferences['lock']; key: CryptoKey | null },
  lockPassphrase: string | null,
): Promise<{ ok: true; data: BackupData; lock: RestoreLockOutcome } | { ok: false; problem: RestoreLockProblem | BackupProblem }> {
  const { hasPlaintext, sealItem, unlockKey, unsealItem } = await import('../security/lock');
  if (current.lock && !current.key) return { ok: false, problem: { kind: 'panelLocked' } };
  const backupLock = data.preferences?.lock ?? null;
  const foreignSealed = data.items.some((item) => item.sealed) && !sameLockSettings(backupLock, current.lock);
  let backupKey: CryptoKey | null = null;
  if (foreignSealed) {
    if (!backupLock) return { ok: false, problem: { kind: 'sealedWithoutLock' } };
    if (!lockPassphrase) return { ok: false, problem: { kind: 'lockPassphraseNeeded' } };
    backupKey = await unlockKey(backupLock, lockPassphrase);
    if (!backupKey) return { ok: false, problem: { kind: 'wrongLockPassphrase' } };
  }
  let reopened = 0;
  const items: Item[] = [];
  for (const item of data.items as Item[]) {
    let fitted = item;
    if (item.sealed && backupKey) {
      try {
        fitted = await unsealItem(backupKey, item);
      } catch {
        return { ok: false, problem: { kind: 'invalid', detail: `the locked note ${item.id} cannot be opened` } };
      }
      reopened++;
    }
    if (current.key && !fitted.sealed && hasPlaintext(fitted)) fitted = await sealItem(current.key, fitted);
    items.push(fitted);
  }
  const preferences = data.preferences ? { ...data.preferences, lock: current.lock } : null;
  return { ok: true, data: { ...data, items, preferences }, lock: { lockOn: current.lock !== null, reopened } };
}
