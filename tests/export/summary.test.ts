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
    // The plan under its own topic (7), and after the topics what each party agreed (issue #28).
    expect(topics).toEqual([...getGuide('uio-dialogue-2020', 'en').topics.map((t) => `${t.number}. ${t.title}`), 'Agreement']);
    const topic7 = [...doc.querySelectorAll('h2')].find((h) => h.textContent!.startsWith('7. '))!;
    expect(topic7.nextElementSibling!.tagName).toBe('H3');
    expect(topic7.nextElementSibling!.textContent).toBe('Follow-up and development plan');
    expect(doc.body.textContent).not.toContain('Nothing recorded.Follow-up');
    expect([...doc.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      "How do you see your work area and your tasks in the context of your department's/organisation's goals?",
      'More regular follow-up meetings',
      'What are your ambitions within the next a few years?',
      'Publish the <article> & "data" (deadline 30 June 2027) – The project needs it',
      'Employee Ola Nordmann has not recorded agreement.',
      'Manager Kari Nordmann has not recorded agreement.',
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
    expect([...doc.querySelectorAll('h2')].map((h) => h.textContent)).toEqual(['Follow-up and development plan', 'Agreement', 'Signatures']);
    expect(doc.querySelectorAll('tbody tr')).toHaveLength(2);
    // For UiO's plan form, not the dialogue's (issue #28).
    expect(doc.body.textContent).toContain('Follow-up and development plan after a one-to-one dialogue');
    expect(doc.body.textContent).not.toContain('One-to-one work dialogue with academic staff');
  });
});

describe('the export in Norwegian', () => {
  it('uses the dialogue’s language for the guide and every label', () => {
    const doc = parse(renderHtml(buildDocument(defaultSummary('nb').summary, { signatures: true })));
    expect(doc.querySelector('h1')!.textContent).toBe('Sammendrag av medarbeidersamtalen');
    expect([...doc.querySelectorAll('h2')].map((h) => h.textContent)).toEqual([
      ...getGuide('uio-dialogue-2020', 'nb').topics.map((t) => `${t.number}. ${t.title}`),
      'Enighet',
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
      'Agreement',
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

describe('whose words the record holds (issues #19, #28)', () => {
  /** Ola (the employee) marks a question on topic 2, writes a point on topic 3, and shares both; Kari imports them. */
  async function managersCopy(language: 'en' | 'nb', status: 'planned' | 'held') {
    const { buildDialogue } = await import('../../lib/domain/new-dialogue');
    const { buildSharedFile, planImport } = await import('../../lib/files/share');
    const { buildItem } = await import('../../lib/domain/dialogues');
    const { sampleDialogueInput } = await import('../helpers');
    const { dialogue, items } = preparedDialogue(language);
    const employee = { ...dialogue, markedQuestionIds: ['t2-q01'] };
    const guide = getGuide(employee.templateId, language);
    const shared = summaryCandidates(employee, guide, items);
    const chosen = new Set(['t2-q01', ...shared.sections.flatMap((section) => section.entries.filter((entry) => entry.kind === 'point').map((entry) => entry.id))]);
    const file = buildSharedFile(employee, shared, chosen);
    const manager = { ...buildDialogue(sampleDialogueInput({ role: 'manager', language, employeeName: 'Ola Nordmann', managerName: 'Kari Nordmann' })), status };
    const imported = planImport(file, manager, []);
    const withMarks = { ...manager, otherMarkedQuestionIds: imported.marks, markedQuestionIds: ['t3-q01'] };
    const own = [buildItem({ kind: 'point', dialogueId: manager.id, topicId: 't3', text: 'Kari’s own point' }), buildItem({ kind: 'meetingNote', dialogueId: manager.id, topicId: 't3', text: 'Ola is keen' })];
    const candidates = summaryCandidates(withMarks, guide, [...imported.add, ...own]);
    const everything = new Set(candidates.sections.flatMap((section) => section.entries.map((entry) => entry.id)));
    return { candidates, guide, text: renderPlainText(buildDocument(selectSummary(candidates, everything))) };
  }

  it('keeps the questions the employee marked as questions she raised, under her name, apart from the manager’s own', async () => {
    const { candidates, text } = await managersCopy('en', 'held');
    const t2 = candidates.sections.find((section) => section.topicId === 't2')!.entries;
    expect(t2.map((entry) => [entry.kind, entry.author])).toEqual([['question', 'Ola Nordmann']]);
    // What she raised is in the record, under her name.
    expect(defaultSelection(candidates).has(t2[0]!.id)).toBe(true);
    expect(text).toMatch(/2\. Tasks\n-+\n\nRaised by Ola Nordmann\n·+\n\n- How do you see your work area/);
    expect(text).toMatch(/Questions raised\n·+\n\n- Do you get the necessar/);
    expect(text).toMatch(/Points raised\n·+\n\n- Kari’s own point/);
    expect(text).toMatch(/Notes from the meeting \(Kari Nordmann\)\n·+\n\n- Ola is keen/);
    expect(text).toMatch(/Raised by Ola Nordmann\n·+\n\n- More regular follow-up meetings/);
  });

  it.each([
    ['en', 'planned', 'Preparation for the one-to-one work dialogue', 'Questions to raise', 'Points to raise'],
    ['en', 'held', 'Summary of the one-to-one work dialogue', 'Questions raised', 'Points raised'],
    ['nb', 'planned', 'Forberedelse til medarbeidersamtalen', 'Spørsmål å ta opp', 'Punkter å ta opp'],
    ['nb', 'held', 'Sammendrag av medarbeidersamtalen', 'Spørsmål som ble tatt opp', 'Punkter som ble tatt opp'],
  ] as const)('in %s, %s: reads as the preparation before the meeting and as its record after', async (language, status, title, questions, points) => {
    const { text } = await managersCopy(language, status);
    expect(text.split('\n')[0]).toBe(title);
    expect(text).toContain(`${questions}\n`);
    expect(text).toContain(`${points}\n`);
    // An agreement section only once there is a meeting to have agreed in.
    expect(text.includes(language === 'en' ? 'Agreement\n' : 'Enighet\n')).toBe(status === 'held');
  });

  it('holds the agreement as recorded: names, dates, who noted it, and that it is no signature', () => {
    const { dialogue, items } = preparedDialogue('en');
    const agreed = { ...dialogue, agreement: { employee: { name: 'Ola Nordmann', date: '2026-12-01', recordedBy: 'Kari Nordmann' }, manager: { name: 'Kari Nordmann', date: '2026-12-01' } } };
    const candidates = summaryCandidates(agreed, getGuide(agreed.templateId, 'en'), items);
    const text = renderPlainText(buildDocument(selectSummary(candidates, defaultSelection(candidates))));
    expect(text).toContain('- Employee Ola Nordmann agreed in the meeting on 1 December 2026 (recorded by Kari Nordmann).');
    expect(text).toContain('- Manager Kari Nordmann agreed on 1 December 2026.');
    expect(text).toContain('a record, not a signature');
  });
});
