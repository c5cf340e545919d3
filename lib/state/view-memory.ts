import { SCHEMA_VERSION } from '../domain/constants';
import type { FirstScreenRecords } from './first-screen';
import type { Route } from './router';

/**
 * A small JSON value in the extension's own localStorage (never a note). Losing it is harmless, so a value
 * that cannot be read is null and one that cannot be written is dropped; null, or a value longer than
 * maxLength as JSON, removes it.
 */
function localJson(webStorage: Storage | undefined, key: string, maxLength = Infinity) {
  return {
    read(): unknown {
      try {
        return JSON.parse(webStorage?.getItem(key) ?? 'null');
      } catch {
        return null;
      }
    },
    write(value: unknown): void {
      try {
        const json = value === null ? null : JSON.stringify(value);
        const text = json !== null && json.length <= maxLength ? json : null;
        // Unchanged is not written again: each write lengthens the log the browser reads back when it starts.
        if (webStorage?.getItem(key) === text) return;
        if (text === null) webStorage?.removeItem(key);
        else webStorage?.setItem(key, text);
      } catch {
        // Only convenience depends on it; the notes themselves are in IndexedDB.
      }
    },
  };
}

/** Where the user was (a route: dialogue id and topic number, never any text), kept so a reopened panel continues there. */
export function localViewMemory(webStorage: Storage | undefined) {
  const stored = localJson(webStorage, 'samtale.view');
  return {
    load(): Route | null {
      const parsed = stored.read() as Route | null;
      if ((parsed?.name === 'dialogue' || parsed?.name === 'export') && typeof parsed.dialogueId === 'string' && Number.isInteger(parsed.topicIndex)) return parsed;
      return null;
    },
    save: (route: Route) => stored.write(route),
  };
}

/** The institution's policy as last read (settings, never notes), so a panel opened right after the browser starts has it at once. */
export function localPolicyMemory(webStorage: Storage | undefined) {
  const stored = localJson(webStorage, 'samtale.policy');
  return {
    load: () => stored.read(),
    save: (raw: unknown) => stored.write(raw && typeof raw === 'object' && Object.keys(raw).length > 0 ? raw : null),
  };
}

/** Beyond this the first screen is read from the database as before (the memory is for a person's own few dialogues). */
const FIRST_SCREEN_MEMORY_LIMIT = 200_000;

/**
 * The first screen's records as the database last gave them (the user's own dialogues, preferences, what UiO's
 * page changed; never a note), so that a reopened panel draws them before IndexedDB and Dexie are up. Kept with
 * the schema version that wrote them: other code reads the database instead.
 */
export function localFirstScreenMemory(webStorage: Storage | undefined) {
  const stored = localJson(webStorage, 'samtale.firstScreen', FIRST_SCREEN_MEMORY_LIMIT);
  return {
    load(): FirstScreenRecords | null {
      const parsed = stored.read() as (FirstScreenRecords & { schemaVersion: unknown }) | null;
      if (parsed?.schemaVersion !== SCHEMA_VERSION) return null;
      const { ownDialogues, guideRecords, preferences } = parsed;
      const preferencesReadable = preferences === null || (typeof preferences === 'object' && !Array.isArray(preferences));
      return Array.isArray(ownDialogues) && Array.isArray(guideRecords) && preferencesReadable ? { ownDialogues, guideRecords, preferences } : null;
    },
    save: (records: FirstScreenRecords) => stored.write({ schemaVersion: SCHEMA_VERSION, ...records }),
  };
}
