import type { Summary, SummaryEntry } from '../export/summary';
import type { SharedEntry } from './share';

/*
 * What of the employee's summary goes to the manager, apart from the file's schema (lib/files/share.ts, with Zod,
 * loaded only when a file is made or read): the share card says what goes before anything is saved (issue #30).
 */

/** The chosen entries of an employee's summary, as the shared file carries them. */
export function sharedEntriesOf(candidates: Summary, included: ReadonlySet<string>): SharedEntry[] {
  const entries: SharedEntry[] = [];
  for (const section of candidates.sections) {
    for (const entry of section.entries) {
      // Only the employee's own words go: what came from the manager is the manager's (issue #28).
      if (!included.has(entry.id) || entry.author !== null) continue;
      const shared = toSharedEntry(entry, section.topicId);
      if (shared) entries.push(shared);
    }
  }
  return entries;
}

function toSharedEntry(entry: SummaryEntry & { questionId?: string }, topicId: string): SharedEntry | null {
  switch (entry.kind) {
    case 'question':
      return { kind: 'question', id: entry.id, topicId, questionId: entry.id };
    case 'point':
      return { kind: 'point', id: entry.id, topicId, text: entry.text, sensitive: entry.sensitive };
    case 'goal':
      return { kind: 'goal', id: entry.id, topicId, text: entry.text, deadline: entry.deadline ?? null, why: entry.why ?? '' };
    case 'answer':
      return entry.questionId ? { kind: 'answer', id: entry.id, topicId, questionId: entry.questionId, text: entry.text, sensitive: entry.sensitive } : null;
    case 'selfAssessment':
      return { kind: 'selfAssessment', id: entry.id, topicId, text: entry.text, sensitive: entry.sensitive };
    default:
      return null;
  }
}
