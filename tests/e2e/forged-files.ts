import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildItem } from '../../lib/domain/dialogues';
import { buildDialogue } from '../../lib/domain/new-dialogue';
import { newPlanItemFields } from '../../lib/domain/plan';
import type { Summary } from '../../lib/export/summary';
import { buildOutcomeFile, OUTCOME_FORMAT, PROTECTED_FORMAT, withPassphrase } from '../../lib/files/outgoing';

/**
 * Issue #29's forged and hostile files, written to disk for either browser's file field: the manager's outcome as
 * the manager's Samtale makes it, then edited by hand. The same files and the same messages in Chromium and Firefox.
 */
export const FORGED_PLAN = ['Take the university pedagogy course', 'Monthly follow-up meetings'];
export const PASSPHRASE = 'blue heron 42';
export const NESTED_MESSAGE = 'That file is damaged (a protected file inside a protected file). Nothing was changed.';

export interface ForgedFiles {
  /** Each file refused at once, with the message that names what is wrong. */
  refused: (readonly [path: string, message: RegExp])[];
  /** A protected file inside a protected file, named so by its envelope. */
  nested: string;
  /** The same, its envelope claiming an outcome: refused once the passphrase has opened the outer one. */
  disguised: string;
  /** The genuine outcome, protected with PASSPHRASE: it opens and is taken in. */
  protectedOutcome: string;
}

export async function writeForgedFiles(): Promise<ForgedFiles> {
  const managers = buildDialogue({ role: 'manager', employeeName: 'Ola Nordmann', managerName: 'Kari Nordmann', plannedDate: '2026-12-01', staffCategory: 'academic', turned60: false, language: 'en' });
  const items = FORGED_PLAN.map((what) => buildItem({ ...newPlanItemFields(what), dialogueId: managers.id, topicId: 't7' }));
  const outcome = buildOutcomeFile(managers, items, { sections: [] } as unknown as Summary, []);
  const folder = mkdtempSync(join(tmpdir(), 'samtale-forged-'));
  const fileOf = (name: string, value: unknown) => {
    const path = join(folder, name);
    writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value));
    return path;
  };
  const inner = await withPassphrase(JSON.stringify(outcome), OUTCOME_FORMAT, PASSPHRASE);
  const disguised = JSON.parse(await withPassphrase(inner, PROTECTED_FORMAT, PASSPHRASE));
  return {
    refused: [
      [fileOf('9999.json', { ...outcome, plan: [{ ...outcome.plan[0]!, at: { ...outcome.plan[0]!.at, status: '9999-12-31T23:59:59.999Z' } }, outcome.plan[1]] }), /That file is damaged \(plan\.0\.at\.status: 9999-12-31T23:59:59\.999Z is after the file was written or before 2000\)\. Nothing was changed\./],
      [fileOf('same-id.json', { ...outcome, entries: [{ id: outcome.plan[0]!.key, topicId: 't7', kind: 'note', text: 'rewritten' }] }), /That file is damaged \(the same id twice\)/],
      [fileOf('removed-and-kept.json', { ...outcome, removed: [{ key: outcome.plan[0]!.key, at: outcome.exportedAt }] }), /That file is damaged \(removed: an item in the plan, or the same item twice\)/],
    ],
    nested: fileOf('nested.json', await withPassphrase(inner, PROTECTED_FORMAT, PASSPHRASE)),
    disguised: fileOf('disguised.json', { ...disguised, contains: OUTCOME_FORMAT }),
    protectedOutcome: fileOf('protected.json', inner),
  };
}
