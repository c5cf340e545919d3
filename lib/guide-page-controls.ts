import type { Translate } from './i18n';
import type { GuidePage } from './guide-page';
import type { MarkQuestionReply, PageMessage } from './messages';

/** The UiO guide pages Samtale adds its controls to (English and Norwegian, for employees and for managers). */
export const GUIDE_PAGE_PATTERNS = [
  'https://www.uio.no/english/for-employees/employment/one-to-one-work-dialogue/*',
  'https://www.uio.no/english/for-employees/support/human-resources/hr-followup/one-to-one-work-dialogue/*',
  'https://www.uio.no/for-ansatte/ansettelsesforhold/medarbeidersamtale/*',
  'https://www.uio.no/for-ansatte/arbeidsstotte/personal/personaloppfolging/medarbeidersamtale/*',
];

const STYLE = `
  :host { all: initial; }
  button { font: 13px/1.3 system-ui, sans-serif; color: #0b57a4; background: #fff; border: 1px solid #0b57a4; border-radius: 5px; padding: 2px 8px; margin: 2px 0 2px 8px; cursor: pointer; }
  button.entry { background: #0b57a4; color: #fff; font-size: 15px; padding: 6px 12px; margin: 8px 0; }
  button:focus-visible { outline: 3px solid #c2410c; outline-offset: 2px; }
  [role=status] { font: 13px system-ui, sans-serif; color: #1b1b1f; margin-left: 8px; }
`;

/**
 * A control in a closed shadow root: the page's own styles do not reach it, and the page's scripts cannot see
 * into it. Synthetic clicks (scripts) are ignored; only the user's own clicks count.
 */
function control(document: Document, tag: 'div' | 'span', label: string, accessibleName: string, className: string, onClick: (status: HTMLElement) => void): HTMLElement {
  const host = document.createElement(tag);
  host.setAttribute('data-samtale', '');
  const root = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = STYLE;
  const button = document.createElement('button');
  button.type = 'button';
  button.className = className;
  button.textContent = label;
  button.setAttribute('aria-label', accessibleName);
  const status = document.createElement('span');
  status.setAttribute('role', 'status');
  button.addEventListener('click', (event) => {
    if (event.isTrusted) onClick(status);
  });
  root.append(style, button, status);
  return host;
}

/** Adds "Prepare in Samtale" above the topics and "Add to my preparation" beside each example question. */
export function addGuideControls(document: Document, page: GuidePage, send: (message: PageMessage) => Promise<unknown>, t: Translate): void {
  const firstTopic = page.questions[0]?.element.closest('.vrtx-article-body')?.querySelector('h3');
  firstTopic?.before(control(document, 'div', t('pagePrepare'), t('pagePrepare'), 'entry', () => void send({ type: 'openPanel' })));
  for (const question of page.questions) {
    const add = control(document, 'span', '+', `${t('pageAddQuestion')}: ${question.text}`, 'add', async (status) => {
      const reply = (await send({ type: 'markQuestion', questionId: question.questionId }).catch(() => null)) as MarkQuestionReply | null;
      status.textContent = reply?.ok ? t('pageAdded') : reply?.reason === 'noDialogue' ? t('pageNoDialogue') : t('pageFailed');
    });
    question.element.append(add);
  }
}
