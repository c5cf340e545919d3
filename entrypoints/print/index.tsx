import { render } from 'preact';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { DocumentPreview } from '../../components/export/DocumentPreview';
import { openSamtaleDatabase } from '../../lib/storage/db';
import { decodePrintRequest } from '../../lib/export/services';
import { loadPrintDocument } from '../../lib/export/print';
import { requestFromOpener } from '../../lib/export/print-request';
import { resolveLanguage } from '../../lib/i18n';
import { translator } from '../../lib/i18n/bundled';
import './print.css';

/**
 * The printable summary (print.html, in public/). A script of its own, not a page of the panel's build: the panel's
 * first screen then loads one file, with no chunk shared with this page (wxt.config.ts).
 */
export default defineUnlistedScript(() => void show());

async function show(): Promise<void> {
  const request = decodePrintRequest(location.hash);
  const fromPanel = request ? await requestFromOpener(window, request) : null;
  const result = fromPanel
    ? { ok: true as const, ...fromPanel, autoPrint: request!.autoPrint }
    : await loadPrintDocument(async () => (await openSamtaleDatabase()).db, location.hash, resolveLanguage('auto', navigator.languages));
  const root = document.getElementById('app')!;
  if (!result.ok) {
    root.textContent = result.message;
    return;
  }
  document.documentElement.lang = result.language;
  document.title = result.title;
  // The view keeps its own print button (hidden on paper): a user who closed the print dialog, or reloaded the
  // tab, can print again without going back to the panel.
  const label = translator(result.language)('exportPrint');
  render(
    <>
      <p class="print-toolbar">
        <button type="button" onClick={() => print()}>
          {label}
        </button>
      </p>
      <DocumentPreview blocks={result.blocks} />
    </>,
    root,
  );
  if (result.autoPrint) requestAnimationFrame(() => print());
}
