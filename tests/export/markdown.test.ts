import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../lib/export/text';

/** A CommonMark renderer reads the export as a reader's Markdown program would. */
const markdown = new MarkdownIt('commonmark');

const decode = (html: string) =>
  html
    .replace(/<\/?p>|<br \/>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
const words = (text: string) => text.replace(/\s+/g, ' ').trim();
const tags = (html: string) => [...new Set(html.match(/<[^>]+>/g) ?? [])].sort();

describe('Markdown export of a note', () => {
  it.each([
    ['a line under which === makes a heading', 'Budget\n==='],
    ['a line under which --- makes a heading', 'Budget\n---'],
    ['a thematic break', '---'],
    ['an ordered list', '1. first\n2) second'],
    ['a bullet list', '- one\n+ two\n* three'],
    ['indented code', '    code block'],
    ['a fence', '~~~\nfenced\n~~~'],
    ['a block quote and a heading', '> quoted\n# heading'],
    ['an HTML block', '<div>raw</div>'],
    ['a character reference', '&amp; &#32; &copy;'],
  ])('keeps %s as text', (_, note) => {
    const html = markdown.render(renderMarkdown([{ type: 'paragraph', text: note }]));
    expect(tags(html).filter((tag) => !['<p>', '</p>', '<br />'].includes(tag))).toEqual([]);
    expect(words(decode(html))).toBe(words(note));
  });

  it('keeps any text as text (generated)', () => {
    const alphabet = fc.constantFrom(...'-=+*_~#>`<&;#1.)\\|[] \t\nab'.split(''));
    fc.assert(
      fc.property(fc.string({ unit: alphabet, maxLength: 40 }), (note) => {
        const html = markdown.render(renderMarkdown([{ type: 'paragraph', text: note }]));
        expect(tags(html).filter((tag) => !['<p>', '</p>', '<br />'].includes(tag))).toEqual([]);
        expect(words(decode(html))).toBe(words(note));
      }),
      { numRuns: 2000 },
    );
  });
});
