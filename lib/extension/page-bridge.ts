import type { SamtaleDatabase } from '../storage/db';
import type { GuidePageDifference } from '../domain/settings-records';
import { setQuestionMarked } from '../storage/dialogue-records';
import { findQuestion } from '../guide/questions';
import { getGuide } from '../guide/bundled';
import type { Language } from '../guide/types';
import { PageMessageSchema, type MarkQuestionReply, type OpenPanelReply, type PageMessage } from './runtime-messages';
import { enablePanelInTab, isUioEmployeePage } from './panel-availability';
import { compareCodeUnits } from '../domain/order';

interface Sender {
  id?: string;
  url?: string;
  tab?: { id?: number; url?: string };
}

export interface BridgeBrowser {
  runtime: { id: string; onMessage: { addListener(callback: (message: unknown, sender: Sender, sendResponse: (reply: unknown) => void) => boolean | void): void } };
  sidePanel?: { open(options: { tabId: number }): Promise<void> } & Parameters<typeof enablePanelInTab>[0];
  sidebarAction?: { open(): Promise<void> };
}

/** The employee's dialogue in preparation: the most recently changed one of their own that is not yet held. */
async function currentDialogueId(db: SamtaleDatabase): Promise<string | null> {
  const preparing = await db.dialogues.filter((d) => d.role === 'employee' && ['planned', 'invited', 'prepared'].includes(d.status)).toArray();
  return preparing.sort((a, b) => compareCodeUnits(b.updatedAt, a.updatedAt))[0]?.id ?? null;
}

export async function markFromPage(db: SamtaleDatabase, questionId: string): Promise<MarkQuestionReply> {
  const dialogueId = await currentDialogueId(db);
  if (!dialogueId) return { ok: false, reason: 'noDialogue' };
  await setQuestionMarked(db, dialogueId, questionId, true);
  return { ok: true };
}

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Where the page's wording differs from the bundled guide: changed questions, and questions it does not have. */
export function guidePageDifferences(language: Language, questions: Extract<PageMessage, { type: 'guidePage' }>['questions']): GuidePageDifference[] {
  const guide = getGuide('uio-dialogue-2020', language);
  return questions.flatMap((question) => {
    const bundled = findQuestion(guide, question.questionId)?.question.text ?? null;
    return bundled !== null && normalise(bundled) === normalise(question.text)
      ? []
      : [{ questionId: question.questionId, topicNumber: question.topicNumber, pageText: normalise(question.text), bundledText: bundled }];
  });
}

/**
 * The background's side of the guide pages: opening the panel, marking a question in the dialogue being
 * prepared, and remembering where the page's wording differs. Only this extension's content scripts on the UiO
 * employee pages are heard, and only messages that parse; nothing of the user's is ever sent back.
 */
export function registerPageBridge(browser: BridgeBrowser, openDatabase: () => Promise<{ db: SamtaleDatabase; readOnly: boolean }>): void {
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    const pageUrl = sender.tab?.url ?? sender.url;
    if (sender.id !== browser.runtime.id || sender.tab?.id === undefined || !isUioEmployeePage(pageUrl)) return;
    const parsed = PageMessageSchema.safeParse(message);
    if (!parsed.success) return;
    const request = parsed.data;
    if (request.type === 'employeePage') {
      if (browser.sidePanel) void enablePanelInTab(browser.sidePanel, sender.tab.id).catch(() => undefined);
      return;
    }
    if (request.type === 'openPanel') {
      // Called at once, inside the user's click: the browser opens a side panel only on a user gesture. Firefox does
      // not count a click relayed by a content script as one, and refuses: the page then says how to open it.
      const opening = browser.sidePanel ? browser.sidePanel.open({ tabId: sender.tab.id }) : browser.sidebarAction?.open();
      void (opening ?? Promise.reject(new Error('no panel'))).then(
        () => sendResponse({ ok: true } satisfies OpenPanelReply),
        () => sendResponse({ ok: false, reason: 'openYourself' } satisfies OpenPanelReply),
      );
      return true;
    }
    void (async () => {
      const { db, readOnly } = await openDatabase();
      if (request.type === 'markQuestion') {
        const reply: MarkQuestionReply = readOnly ? { ok: false, reason: 'failed' } : await markFromPage(db, request.questionId).catch(() => ({ ok: false as const, reason: 'failed' as const }));
        sendResponse(reply);
      } else if (!readOnly) {
        await db.settings.put({
          key: `guidePage:${request.language}`,
          value: { url: request.url, readAt: new Date().toISOString(), differences: guidePageDifferences(request.language, request.questions) },
        });
      }
    })();
    return request.type === 'markQuestion';
  });
}
