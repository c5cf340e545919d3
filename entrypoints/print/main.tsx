import { render } from 'preact';
import { DocumentPreview } from '../../components/DocumentPreview';
import { openSamtaleDatabase } from '../../lib/db';
import { decodePrintRequest } from '../../lib/export/services';
import { loadPrintDocument } from '../../lib/export/print';
import { requestFromOpener } from '../../lib/export/print-request';
import { resolveLanguage } from '../../lib/i18n';
import './print.css';

async function main(): Promise<void> {
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
  render(<DocumentPreview blocks={result.blocks} />, root);
  if (result.autoPrint) requestAnimationFrame(() => print());
}

void main();
