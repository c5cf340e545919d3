import type { SamtaleDatabase } from '../storage/db';
import type { Dialogue, Item } from '../domain/schema';
import { compareCodeUnits } from '../domain/order';
import { itemsOfDialogues } from '../storage/all-items';
import { topicKeyOf, type TopicItems } from '../storage/topic-records';

/** One note that matches, with the words around the first match (the snippet a result list shows). */
export interface NoteHit {
  itemId: string;
  dialogueId: string;
  topicId: string;
  kind: Item['kind'];
  /** Whose words (issue #28): null for the copy's owner, else the other party's name. */
  by: string | null;
  before: string;
  match: string;
  after: string;
}

export interface SearchResult {
  query: string;
  /** Every note that matches; only the first `limit` are in `hits`. */
  total: number;
  hits: NoteHit[];
}

interface Entry {
  itemId: string;
  dialogueId: string;
  topicId: string;
  kind: Item['kind'];
  by: string | null;
  /** The note's words as written (its text and, for goals and plan items, the other free-text fields). */
  text: string;
}

interface IndexedDialogue {
  updatedAt: string;
  /** Newest first in the results: last year's notes before those of ten years ago. */
  date: string;
  entries: Entry[];
}

export const MIN_QUERY_LENGTH = 2;
const SNIPPET_CONTEXT = 40;
/** More changed dialogues than this are read in one pass over all notes rather than one query each. */
const FULL_READ_THRESHOLD = 40;
const SEPARATOR = '\u0000';
/** Topic records read at a time: about 2,000 notes (a topic of a dialogue holds a few dozen). */
const PAGE_SIZE = 50;

/**
 * All notes of these dialogues, read a page at a time with a pause between pages: building the index must not
 * hold up what the user does meanwhile (opening a dialogue reads the same table).
 */
async function readInPages(db: SamtaleDatabase, dialogueIds: ReadonlySet<string>): Promise<Item[]> {
  const found: Item[] = [];
  let after: [string, string] | null = null;
  for (;;) {
    const page: TopicItems[] = await (after === null ? db.topicItems.orderBy(':id') : db.topicItems.where(':id').above(after)).limit(PAGE_SIZE).toArray();
    for (const record of page) if (dialogueIds.has(record.dialogueId)) found.push(...record.items);
    if (page.length < PAGE_SIZE) return found;
    after = topicKeyOf(page[page.length - 1]!);
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

function searchableText(item: Item): string {
  switch (item.kind) {
    case 'goal':
      return [item.text, item.why].filter(Boolean).join('\n');
    case 'plan':
      return [item.text, item.successCriteria, item.statusComment].filter(Boolean).join('\n');
    default:
      return item.text;
  }
}

/**
 * Lower case that keeps every character where it was, so that a match found in the lowered text points at the
 * same place in the words as written (a few letters, such as the Turkish İ, grow when lowered).
 */
export function foldCase(text: string): string {
  const lowered = text.toLowerCase();
  if (lowered.length === text.length) return lowered;
  let folded = '';
  for (const char of text) {
    const low = char.toLowerCase();
    folded += low.length === char.length ? low : char;
  }
  return folded;
}

/**
 * Search over every note, in the side panel's memory. IndexedDB cannot search text, and reading 40,000 notes
 * takes about a second; so the notes are read once, kept as one lower-case string (about the size of the
 * notes themselves), and searched with the engine's own `indexOf`. The index stays current by re-reading only
 * the dialogues whose `updatedAt` moved (every write of a note moves it).
 */
export class NoteIndex {
  private readonly dialogues = new Map<string, IndexedDialogue>();
  private haystack = '';
  private starts: number[] = [];
  private entries: Entry[] = [];
  private stale = true;

  /**
   * Brings the index up to date with the dialogues as they are now. `readable` opens sealed notes (under the
   * lock); a note it cannot open is left out.
   */
  async sync(db: SamtaleDatabase, current: readonly Dialogue[], readable: (items: Item[]) => Promise<Item[]>): Promise<void> {
    const ids = new Set(current.map((dialogue) => dialogue.id));
    for (const id of this.dialogues.keys()) {
      if (!ids.has(id)) {
        this.dialogues.delete(id);
        this.stale = true;
      }
    }
    const changed = current.filter((dialogue) => this.dialogues.get(dialogue.id)?.updatedAt !== dialogue.updatedAt);
    if (changed.length === 0) return;
    const changedIds = new Set(changed.map((dialogue) => dialogue.id));
    const items =
      changed.length > FULL_READ_THRESHOLD
        ? await readInPages(db, changedIds)
        : await itemsOfDialogues(db, [...changedIds]);
    const opened = await readable(items);
    const byDialogue = new Map<string, Entry[]>(changed.map((dialogue) => [dialogue.id, []]));
    // In each dialogue, notes in the order they were written (a copy: query results are shared, never changed).
    for (const item of [...opened].sort((a, b) => compareCodeUnits(a.createdAt, b.createdAt))) {
      const text = item.sealed ? '' : searchableText(item);
      if (!text) continue;
      byDialogue.get(item.dialogueId)?.push({ itemId: item.id, dialogueId: item.dialogueId, topicId: item.topicId, kind: item.kind, by: item.origin?.by ?? null, text });
    }
    for (const dialogue of changed) {
      this.dialogues.set(dialogue.id, { updatedAt: dialogue.updatedAt, date: dialogue.plannedDate ?? dialogue.createdAt, entries: byDialogue.get(dialogue.id) ?? [] });
    }
    this.stale = true;
  }

  /** Reads this dialogue again on the next search (its notes changed, and its updatedAt may not have moved). */
  forget(dialogueId: string): void {
    if (this.dialogues.delete(dialogueId)) this.stale = true;
  }

  /** How many notes the index holds. */
  get size(): number {
    let count = 0;
    for (const dialogue of this.dialogues.values()) count += dialogue.entries.length;
    return count;
  }

  search(query: string, limit = 50): SearchResult {
    const needle = foldCase(query.replaceAll(SEPARATOR, '').trim());
    if (needle.length < MIN_QUERY_LENGTH) return { query, total: 0, hits: [] };
    if (this.stale) this.rebuild();
    const hits: NoteHit[] = [];
    let total = 0;
    let from = 0;
    for (;;) {
      const at = this.haystack.indexOf(needle, from);
      if (at < 0) break;
      const index = this.entryAt(at);
      const entry = this.entries[index]!;
      total++;
      if (hits.length < limit) hits.push(hitOf(entry, at - this.starts[index]!, needle.length));
      // One hit per note: go on after this note's end.
      from = index + 1 < this.starts.length ? this.starts[index + 1]! : this.haystack.length;
    }
    return { query, total, hits };
  }

  private rebuild(): void {
    const ordered = [...this.dialogues.values()].sort((a, b) => compareCodeUnits(b.date, a.date));
    this.entries = ordered.flatMap((dialogue) => dialogue.entries);
    this.starts = new Array<number>(this.entries.length);
    let offset = 0;
    const parts: string[] = new Array<string>(this.entries.length);
    this.entries.forEach((entry, index) => {
      this.starts[index] = offset;
      parts[index] = foldCase(entry.text);
      offset += entry.text.length + SEPARATOR.length;
    });
    this.haystack = parts.join(SEPARATOR);
    this.stale = false;
  }

  /** The entry a haystack position falls in (binary search over the entries' start offsets). */
  private entryAt(position: number): number {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.starts[middle]! <= position) low = middle;
      else high = middle - 1;
    }
    return low;
  }
}

function hitOf(entry: Entry, at: number, length: number): NoteHit {
  const start = Math.max(0, at - SNIPPET_CONTEXT);
  const end = Math.min(entry.text.length, at + length + SNIPPET_CONTEXT);
  return {
    itemId: entry.itemId,
    dialogueId: entry.dialogueId,
    topicId: entry.topicId,
    kind: entry.kind,
    by: entry.by,
    before: (start > 0 ? '…' : '') + entry.text.slice(start, at),
    match: entry.text.slice(at, at + length),
    after: entry.text.slice(at + length, end) + (end < entry.text.length ? '…' : ''),
  };
}
