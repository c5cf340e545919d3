import type { DocumentOptions } from './document';
import type { FileFormat } from './deliver';
import type { Summary } from './summary';

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

/**
 * What the panel does outside itself: the clipboard, files, and the print view in a tab of its own. The code that
 * builds documents loads on the first export, not with the panel.
 */
export interface ExportServices {
  copy(summary: Summary, options: DocumentOptions): Promise<void>;
  copyText(text: string): Promise<void>;
  /** Saves text as a file; resolves to the file's name. */
  saveText(text: string, fileName: string, type: string): Promise<string>;
  download(summary: Summary, format: FileFormat): Promise<string>;
  print(request: PrintRequest): void;
}

/** The code that builds documents (one import: each import written out costs the first screen its own loader). */
const deliverCode = () => import('./deliver');

/** `printPageUrl` is asked for only when printing: the panel's first screen touches no extension API. */
export function browserExportServices(window: Window, printPageUrl: () => string): ExportServices {
  return {
    async copy(summary, options) {
      await (await deliverCode()).copySummary(window.navigator.clipboard, summary, options);
    },
    copyText: (text) => window.navigator.clipboard.writeText(text),
    async saveText(text, fileName, type) {
      saveFile(window.document, new Blob([text], { type: `${type};charset=utf-8` }), fileName);
      return fileName;
    },
    async download(summary, format) {
      const { summaryFile, summaryFileName } = await deliverCode();
      const fileName = summaryFileName(summary, format);
      saveFile(window.document, await summaryFile(summary, format), fileName);
      return fileName;
    },
    print: (request) => void window.open(`${printPageUrl()}#${encodePrintRequest(request)}`, '_blank'),
  };
}
