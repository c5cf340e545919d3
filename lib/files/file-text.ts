/*
 * The first checks of every file Samtale reads (a backup, shared points, an outcome, a plan update): not too
 * large, JSON, the format expected here (another of Samtale's files is named as what it is), not from a newer version. Each says clearly why a file is refused; the format's own schema comes after.
 */

/** Every file Samtale writes, by its format tag: what it is (a file of another kind is named, not called foreign). */
export const SAMTALE_FILES = {
  'samtale-backup': 'backup',
  'samtale-backup-encrypted': 'backup',
  'samtale-shared-points': 'sharedPoints',
  'samtale-outcome': 'outcome',
  'samtale-plan-update': 'planUpdate',
  'samtale-protected': 'protected',
} as const;
export type SamtaleFileKind = (typeof SAMTALE_FILES)[keyof typeof SAMTALE_FILES];

export type FileProblem =
  | { kind: 'tooLarge' }
  | { kind: 'otherKind'; fileKind: SamtaleFileKind }
  | { kind: 'notJson' }
  | { kind: 'foreign' }
  | { kind: 'newerVersion'; version: number }
  | { kind: 'invalid'; detail: string }
  | { kind: 'passphraseNeeded' }
  | { kind: 'wrongPassphrase' };

export type ReadFile = { ok: true; value: Record<string, unknown> & { format: string } } | { ok: false; problem: FileProblem };

/** JSON text as a value (a byte-order mark from an editor is ignored); null if it is not JSON. */
export function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text.replace(/^\uFEFF/, '')) };
  } catch {
    return { ok: false };
  }
}

/** Reads a file's text as one of the formats expected here (each with the newest version this code reads): its envelope only. */
export function readFileText(text: string, expected: { tooLarge: boolean; formats: Readonly<Record<string, number>> }): ReadFile {
  if (expected.tooLarge) return { ok: false, problem: { kind: 'tooLarge' } };
  const json = parseJson(text);
  if (!json.ok) return { ok: false, problem: { kind: 'notJson' } };
  const value = json.value as { format?: unknown; version?: unknown } | null;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, problem: { kind: 'foreign' } };
  const newest = typeof value.format === 'string' && Object.hasOwn(expected.formats, value.format) ? expected.formats[value.format]! : null;
  if (newest === null) {
    const fileKind = Object.hasOwn(SAMTALE_FILES, value.format as string) ? SAMTALE_FILES[value.format as keyof typeof SAMTALE_FILES] : null;
    return { ok: false, problem: fileKind ? { kind: 'otherKind', fileKind } : { kind: 'foreign' } };
  }
  if (typeof value.version === 'number' && value.version > newest) return { ok: false, problem: { kind: 'newerVersion', version: value.version } };
  return { ok: true, value: value as Record<string, unknown> & { format: string } };
}

/** A schema's first complaint about a file, where it is and what is wrong. */
export function firstIssue(error: { issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }> }, whole = '(file)'): string {
  const issue = error.issues[0]!;
  return `${issue.path.map(String).join('.') || whole}: ${issue.message}`;
}
