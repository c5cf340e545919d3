import type { Role } from '../domain/schema';
import { firstIssue, readFileText, SAMTALE_FILES, type FileProblem } from './file-text';
import { OUTCOME_FORMAT, PLAN_UPDATE_FORMAT, PROTECTED_FORMAT, PROTECTED_VERSION, ROUND_TRIP_VERSION } from './outgoing';
import { openWithPassphrase, ProtectedFileSchema } from './passphrase-file';
import { roundTripFileOf, type OutcomeFile, type PlanUpdateFile } from './round-trip';
import { SHARE_FORMAT, SHARE_VERSION, sharedFileOf, type SharedFile } from './share';

/*
 * One reader for every file one party sends the other (issue #18): size, JSON, format, version, then the format's
 * own schema. The manager takes in shared points and plan updates; the employee, outcomes and plan updates. A file
 * meant for the other side is named as what it is (lib/files/file-text.ts), never read as something else.
 */

/**
 * Room for everything a dialogue can send at its longest (a few dozen notes of up to 100,000 characters, each up
 * to 6 bytes as JSON): a file Samtale writes is never one it refuses.
 */
export const MAX_INCOMING_BYTES = 50_000_000;

const READ_BY: Record<Role, Record<string, number>> = {
  manager: { [SHARE_FORMAT]: SHARE_VERSION, [PLAN_UPDATE_FORMAT]: ROUND_TRIP_VERSION },
  employee: { [OUTCOME_FORMAT]: ROUND_TRIP_VERSION, [PLAN_UPDATE_FORMAT]: ROUND_TRIP_VERSION },
};

export type Incoming =
  | { ok: true; kind: 'sharedPoints'; file: SharedFile }
  | { ok: true; kind: 'outcome'; file: OutcomeFile }
  | { ok: true; kind: 'planUpdate'; file: PlanUpdateFile }
  | { ok: false; problem: FileProblem };

/**
 * Reads a file or pasted text from the other party; says clearly why it is refused. A file protected with a
 * passphrase needs `openIncoming`.
 */
export function readIncoming(text: string, role: Role): Incoming {
  const read = readFileText(text, { tooLarge: new TextEncoder().encode(text).length > MAX_INCOMING_BYTES, formats: { ...READ_BY[role], [PROTECTED_FORMAT]: PROTECTED_VERSION } });
  if (!read.ok) return read;
  if (read.value.format === PROTECTED_FORMAT) {
    const contains = read.value.contains;
    // A protected file inside a protected file is refused as such (issue #29), here before any passphrase is asked.
    if (contains === PROTECTED_FORMAT) return { ok: false, problem: { kind: 'invalid', detail: 'a protected file inside a protected file' } };
    // What it holds is named before it is opened: a file meant for the other side is refused without the passphrase.
    if (typeof contains === 'string' && !Object.hasOwn(READ_BY[role], contains) && Object.hasOwn(SAMTALE_FILES, contains)) {
      return { ok: false, problem: { kind: 'otherKind', fileKind: SAMTALE_FILES[contains as keyof typeof SAMTALE_FILES] } };
    }
    return { ok: false, problem: { kind: 'passphraseNeeded' } };
  }
  if (read.value.format === SHARE_FORMAT) {
    const shared = sharedFileOf(read.value);
    return shared.ok ? { ok: true, kind: 'sharedPoints', file: shared.file } : shared;
  }
  const roundTrip = roundTripFileOf(read.value);
  if (!roundTrip.ok) return roundTrip;
  return roundTrip.file.format === OUTCOME_FORMAT ? { ok: true, kind: 'outcome', file: roundTrip.file } : { ok: true, kind: 'planUpdate', file: roundTrip.file };
}

/** Reads a file from the other party, opening it with the passphrase the two agreed on when it is protected. */
export async function openIncoming(text: string, role: Role, passphrase: string | null): Promise<Incoming> {
  const read = readIncoming(text, role);
  if (read.ok || read.problem.kind !== 'passphraseNeeded' || !passphrase) return read;
  const envelope = ProtectedFileSchema.safeParse(JSON.parse(text.replace(/^\uFEFF/, '')));
  if (!envelope.success) return { ok: false, problem: { kind: 'invalid', detail: firstIssue(envelope.error) } };
  const inner = await openWithPassphrase(envelope.data, passphrase);
  if (inner === null) return { ok: false, problem: { kind: 'wrongPassphrase' } };
  const opened = readIncoming(inner, role);
  // A protected file inside a protected file is refused, not asked about again (issue #29: it asked forever).
  if (!opened.ok && opened.problem.kind === 'passphraseNeeded') return { ok: false, problem: { kind: 'invalid', detail: 'a protected file inside a protected file' } };
  // The sealed file is what its envelope says it is (a file within a file, or another kind, is refused).
  if (opened.ok && opened.file.format !== envelope.data.contains) return { ok: false, problem: { kind: 'invalid', detail: 'contains: not what the file holds' } };
  return opened;
}
