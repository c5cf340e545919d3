import type { OpenDialogue } from '../store';
import { buildDocument, type Block } from './document';
import { selectSummary, summaryCandidates } from './summary';
import { translator } from '../i18n';
import type { Language } from '../schema';

/**
 * The print view asks the panel that opened it for the document, over postMessage between the extension's
 * own pages: the panel has the notes open (and, under the lock, decrypted), the database alone may not.
 */
export const PRINT_REQUEST = 'samtale-print-request';
export const PRINT_DOCUMENT = 'samtale-print-document';

export interface PrintDocumentMessage {
  type: typeof PRINT_DOCUMENT;
  blocks: Block[];
  title: string;
  language: Language;
}

export function answerPrintRequests(window: Window, openDialogue: () => OpenDialogue | null): void {
  window.addEventListener('message', (event: MessageEvent) => {
    const data = event.data as { type?: unknown; dialogueId?: unknown; included?: unknown };
    if (event.origin !== window.location.origin || data?.type !== PRINT_REQUEST || !event.source) return;
    const open = openDialogue();
    if (!open || open.dialogue.id !== data.dialogueId || !Array.isArray(data.included)) return;
    const summary = selectSummary(summaryCandidates(open.dialogue, open.guide, open.items), new Set(data.included.filter((id): id is string => typeof id === 'string')));
    const t = translator(open.dialogue.language);
    const reply: PrintDocumentMessage = {
      type: PRINT_DOCUMENT,
      blocks: buildDocument(summary, { signatures: true }),
      title: `${t('exportTitle')}${open.dialogue.plannedDate ? ` ${open.dialogue.plannedDate}` : ''}`,
      language: open.dialogue.language,
    };
    (event.source as Window).postMessage(reply, window.location.origin);
  });
}

/** From the print view: the document from the panel that opened it, or null when there is none (reloaded). */
export function requestFromOpener(window: Window, request: { dialogueId: string; included: string[] }, timeoutMs = 1500): Promise<PrintDocumentMessage | null> {
  const opener = window.opener as Window | null;
  if (!opener) return Promise.resolve(null);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(null), timeoutMs);
    window.addEventListener('message', function listen(event: MessageEvent) {
      const data = event.data as Partial<PrintDocumentMessage>;
      if (event.origin !== window.location.origin || data?.type !== PRINT_DOCUMENT || !Array.isArray(data.blocks)) return;
      clearTimeout(timer);
      window.removeEventListener('message', listen);
      resolve(data as PrintDocumentMessage);
    });
    opener.postMessage({ type: PRINT_REQUEST, ...request }, window.location.origin);
  });
}
