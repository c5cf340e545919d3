import type { Route } from './store';

const KEY = 'samtale.view';

/** Where the user was (a route: dialogue id and topic number, never any text), kept so a reopened panel continues there. */
export function localViewMemory(webStorage: Storage | undefined) {
  return {
    load(): Route | null {
      try {
        const parsed = JSON.parse(webStorage?.getItem(KEY) ?? 'null') as Route | null;
        if (parsed?.name === 'dialogue' && typeof parsed.dialogueId === 'string' && Number.isInteger(parsed.topicIndex)) return parsed;
        if (parsed?.name === 'export' && typeof parsed.dialogueId === 'string' && Number.isInteger(parsed.topicIndex)) return parsed;
        return null;
      } catch {
        return null;
      }
    },
    save(route: Route): void {
      try {
        webStorage?.setItem(KEY, JSON.stringify(route));
      } catch {
        // Losing the remembered position is harmless; the notes themselves are in IndexedDB.
      }
    },
  };
}

const POLICY_KEY = 'samtale.policy';

/** The institution's policy as last read (settings, never notes), so a panel opened right after the browser starts has it at once. */
export function localPolicyMemory(webStorage: Storage | undefined) {
  return {
    load(): unknown {
      try {
        return JSON.parse(webStorage?.getItem(POLICY_KEY) ?? 'null');
      } catch {
        return null;
      }
    },
    save(raw: unknown): void {
      try {
        if (raw && typeof raw === 'object' && Object.keys(raw).length > 0) webStorage?.setItem(POLICY_KEY, JSON.stringify(raw));
        else webStorage?.removeItem(POLICY_KEY);
      } catch {
        // Only the speed of applying the policy depends on it.
      }
    },
  };
}
