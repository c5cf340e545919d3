import type { Block } from './document';

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** Paragraphs split on blank lines; single line breaks kept as <br>. */
const paragraphs = (text: string): string =>
  text
    .split(/\n\s*\n/)
    .map((part) => `<p>${escapeHtml(part.trim()).replace(/\n/g, '<br>')}</p>`)
    .join('');

const inline = (text: string): string => escapeHtml(text).replace(/\n/g, '<br>');

/**
 * Plain semantic HTML with no styles or classes: word processors map h1–h3, lists and the table to their own
 * styles, so a paste into Word, LibreOffice Writer or Google Docs takes the document's look, not ours. The
 * table's `border` attribute is the one concession, so its grid survives the paste.
 */
export function renderHtml(blocks: readonly Block[]): string {
  return blocks
    .map((block) => {
      switch (block.type) {
        case 'heading':
          return `<h${block.level}>${inline(block.text)}</h${block.level}>`;
        case 'paragraph':
          return paragraphs(block.text);
        case 'fields':
          return `<p>${block.fields.map(([label, value]) => `<strong>${inline(label)}:</strong> ${inline(value)}`).join('<br>')}</p>`;
        case 'list':
          return `<ul>${block.items.map((item) => `<li>${inline(item)}</li>`).join('')}</ul>`;
        case 'table':
          return `<table border="1" cellpadding="4"><thead><tr>${block.headers.map((h) => `<th>${inline(h)}</th>`).join('')}</tr></thead><tbody>${block.rows
            .map((row) => `<tr>${row.map((cell) => `<td>${inline(cell)}</td>`).join('')}</tr>`)
            .join('')}</tbody></table>`;
        case 'signatures':
          return block.lines.map((line) => `<p>${inline(line)}</p><p>______________________________________</p>`).join('');
      }
    })
    .join('\n');
}
