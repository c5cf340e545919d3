// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { unzipSync, strFromU8 } from 'fflate';
import { getGuide } from '../../lib/guide/bundled';
import { buildDocument } from '../../lib/export/document';
import { docxBuffer } from '../../lib/export/docx';
import { renderHtml } from '../../lib/export/html';
import { renderMarkdown, renderPlainText } from '../../lib/export/text';
import { defaultSelection, sectionOnly, selectSummary, summaryCandidates } from '../../lib/export/summary';
import { PRIVATE_NOTE, SELF_ASSESSMENT, SENSITIVE_NOTE, preparedDialogue } from '../fixtures/dialogue';

function defaultSummary(language: 'en' | 'nb' = 'en') {
  const { dialogue, items } = preparedDialogue(language);
  const candidates = summaryCandidates(dialogue, getGuide(dialogue.templateId, language), items);
  return { candidates, summary: selectSummary(candidates, defaultSelection(candidates)) };
}

const parse = (html: string) => new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');

describe('the summary', () => {
  it('leaves out private notes, the self-assessment and everything sensitive by default', () => {
    const { candidates, summary } = defaultSummary();
    const all = JSON.stringify(candidates);
    expect(all).toContain(PRIVATE_NOTE);
    expect(all).toContain(SENSITIVE_NOTE);
    const exported = renderHtml(buildDocument(summary, { signatures: true }));
    for (const secret of [PRIVATE_NOTE, SENSITIVE_NOTE, SELF_ASSESSMENT, 'How did you experience the harassment?']) expect(exported).not.toContain(secret);
  });

  it('includes a private or sensitive item when chosen one by one', () => {
    const { candidates } = defaultSummary();
    const sensitive = candidates.sections.flatMap((s) => s.entries).find((e) => e.text === SENSITIVE_NOTE)!;
    const chosen = new Set([...defaultSelection(candidates), sensitive.id]);
    const html = renderHtml(buildDocument(selectSummary(candidates, chosen)));
    expect(html).toContain(SENSITIVE_NOTE);
    expect(html).not.toContain(PRIVATE_NOTE);
  });

  it('renders HTML with the topics as headings in order, lists, and the plan as a table', () => {
    const { summary } = defaultSummary();
    const doc = parse(renderHtml(buildDocument(summary)));
    expect(doc.querySelector('h1')!.textContent).toBe('Summary of the one-to-one work dialogue');
    const topics = [...doc.querySelectorAll('h2')].map((h) => h.textContent);
    expect(topics).toEqual([...getGuide('uio-dialogue-2020', 'en').topics.map((t) => `${t.number}. ${t.title}`), 'Follow-up and development plan']);
    expect([...doc.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      "How do you see your work area and your tasks in the context of your department's/organisation's goals?",
      'More regular follow-up meetings',
      'What are your ambitions within the next a few years?',
      'Publish the <article> & "data" (deadline 30 June 2027) – The project needs it',
    ]);
    const table = doc.querySelector('table')!;
    expect([...table.querySelectorAll('th')].map((th) => th.textContent)).toEqual(['What is to be done', 'Who is responsible', 'By when', 'How success is judged', 'Status']);
    expect([...table.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent))).toEqual([
      ['Take the university pedagogy course', 'Employee', '1 May 2027', 'Course certificate', 'Open'],
      ['Arrange a mentor', 'Manager', '', 'Mentor named', 'Done – Per Hansen agreed'],
    ]);
    expect(doc.querySelectorAll('[style], [class], script').length).toBe(0);
  });

  it('escapes what the user wrote instead of interpreting it', () => {
    const html = renderHtml(buildDocument(defaultSummary().summary));
    expect(html).toContain('Publish the &lt;article&gt; &amp; &quot;data&quot;');
    expect(parse(html).querySelector('article')).toBeNull();
  });

  it('copies one topic on its own, without the title and the plan', () => {
    const { summary } = defaultSummary();
    const doc = parse(renderHtml(buildDocument(sectionOnly(summary, 't2'), { bare: true })));
    expect([...doc.querySelectorAll('h1, h2')].map((h) => h.textContent)).toEqual(['2. Tasks']);
    expect(doc.body.textContent).toContain('Teaching load stays at 40 %.');
  });

  it('gives the same content as plain text and Markdown', () => {
    const blocks = buildDocument(defaultSummary().summary);
    const text = renderPlainText(blocks);
    const markdown = renderMarkdown(blocks);
    expect(text).toContain('2. Tasks\n--------');
    expect(text).toContain('- More regular follow-up meetings');
    expect(text).toContain('1. What is to be done: Take the university pedagogy course');
    expect(markdown).toContain('## 2. Tasks');
    expect(markdown).toContain('| What is to be done | Who is responsible | By when | How success is judged | Status |');
    expect(markdown).toContain('| Arrange a mentor | Manager |  | Mentor named | Done – Per Hansen agreed |');
    for (const output of [text, markdown]) expect(output).not.toContain(PRIVATE_NOTE);
  });
});

describe('the plan on its own', () => {
  it('has the plan form’s title, the table and the signature lines, and no topics', () => {
    const { summary } = defaultSummary();
    const doc = parse(renderHtml(buildDocument({ ...summary, sections: [] }, { signatures: true })));
    expect(doc.querySelector('h1')!.textContent).toBe('Follow-up and development plan after the one-to-one work dialogue');
    expect([...doc.querySelectorAll('h2')].map((h) => h.textContent)).toEqual(['Follow-up and development plan', 'Signatures']);
    expect(doc.querySelectorAll('tbody tr')).toHaveLength(2);
  });
});

describe('the export in Norwegian', () => {
  it('uses the dialogue’s language for the guide and every label', () => {
    const doc = parse(renderHtml(buildDocument(defaultSummary('nb').summary, { signatures: true })));
    expect(doc.querySelector('h1')!.textContent).toBe('Sammendrag av medarbeidersamtalen');
    expect([...doc.querySelectorAll('h2')].map((h) => h.textContent)).toEqual([
      ...getGuide('uio-dialogue-2020', 'nb').topics.map((t) => `${t.number}. ${t.title}`),
      'Oppfølgings- og utviklingsplan',
      'Underskrifter',
    ]);
    expect([...doc.querySelectorAll('th')].map((th) => th.textContent)).toEqual(['Hva skal gjøres', 'Hvem har ansvaret', 'Innen når', 'Hvordan resultatet vurderes', 'Status']);
    expect(doc.body.textContent).toContain('1. mai 2027');
  });
});

describe('the .docx', () => {
  it('holds the headings in order, the list items and the plan table, and nothing private', async () => {
    const blocks = buildDocument(defaultSummary().summary, { signatures: true });
    const files = unzipSync(await docxBuffer(blocks, { title: 'Summary', language: 'en' }));
    const xml = strFromU8(files['word/document.xml']!);
    const doc = new DOMParser().parseFromString(xml, 'application/xml');
    const paragraphs = [...doc.getElementsByTagName('w:p')].map((p) => ({
      style: p.getElementsByTagName('w:pStyle')[0]?.getAttribute('w:val') ?? '',
      list: p.getElementsByTagName('w:numPr').length > 0,
      inTable: p.parentElement?.tagName === 'w:tc',
      text: [...p.getElementsByTagName('w:t')].map((t) => t.textContent).join(''),
    }));
    expect(paragraphs.filter((p) => p.style === 'Heading2').map((p) => p.text)).toEqual([
      ...getGuide('uio-dialogue-2020', 'en').topics.map((t) => `${t.number}. ${t.title}`),
      'Follow-up and development plan',
      'Signatures',
    ]);
    expect(paragraphs.filter((p) => p.list).map((p) => p.text)).toContain('More regular follow-up meetings');
    const rows = [...doc.getElementsByTagName('w:tr')].map((tr) => [...tr.getElementsByTagName('w:tc')].map((tc) => tc.textContent));
    expect(rows).toEqual([
      ['What is to be done', 'Who is responsible', 'By when', 'How success is judged', 'Status'],
      ['Take the university pedagogy course', 'Employee', '1 May 2027', 'Course certificate', 'Open'],
      ['Arrange a mentor', 'Manager', '', 'Mentor named', 'Done – Per Hansen agreed'],
    ]);
    expect(paragraphs.map((p) => p.text)).toEqual(expect.arrayContaining(['Employee: date and signature', 'Manager: date and signature']));
    expect(xml).not.toContain('PRIVATE');
    expect(xml).not.toContain('SENSITIVE');
  });
});

describe('the manager’s summary of what the employee shared (issue #19)', () => {
  it('puts the questions the employee marked under the questions to raise, and what they wrote under the points', async () => {
    const { buildDialogue } = await import('../../lib/domain/new-dialogue');
    const { buildSharedFile, planImport } = await import('../../lib/files/share');
    const { sampleDialogueInput } = await import('../helpers');
    // The employee marks a question on topic 2 and writes a point on topic 3, and shares both.
    const { dialogue, items } = preparedDialogue('en');
    const employee = { ...dialogue, markedQuestionIds: ['t2-q01'] };
    const guide = getGuide(employee.templateId, 'en');
    const shared = summaryCandidates(employee, guide, items);
    const chosen = new Set(['t2-q01', ...shared.sections.flatMap((section) => section.entries.filter((entry) => entry.kind === 'point').map((entry) => entry.id))]);
    const file = buildSharedFile(employee, shared, chosen);
    // The manager imports it into their own dialogue with the employee.
    const manager = buildDialogue(sampleDialogueInput({ role: 'manager', language: 'en' }));
    const imported = planImport(file, manager, []).add;
    const sections = summaryCandidates(manager, guide, imported).sections;
    const kinds = (topicId: string) => sections.find((section) => section.topicId === topicId)!.entries.map((entry) => entry.kind);
    expect(kinds('t2')).toEqual(['question']);
    expect(sections.flatMap((section) => section.entries).filter((entry) => entry.kind === 'point').length).toBe(chosen.size - 1);
    const text = renderPlainText(buildDocument(selectSummary(summaryCandidates(manager, guide, imported), new Set(imported.map((item) => item.id)))));
    expect(text).toMatch(/Questions to raise\n·+\n\n- How do you see your work area/);
  });
});
