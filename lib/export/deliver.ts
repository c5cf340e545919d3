import { buildDocument, type DocumentOptions } from './document';
import { renderHtml } from './html';
import type { Summary } from './summary';
import { renderMarkdown, renderPlainText } from './text';
import { translator } from '../i18n';

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

/** Saves a file through an <a download> (no `downloads` permission needed). */
export function saveFile(document: Document, blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = Object.assign(document.createElement('a'), { href: url, download: fileName });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export interface PrintRequest {
  dialogueId: string;
  included: string[];
  autoPrint: boolean;
}

export const encodePrintRequest = (request: PrintRequest): string => encodeURIComponent(JSON.stringify(request));

export function decodePrintRequest(hash: string): PrintRequest | null {
  try {
    const value = JSON.parse(decodeURIComponent(hash.replace(/^#/, ''))) as Partial<PrintRequest>;
    if (typeof value.dialogueId !== 'string' || !Array.isArray(value.included) || !value.included.every((id) => typeof id === 'string')) return null;
    return { dialogueId: value.dialogueId, included: value.included, autoPrint: value.autoPrint === true };
  } catch {
    return null;
  }
}

/** What the export view does outside the panel: the clipboard, files, and the print view in a tab of its own. */
export interface ExportServices {
  copy(summary: Summary, options: DocumentOptions): Promise<void>;
  copyText(text: string): Promise<void>;
  /** Saves text as a file; resolves to the file's name. */
  saveText(text: string, fileName: string, type: string): Promise<string>;
  download(summary: Summary, format: FileFormat): Promise<string>;
  print(request: PrintRequest): void;
}

export function browserExportServices(window: Window, printPageUrl: string): ExportServices {
  return {
    copy: (summary, options) => copySummary(window.navigator.clipboard, summary, options),
    copyText: (text) => window.navigator.clipboard.writeText(text),
    async saveText(text, fileName, type) {
      saveFile(window.document, new Blob([text], { type: `${type};charset=utf-8` }), fileName);
      return fileName;
    },
    async download(summary, format) {
      const fileName = summaryFileName(summary, format);
      saveFile(window.document, await summaryFile(summary, format), fileName);
      return fileName;
    },
    print: (request) => void window.open(`${printPageUrl}#${encodePrintRequest(request)}`, '_blank'),
  };
}
