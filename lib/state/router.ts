import { signal, type ReadonlySignal } from '@preact/signals';
import type { Language } from '../domain/schema';

/** Where the panel is: one view, and for the dialogue's views which dialogue and topic. */
export type Route =
  | { name: 'home' }
  | { name: 'new' }
  /** `section`: the part of the settings to show first (the first screen's "how your notes are kept"). */
  | { name: 'settings'; section?: 'privacy' }
  | { name: 'dialogue'; dialogueId: string; topicIndex: number }
  /** `send`: opened to send the other party their file (the next step), its card first. */
  | { name: 'export'; dialogueId: string; topicIndex: number; send?: boolean }
  /** `shownToEmployee`: the screen the manager shares shows only what both may see (the panel's own chrome too). */
  | { name: 'meeting'; dialogueId: string; topicIndex: number; shownToEmployee?: boolean }
  | { name: 'invite'; dialogueId: string; topicIndex: number }
  | { name: 'import'; dialogueId: string; topicIndex: number }
  | { name: 'guideUpdate'; language: Language }
  | { name: 'people' }
  | { name: 'person'; personId: string }
  | { name: 'planDialogue'; personId: string };

/** The dialogue a route shows, if any. */
export const dialogueOf = (route: Route): string | null => ('dialogueId' in route ? route.dialogueId : null);

export interface RouterDeps {
  /** Remembers where the user was, so a reopened panel continues there. */
  viewMemory?: { load(): Route | null; save(route: Route): void };
  /** Called when the route moves to another dialogue (or to none), or asks again for one not yet shown. */
  showDialogue(dialogueId: string | null): void;
  /** Whether the open dialogue's record is on screen (a route to the same dialogue shows it if not). */
  dialogueShown(): boolean;
}

/** The panel's route: where it is, remembered for the next panel; the open dialogue follows it. */
export function createRouter(deps: RouterDeps) {
  const route = signal<Route>(deps.viewMemory?.load() ?? { name: 'home' });

  function navigate(next: Route): void {
    const from = dialogueOf(route.value);
    const to = dialogueOf(next);
    route.value = next;
    deps.viewMemory?.save(next);
    if (from !== to || (to && !deps.dialogueShown())) deps.showDialogue(to);
  }

  /** Leaves a view of something that is no longer there (a deleted dialogue or person). */
  function leave(what: { dialogueId?: string; personId?: string }, to: Route): void {
    const current = route.value;
    if ((what.dialogueId && dialogueOf(current) === what.dialogueId) || (what.personId && 'personId' in current && current.personId === what.personId)) navigate(to);
  }

  return { route: route as ReadonlySignal<Route>, navigate, leave };
}

export type Router = ReturnType<typeof createRouter>;
