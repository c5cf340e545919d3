import type { Preferences } from './schema';

/**
 * Values the side panel needs at run time, kept apart from schema.ts so that importing them does not pull the
 * schemas (and Zod) into the panel's bundle: the panel only parses input from outside, lazily.
 */

export { MAX_TEXT_LENGTH } from './values';

export const DEFAULT_PREFERENCES: Preferences = { myName: '', language: 'auto', panelEverywhere: false, remindersEnabled: false, lastBackupAt: null, lock: null, autoLockMinutes: 10 };

/** The port a side panel opens to the background (see lib/extension/background-flush.ts). */
export const PANEL_PORT_NAME = 'samtale-panel';

/** The newest schema version this code declares (Dexie writes it to IndexedDB multiplied by ten). */
export const SCHEMA_VERSION = 5;
