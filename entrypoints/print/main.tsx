import { render } from 'preact';
import { DocumentPreview } from '../../components/DocumentPreview';
import { SamtaleDatabase } from '../../lib/db';
import { loadPrintDocument } from '../../lib/export/print';
import { resolveLanguage } from '../../lib/i18n';
import './print.css';

async function main(): Promise<void> {
  const result = await loadPrintDocument(new SamtaleDatabase(), location.hash, resolveLanguage('auto', navigator.languages));
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
