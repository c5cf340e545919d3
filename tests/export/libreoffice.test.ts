import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { getGuide } from '../../lib/guide/bundled';
import { buildDocument } from '../../lib/export/document';
import { docxBuffer } from '../../lib/export/docx';
import { defaultSelection, selectSummary, summaryCandidates } from '../../lib/export/summary';
import { preparedDialogue } from '../fixtures/dialogue';

const SOFFICE = process.env.SOFFICE_PATH ?? '/usr/bin/soffice';
const work = mkdtempSync(join(tmpdir(), 'samtale-docx-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('a real word processor reads the .docx', () => {
  it('LibreOffice converts it to text with every heading and plan item', { timeout: 120_000 }, async () => {
    const { dialogue, items } = preparedDialogue();
    const guide = getGuide(dialogue.templateId, 'en');
    const candidates = summaryCandidates(dialogue, guide, items);
    const blocks = buildDocument(selectSummary(candidates, defaultSelection(candidates)), { signatures: true });
    writeFileSync(join(work, 'summary.docx'), await docxBuffer(blocks, { title: 'Summary', language: 'en' }));
    execFileSync(SOFFICE, ['--headless', `-env:UserInstallation=file://${work}/profile`, '--convert-to', 'txt:Text', '--outdir', work, join(work, 'summary.docx')], {
      stdio: 'pipe',
      timeout: 110_000,
    });
    const text = readFileSync(join(work, 'summary.txt'), 'utf8');
    const expected = [
      'Summary of the one-to-one work dialogue',
      ...guide.topics.map((topic) => `${topic.number}. ${topic.title}`),
      'Follow-up and development plan',
      'Take the university pedagogy course',
      'Course certificate',
      'Arrange a mentor',
      'Done – Per Hansen agreed',
      'Employee: date and signature',
    ];
    let from = 0;
    for (const line of expected) {
      const at = text.indexOf(line, from);
      expect(at, `"${line}" in order`).toBeGreaterThanOrEqual(0);
      from = at + line.length;
    }
  });
});
