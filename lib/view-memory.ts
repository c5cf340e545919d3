import type { Route } from './store';

/**
 * A small JSON value in the extension's own localStorage (never a note). Losing it is harmless, so a value
 * that cannot be read is null and one that cannot be written is dropped; null removes it.
 */
function localJson(webStorage: Storage | undefined, key: string) {
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
        if (value === null) webStorage?.removeItem(key);
        else webStorage?.setItem(key, JSON.stringify(value));
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
