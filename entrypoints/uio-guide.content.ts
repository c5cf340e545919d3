import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { GUIDE_PAGE_PATTERNS, addGuideControls, addUnreadableNotice } from '../lib/extension/guide-page-controls';
import { readGuidePage } from '../lib/guide/page-reader';
import { translator } from '../lib/i18n/bundled';
import type { PageMessage } from '../lib/extension/runtime-messages';

export default defineContentScript({
  matches: GUIDE_PAGE_PATTERNS,
  runAt: 'document_idle',
  main() {
    const page = readGuidePage(document);
    if (!page) return;
    // The topics are there but not the questions: the page's layout changed. Said on the page; nothing is sent.
    if (page.questions.length === 0) return addUnreadableNotice(document, translator(page.language));
    const send = (message: PageMessage) => browser.runtime.sendMessage(message);
    addGuideControls(document, page, send, translator(page.language));
    // The page's questions, as text, so the panel can offer UiO's current wording.
    void send({
      type: 'guidePage',
      language: page.language,
      url: location.href.slice(0, 500),
      questions: page.questions.map(({ questionId, topicNumber, text }) => ({ questionId, topicNumber, text: text.slice(0, 1000) })),
    }).catch(() => undefined);
  },
});
