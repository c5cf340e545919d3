import type { SamtaleDatabase } from '../storage/db';
import { itemsOfDialogue } from '../storage/item-reads';
import { getGuide } from '../guide/bundled';
import { translator } from '../i18n/bundled';
import type { Language } from '../domain/schema';
import { buildDocument, type Block } from './document';
import { decodePrintRequest } from './services';
import { selectSummary, summaryCandidates } from './summary';

export type PrintDocument =
  | { ok: true; blocks: Block[]; title: string; language: Language; autoPrint: boolean }
  | { ok: false; message: string };

/** The print view's content: the same summary and selection as the export view, with signature lines. */
export async function loadPrintDocument(openDatabase: () => Promise<SamtaleDatabase>, hash: string, interfaceLanguage: Language): Promise<PrintDocument> {
  const request = decodePrintRequest(hash);
  if (!request) return { ok: false, message: translator(interfaceLanguage)('printNothing') };
  const db = await openDatabase();
  const dialogue = await db.dialogues.get(request.dialogueId);
  if (!dialogue) return { ok: false, message: translator(interfaceLanguage)('printMissing') };
  const items = await itemsOfDialogue(db, dialogue.id);
  const summary = selectSummary(summaryCandidates(dialogue, getGuide(dialogue.templateId, dialogue.language), items), new Set(request.included));
  const t = translator(dialogue.language);
  return {
    ok: true,
    blocks: buildDocument(summary, { signatures: true }),
    title: `${t('exportTitle')}${dialogue.plannedDate ? ` ${dialogue.plannedDate}` : ''}`,
    language: dialogue.language,
    autoPrint: request.autoPrint,
  };
}
