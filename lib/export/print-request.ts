import { PrintDocumentMessageSchema } from '../extension/runtime-messages';
import { PRINT_REQUEST, type PrintDocumentMessage } from './print-channel';

/** The print view's side (apart from the panel's, which must not load Zod up front). From the print view: the document from the panel that opened it, or null when there is none (reloaded). */
export function requestFromOpener(window: Window, request: { dialogueId: string; included: string[] }, timeoutMs = 1500): Promise<PrintDocumentMessage | null> {
  const opener = window.opener as Window | null;
  if (!opener) return Promise.resolve(null);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(null), timeoutMs);
    window.addEventListener('message', function listen(event: MessageEvent) {
      if (event.origin !== window.location.origin) return;
      const parsed = PrintDocumentMessageSchema.safeParse(event.data);
      if (!parsed.success) return;
      clearTimeout(timer);
      window.removeEventListener('message', listen);
      resolve(parsed.data);
    });
    opener.postMessage({ type: PRINT_REQUEST, ...request }, window.location.origin);
  });
}
