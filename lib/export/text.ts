import type { Block } from './document';

/** Plain text for the clipboard's text/plain and the .txt download: headings underlined, lists with dashes. */
export function renderPlainText(blocks: readonly Block[]): string {
  const out: string[] = [];
  for (const block of blocks) {
    switch (block.type) {
      case 'heading':
        out.push(block.text, (block.level === 1 ? '=' : block.level === 2 ? '-' : '·').repeat(Math.min(block.text.length, 72)));
        break;
      case 'paragraph':
        out.push(block.text);
        break;
      case 'fields':
        out.push(...block.fields.map(([label, value]) => `${label}: ${value}`));
        break;
      case 'list':
        out.push(...block.items.map((item) => `- ${item.replace(/\n/g, '\n  ')}`));
        break;
      case 'table':
        block.rows.forEach((row, index) => {
          out.push(`${index + 1}. ${block.headers[0]}: ${row[0]}`);
          row.slice(1).forEach((cell, column) => out.push(`   ${block.headers[column + 1]}: ${cell}`));
        });
        break;
      case 'signatures':
        out.push(...block.lines.flatMap((line) => [line, '______________________________________']));
        break;
    }
    out.push('');
  }
  return out.join('\n').trimEnd() + '\n';
}

/**
 * A user's words as Markdown text, never as Markdown syntax: inline marks are escaped, and so is whatever would
 * start a block at the beginning of a line (a `===` or `---` line under a line makes it a heading, `1.` or `-` a list,
 * four spaces code, `~~~` a fence). Leading spaces become character references, which do not indent.
 */
const escapeInline = (text: string): string => text.replace(/([\\`*_[\]#|<>&])/g, '\\$1');

function escapeMarkdown(text: string): string {
  return escapeInline(text)
    .split('\n')
    .map((line) =>
      line
        .replace(/^[ \t]+/, (space) => space.replace(/ /g, '&#32;').replace(/\t/g, '&#9;'))
        .replace(/^([-+=~])/, '\\$1')
        .replace(/^(\d+)([.)])/, '$1\\$2'),
    )
    .join('\n');
}
const cell = (text: string): string => escapeMarkdown(text).replace(/\n/g, '<br>');

export function renderMarkdown(blocks: readonly Block[]): string {
  const out: string[] = [];
  for (const block of blocks) {
    switch (block.type) {
      case 'heading':
        // After the heading's own marks nothing starts a block: "2. Tasks" stays as it is.
        out.push(`${'#'.repeat(block.level)} ${escapeInline(block.text.replace(/\s+/g, ' '))}`);
        break;
      case 'paragraph':
        out.push(escapeMarkdown(block.text));
        break;
      case 'fields':
        out.push(block.fields.map(([label, value]) => `**${escapeMarkdown(label)}:** ${escapeMarkdown(value)}`).join('  \n'));
        break;
      case 'list':
        out.push(block.items.map((item) => `- ${escapeMarkdown(item).replace(/\n/g, '\n  ')}`).join('\n'));
        break;
      case 'table':
        out.push(
          [`| ${block.headers.map(cell).join(' | ')} |`, `|${block.headers.map(() => ' --- ').join('|')}|`, ...block.rows.map((row) => `| ${row.map(cell).join(' | ')} |`)].join('\n'),
        );
        break;
      case 'signatures':
        out.push(block.lines.map((line) => `${escapeMarkdown(line)}\n\n\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_`).join('\n\n'));
        break;
    }
    out.push('');
  }
  return out.join('\n').trimEnd() + '\n';
}
