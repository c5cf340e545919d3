import type { OpenDialogue } from '../domain/open-dialogue';
import type { Block } from './document';
import type { Language } from '../domain/schema';

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
  window.addEventListener('message', async (event: MessageEvent) => {
    if (event.origin !== window.location.origin || (event.data as { type?: unknown })?.type !== PRINT_REQUEST || !event.source) return;
    // The schemas (and Zod) and the document code load only when a print view asks, not with the panel.
    const [{ PrintRequestMessageSchema }, { buildDocument }, { selectSummary, summaryCandidates }, { translator }] = await Promise.all([
      import('../extension/runtime-messages'),
      import('./document'),
      import('./summary'),
      import('../i18n/bundled'),
    ]);
    const parsed = PrintRequestMessageSchema.safeParse(event.data);
    const open = openDialogue();
    if (!parsed.success || !open || open.dialogue.id !== parsed.data.dialogueId) return;
    const summary = selectSummary(summaryCandidates(open.dialogue, open.guide, open.items), new Set(parsed.data.included));
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
