import { batch, signal, type ReadonlySignal } from '@preact/signals';
import type { Item, Preferences } from '../domain/schema';
import type { ItemChanges } from '../domain/dialogues';
import type { SamtaleDatabase } from '../storage/db';
import type { Connection } from './connection';
import type { PreferencesSlice } from './preferences';

/** The lock's code (and the crypto under it) loads only for users who turn the lock on. */
const lockCode = () => import('../security/lock');

export type LockState = 'off' | 'locked' | 'unlocked';

export interface LockSessionDeps {
  connection: Connection;
  preferences: Pick<PreferencesSlice, 'stored' | 'record'>;
  /** Writes every edit still pending (before the key goes, or before all words are rewritten). */
  flushDrafts(): Promise<void>;
  /** The lock closed: the panel's words in memory are let go (see lockNow). */
  forgetWords(): void;
  /** The lock opened: what was read sealed is read again with the key. */
  readAgain(): void;
  /** Every item was rewritten here (sealed or opened): what is shown is read from the database again. */
  readStored(): Promise<void>;
  /** Tells the other open panels that this one locked, and hears when one of them did (a lock locks them all). */
  lockSignal?: { announce(): void; listen(onLocked: () => void): void };
}

/**
 * The optional lock, as this panel holds it: off, locked (no key in memory) or unlocked (the key only here, in
 * this panel's memory). Seals what is written and opens what is read while unlocked; closes after the chosen
 * minutes without use, and with every other open panel.
 */
export function createLockSession(deps: LockSessionDeps) {
  const state = signal<LockState>('off');
  let key: CryptoKey | null = null;
  /** The key's bytes, for sealing a closing panel's last words at once (`sealChangesNow`, lib/security/lock.ts); zeroed on lock. */
  let keyBytes: Uint8Array | null = null;
  /** The lock's code, once loaded (a closing panel seals with it at once, and cannot wait for it to load). */
  let loadedLockCode: Awaited<ReturnType<typeof lockCode>> | null = null;
  const hold = (opened: { key: CryptoKey; bytes: Uint8Array }, code: Awaited<ReturnType<typeof lockCode>>) => {
    key = opened.key;
    keyBytes = opened.bytes;
    loadedLockCode = code;
  };
  const letGo = () => {
    key = null;
    keyBytes?.fill(0);
    keyBytes = null;
  };
  let autoLockTimer: ReturnType<typeof setTimeout> | undefined;

  function noteActivity(): void {
    clearTimeout(autoLockTimer);
    if (state.value !== 'unlocked') return;
    autoLockTimer = setTimeout(() => void lockNow(), deps.preferences.stored.value.autoLockMinutes * 60_000);
  }

  async function lockNow({ announce = true }: { announce?: boolean } = {}): Promise<void> {
    if (announce && state.value === 'unlocked') deps.lockSignal?.announce();
    await deps.flushDrafts();
    letGo();
    clearTimeout(autoLockTimer);
    batch(() => {
      deps.forgetWords();
      state.value = state.value === 'off' ? 'off' : 'locked';
    });
  }

  /** Seals whatever is still plain text in the database (imported, restored or written before the lock). */
  async function sealPlaintext(db: SamtaleDatabase): Promise<void> {
    if (!key || state.value === 'off') return;
    const k = key;
    const { hasPlaintext, rewriteAllItems, sealItem } = await lockCode();
    await rewriteAllItems(db, (item) => (hasPlaintext(item) ? sealItem(k, item) : Promise.resolve(item)));
  }

  /** Stores the lock's settings in the preferences record (within the rewrite's transaction). */
  const storeSettings = (db: SamtaleDatabase, lock: Preferences['lock']) => db.settings.put(deps.preferences.record({ lock }));

  deps.lockSignal?.listen(() => void lockNow({ announce: false }));

  return {
    state: state as ReadonlySignal<LockState>,
    /** The key in memory, if unlocked (a restore is fitted to it: lib/files/backup.ts). */
    key: (): CryptoKey | null => key,
    noteActivity,
    lockNow: () => lockNow(),
    sealPlaintext,

    /** The preferences say whether there is a lock: the state follows (a key in memory keeps it open). */
    settingsShown(settings: Preferences['lock']): void {
      state.value = settings ? (key ? 'unlocked' : 'locked') : 'off';
    },

    /** Items as the panel shows them: opened with the key when sealed (without it, their words stay hidden). */
    async readable(items: Item[]): Promise<Item[]> {
      if (!key || !items.some((item) => item.sealed)) return items;
      const k = key;
      const { unsealItem } = await lockCode();
      return Promise.all(items.map((item) => unsealItem(k, item).catch(() => item)));
    },

    /** Seals changes with the key held now; null when there is no key (nothing may be written then, under a lock). */
    sealer(): ((current: Item, changes: ItemChanges) => Promise<ItemChanges>) | null {
      if (!key) return null;
      const k = key;
      return async (current, changes) => (await lockCode()).sealChanges(k, current, changes);
    },

    /**
     * Seals changes at once, for a panel that is closing and cannot wait for WebCrypto; null when there is no key
     * (or its code has not loaded yet).
     */
    sealerNow(): ((current: Item, changes: ItemChanges) => ItemChanges) | null {
      const bytes = keyBytes;
      const code = loadedLockCode;
      return bytes && code ? (current, changes) => code.sealChangesNow(bytes, current, changes) : null;
    },

    /** Forgets the key without a word to the other panels (every record is being deleted). */
    forgetKey(): void {
      letGo();
    },

    /** Turns the lock on: every item's words are sealed with a key from the passphrase, in one transaction. */
    async enable(passphrase: string): Promise<boolean> {
      if (deps.connection.isReadOnly() || deps.preferences.stored.value.lock) return false;
      await deps.flushDrafts();
      const code = await lockCode();
      const created = await deps.connection.guard((db) => code.turnLockOn(db, passphrase, storeSettings));
      if (!created) return false;
      hold(created, code);
      state.value = 'unlocked';
      await deps.readStored();
      noteActivity();
      return true;
    },

    /** Opens the lock; a wrong passphrase changes nothing. */
    async unlock(passphrase: string): Promise<boolean> {
      const settings = deps.preferences.stored.value.lock;
      if (!settings) return true;
      const code = await lockCode();
      const unlocked = await code.unlockKey(settings, passphrase);
      if (!unlocked) return false;
      hold(unlocked, code);
      state.value = 'unlocked';
      deps.readAgain();
      noteActivity();
      if (!deps.connection.isReadOnly()) await deps.connection.guard(sealPlaintext);
      await deps.readStored();
      return true;
    },

    /** Turns the lock off (while open): every item's words are written back as plain text. */
    async disable(): Promise<boolean> {
      if (!key || deps.connection.isReadOnly()) return false;
      await deps.flushDrafts();
      const k = key;
      const { turnLockOff } = await lockCode();
      const done = await deps.connection.guard((db) => turnLockOff(db, k, storeSettings).then(() => true));
      if (!done) return false;
      letGo();
      clearTimeout(autoLockTimer);
      state.value = 'off';
      await deps.readStored();
      return true;
    },
  };
}

export type LockSession = ReturnType<typeof createLockSession>;
