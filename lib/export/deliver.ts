import { buildDocument, type DocumentOptions } from './document';
import { renderHtml } from './html';
import type { Summary } from './summary';
import { renderMarkdown, renderPlainText } from './text';
import { translator } from '../i18n/bundled';

/** Writes the summary to the clipboard as rich text (real headings, lists, a table) with a plain-text fallback. */
export async function copySummary(clipboard: Clipboard, summary: Summary, options: DocumentOptions): Promise<void> {
  const blocks = buildDocument(summary, options);
  const html = `<meta charset="utf-8">${renderHtml(blocks)}`;
  await clipboard.write([
    new ClipboardItem({
      'text/html': new Blob([html], { type: 'text/html' }),
      'text/plain': new Blob([renderPlainText(blocks)], { type: 'text/plain' }),
    }),
  ]);
}

export type FileFormat = 'docx' | 'markdown' | 'text';

export function summaryFileName(summary: Summary, format: FileFormat): string {
  const date = summary.dialogue.plannedDate ?? new Date().toISOString().slice(0, 10);
  const extension = { docx: 'docx', markdown: 'md', text: 'txt' }[format];
  return `samtale-${date}${summary.sections.length === 0 ? '-plan' : ''}.${extension}`;
}

/** The summary as a file. The .docx code is loaded only now: it is larger than the rest of the panel. */
export async function summaryFile(summary: Summary, format: FileFormat): Promise<Blob> {
  const blocks = buildDocument(summary, { signatures: format === 'docx' });
  if (format === 'markdown') return new Blob([renderMarkdown(blocks)], { type: 'text/markdown;charset=utf-8' });
  if (format === 'text') return new Blob([renderPlainText(blocks)], { type: 'text/plain;charset=utf-8' });
  const { docxBlob } = await import('./docx');
  return docxBlob(blocks, { title: translator(summary.dialogue.language)('exportTitle'), language: summary.dialogue.language });
}
