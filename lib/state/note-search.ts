import type { ReadonlySignal } from '@preact/signals';
import type { Dialogue, Item } from '../domain/schema';
import type { NoteIndex, SearchResult } from '../search/note-index';
import type { Connection } from './connection';
import type { Problems } from './problems';

export interface NoteSearchDeps {
  connection: Connection;
  problems: Problems;
  dialogues: ReadonlySignal<Dialogue[]>;
  readable(items: Item[]): Promise<Item[]>;
  /** Whether the lock is closed (then nothing is searched, and no index is built). */
  locked(): boolean;
}

/** The search over all notes: an index built on the first search (lib/search/note-index.ts), dropped when the lock closes. */
export function createNoteSearch(deps: NoteSearchDeps) {
  let index: NoteIndex | null = null;
  let queue: Promise<unknown> = Promise.resolve();

  /** Brings the index up to date (built on first use), one caller at a time. */
  function currentIndex(): Promise<NoteIndex> {
    const run = async () => {
      const { NoteIndex } = await import('../search/note-index');
      const current = (index ??= new NoteIndex());
      await current.sync(await deps.connection.opened, deps.dialogues.value, deps.readable);
      return current;
    };
    const next = queue.then(run, run);
    queue = next;
    return next;
  }

  return {
    /** Searches every note of every dialogue (nothing while the lock is closed). */
    async search(query: string): Promise<SearchResult> {
      const nothing: SearchResult = { query, total: 0, hits: [] };
      if (deps.locked()) return nothing;
      try {
        const current = await currentIndex();
        // The lock may have closed while the index was read.
        return deps.locked() ? nothing : current.search(query);
      } catch (error) {
        deps.problems.show(error);
        return nothing;
      }
    },
    /** Starts building the index before the first search (when the search field is shown). */
    prepare(): void {
      if (!deps.locked()) currentIndex().catch(() => undefined);
    },
    /** This panel wrote in a dialogue: the index reads it again (another panel's writes show in updatedAt). */
    forgetDialogue(dialogueId: string): void {
      index?.forget(dialogueId);
    },
    /** Drops the index and every copy of the notes in it (the lock closed, or the records were replaced). */
    reset(): void {
      index = null;
      // The queue's last promise holds the index it resolved to (the lower-case copy of every note): let it go too.
      queue = Promise.resolve();
    },
  };
}

export type NoteSearch = ReturnType<typeof createNoteSearch>;
