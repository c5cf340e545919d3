/*
 * The first checks of every file Samtale reads (a backup, a shared file): not too large, JSON, Samtale's own
 * format, not from a newer version. Each says clearly why a file is refused; the format's own schema comes after.
 */

export type FileProblem =
  | { kind: 'tooLarge' }
  | { kind: 'notJson' }
  | { kind: 'foreign' }
  | { kind: 'newerVersion'; version: number }
  | { kind: 'invalid'; detail: string };

export type ReadFile = { ok: true; value: Record<string, unknown> & { format: string } } | { ok: false; problem: FileProblem };

/** JSON text as a value (a byte-order mark from an editor is ignored); null if it is not JSON. */
export function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text.replace(/^\uFEFF/, '')) };
  } catch {
    return { ok: false };
  }
}

/** Reads a file's text as one of Samtale's formats (its envelope only). */
export function readFileText(text: string, format: { tooLarge: boolean; names: readonly string[]; version: number }): ReadFile {
  if (format.tooLarge) return { ok: false, problem: { kind: 'tooLarge' } };
  const json = parseJson(text);
  if (!json.ok) return { ok: false, problem: { kind: 'notJson' } };
  const value = json.value as { format?: unknown; version?: unknown } | null;
  if (typeof value !== 'object' || value === null || Array.isArray(value) || !format.names.includes(value.format as string)) return { ok: false, problem: { kind: 'foreign' } };
  if (typeof value.version === 'number' && value.version > format.version) return { ok: false, problem: { kind: 'newerVersion', version: value.version } };
  return { ok: true, value: value as Record<string, unknown> & { format: string } };
}

/** A schema's first complaint about a file, where it is and what is wrong. */
export function firstIssue(error: { issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }> }, whole = '(file)'): string {
  const issue = error.issues[0]!;
  return `${issue.path.map(String).join('.') || whole}: ${issue.message}`;
}
