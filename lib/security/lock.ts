import type { SamtaleDatabase } from '../storage/db';
import { allItems } from '../storage/all-items';
import { putItems } from '../storage/item-writes';
import type { ItemChanges } from '../domain/dialogues';
import { gcm } from '@noble/ciphers/aes.js';
import { deriveKeyMaterial, open, PBKDF2_ITERATIONS, randomBytes, seal, toBase64, fromBase64, type Sealed } from './crypto';
import { ITEM_TEXT_FIELDS as TEXT_FIELDS, type ItemTextField as TextField } from '../domain/values';
import type { Item } from '../domain/schema';

/**
 * The optional lock: with it on, every text a user writes in an item is stored only as AES-GCM ciphertext
 * (`sealed`), under a key derived from a passphrase. The key exists only in the open panel's memory; the
 * database keeps the salt and a verifier (a known text, sealed) so a wrong passphrase is recognised.
 */
export const LOCK_CHECK = 'samtale-lock-v1';

export interface LockSettings {
  salt: string;
  iterations: number;
  verifier: Sealed;
}

/** The lock's key, and its bytes for a closing panel's last words (lib/security/crypto.ts `deriveKeyMaterial`). */
export interface LockKey {
  key: CryptoKey;
  bytes: Uint8Array;
}

export async function createLock(passphrase: string): Promise<{ settings: LockSettings } & LockKey> {
  const salt = randomBytes(16);
  const { key, bytes } = await deriveKeyMaterial(passphrase, salt, PBKDF2_ITERATIONS);
  return { settings: { salt: toBase64(salt), iterations: PBKDF2_ITERATIONS, verifier: await seal(key, LOCK_CHECK) }, key, bytes };
}

/** The key for a passphrase, or null when the passphrase is wrong. */
export async function unlockKey(settings: LockSettings, passphrase: string): Promise<LockKey | null> {
  const material = await deriveKeyMaterial(passphrase, fromBase64(settings.salt), settings.iterations);
  try {
    if ((await open(material.key, settings.verifier)) === LOCK_CHECK) return material;
  } catch {
    // A wrong passphrase: the verifier does not open.
  }
  material.bytes.fill(0);
  return null;
}

function textFields(item: Partial<Record<TextField, unknown>>): Partial<Record<TextField, string>> {
  const fields: Partial<Record<TextField, string>> = {};
  for (const field of TEXT_FIELDS) if (typeof item[field] === 'string') fields[field] = item[field] as string;
  return fields;
}

const blanked = (fields: Partial<Record<TextField, string>>) => Object.fromEntries(Object.keys(fields).map((field) => [field, ''])) as Partial<Record<TextField, string>>;

export const hasPlaintext = (item: Item): boolean => Object.values(textFields(item)).some((value) => value !== '');

/** The item as stored under the lock: its words sealed, the plain fields empty. */
export async function sealItem(key: CryptoKey, item: Item): Promise<Item> {
  const fields = textFields(item);
  return { ...item, ...blanked(fields), sealed: await seal(key, JSON.stringify(fields)) } as Item;
}

/** The item with its words back, for the panel's memory only. */
export async function unsealItem(key: CryptoKey, item: Item): Promise<Item> {
  if (!item.sealed) return item;
  const fields = JSON.parse(await open(key, item.sealed)) as Partial<Record<TextField, string>>;
  return { ...item, ...textFields(fields), sealed: null } as Item;
}

/** What an edit under the lock seals: all of the item's words (as one JSON text), and the changes with them blanked. */
export function toSeal(current: Item, changes: ItemChanges): { plaintext: string; blankedChanges: ItemChanges } {
  const fields = textFields({ ...current, ...changes } as Item);
  return { plaintext: JSON.stringify(fields), blankedChanges: { ...changes, ...blanked(fields) } as ItemChanges };
}

/** The changes to write for an edit under the lock: all of the item's words sealed again, none in plain text. */
export async function sealChanges(key: CryptoKey, current: Item, changes: ItemChanges): Promise<ItemChanges> {
  const { plaintext, blankedChanges } = toSeal(current, changes);
  return { ...blankedChanges, sealed: await seal(key, plaintext) } as ItemChanges;
}

/*
 * Sealing without waiting, for a panel that is closing (issue #16: under the lock, closing the panel straight after
 * typing lost the last keystrokes, because WebCrypto answers only after the page has gone). The same AES-256-GCM
 * as lib/security/crypto.ts `seal` (a 12-byte nonce, the tag after the ciphertext) in plain JavaScript
 * (@noble/ciphers, audited), so WebCrypto opens what this seals (tests/security/seal-now.test.ts). It comes with
 * the lock's code, which only users of the lock load.
 */

export function sealNow(keyBytes: Uint8Array, plaintext: string): Sealed {
  const iv = randomBytes(12);
  return { iv: toBase64(iv), data: toBase64(gcm(keyBytes, iv).encrypt(new TextEncoder().encode(plaintext))) };
}

/** `sealChanges`, at once. */
export function sealChangesNow(keyBytes: Uint8Array, current: Item, changes: ItemChanges): ItemChanges {
  const { plaintext, blankedChanges } = toSeal(current, changes);
  return { ...blankedChanges, sealed: sealNow(keyBytes, plaintext) } as ItemChanges;
}

/**
 * Rewrites every item: sealed (lock turned on) or opened (turned off). The crypto runs outside the transaction
 * (IndexedDB transactions cannot wait for it); the write checks that no item changed meanwhile, else starts over.
 */
export async function rewriteAllItems(db: SamtaleDatabase, transform: (item: Item) => Promise<Item>, extra: () => Promise<void> = async () => undefined): Promise<void> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const items = await allItems(db);
    const transformed = await Promise.all(items.map(transform));
    // Only what the transform changed is written.
    const rewritten = transformed.filter((item, index) => item !== items[index]);
    const done = await db.transaction('rw', db.topicItems, db.settings, async () => {
      const now = await allItems(db);
      const before = new Map(items.map((item) => [item.id, item.updatedAt]));
      if (now.length !== items.length || now.some((item) => before.get(item.id) !== item.updatedAt)) return false;
      await putItems(db, rewritten);
      await extra();
      return true;
    });
    if (done) return;
  }
  throw new Error('The notes kept changing; try again');
}

/** Stores the lock's new settings (the panel's one preferences record, with this lock in it). */
type StoreLockSettings = (db: SamtaleDatabase, settings: LockSettings | null) => Promise<unknown>;

/** Turns the lock on: a key from the passphrase, every item's words sealed with it and the settings stored, in one transaction. */
export async function turnLockOn(db: SamtaleDatabase, passphrase: string, storeSettings: StoreLockSettings): Promise<LockKey> {
  const created = await createLock(passphrase);
  await rewriteAllItems(db, (item) => (hasPlaintext(item) ? sealItem(created.key, item) : Promise.resolve(item)), () => storeSettings(db, created.settings).then(() => undefined));
  return { key: created.key, bytes: created.bytes };
}

/** Turns the lock off: every item's words written back as plain text and the settings removed, in one transaction. */
export async function turnLockOff(db: SamtaleDatabase, key: CryptoKey, storeSettings: StoreLockSettings): Promise<void> {
  await rewriteAllItems(db, (item) => (item.sealed ? unsealItem(key, item) : Promise.resolve(item)), () => storeSettings(db, null).then(() => undefined));
}
