import type { Translate } from '../i18n';
import type { GuidePage } from '../guide/page-reader';
import type { MarkQuestionReply, OpenPanelReply, PageMessage } from './runtime-messages';

/** The UiO guide pages Samtale adds its controls to (English and Norwegian, for employees and for managers). */
export const GUIDE_PAGE_PATTERNS = [
  'https://www.uio.no/english/for-employees/employment/one-to-one-work-dialogue/*',
  'https://www.uio.no/english/for-employees/support/human-resources/hr-followup/one-to-one-work-dialogue/*',
  'https://www.uio.no/for-ansatte/ansettelsesforhold/medarbeidersamtale/*',
  'https://www.uio.no/for-ansatte/arbeidsstotte/personal/personaloppfolging/medarbeidersamtale/*',
];

/**
 * The status is positioned out of the flow, above the control and extending to the left (overflow up or left is
 * never scrollable): whatever it says ("added", "start a dialogue first"), neither the control's box nor the page's
 * size changes, so a page cannot read Samtale's state from its layout.
 */
const STYLE = `
  :host { all: initial; position: relative; }
  button { font: 13px/1.3 system-ui, sans-serif; color: #0b57a4; background: #fff; border: 1px solid #0b57a4; border-radius: 5px; padding: 2px 8px; margin: 2px 0 2px 8px; cursor: pointer; }
  button.entry { background: #0b57a4; color: #fff; font-size: 15px; padding: 6px 12px; margin: 8px 0; }
  button:focus-visible { outline: 3px solid #c2410c; outline-offset: 2px; }
  [role=status] { position: absolute; right: 0; bottom: 100%; width: max-content; max-width: 22em; font: 13px system-ui, sans-serif; color: #1b1b1f; background: #fff; border: 1px solid #0b57a4; border-radius: 4px; padding: 2px 6px; pointer-events: none; z-index: 1; }
  [role=status]:empty { display: none; }
  .unreadable { display: block; font: 14px/1.4 system-ui, sans-serif; color: #1b1b1f; background: #fff8e6; border: 1px solid #8a5a00; border-radius: 5px; padding: 6px 10px; margin: 8px 0; }
`;

/** A click counts only on a control that has been in place, fully visible, for this long (as browsers' own prompts do). */
export const STEADY_MS = 500;

/** Whether anything makes the element or an ancestor see-through, hidden or visually altered. */
function seeThrough(element: Element): boolean {
  for (let node: Element | null = element; node; node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host ?? null)) {
    const style = getComputedStyle(node);
    if (Number(style.opacity) < 1 || style.visibility !== 'visible' || (style.filter && style.filter !== 'none') || (style.mixBlendMode && style.mixBlendMode !== 'normal')) return true;
    if (node === node.ownerDocument.documentElement) break;
  }
  return false;
}

/**
 * Guards a page control against clickjacking (issue #16): a click counts only when the control is the topmost
 * element under the pointer, nothing makes it see-through, and it has been where it is, and (where the browser can
 * tell, Chromium's IntersectionObserver v2) visible and uncovered, for STEADY_MS. A control moved under the cursor
 * or hidden under a bait just before the click is ignored.
 */
function clickGuard(host: HTMLElement, button: HTMLElement, now: () => number = () => performance.now()): (event: MouseEvent) => boolean {
  let arrived = { at: Number.POSITIVE_INFINITY, x: Number.NaN, y: Number.NaN };
  const note = () => {
    const rect = host.getBoundingClientRect();
    arrived = { at: now(), x: rect.left, y: rect.top };
  };
  button.addEventListener('pointerenter', note);
  let visibleSince: number | null = null;
  const tracksVisibility = typeof IntersectionObserverEntry !== 'undefined' && 'isVisible' in IntersectionObserverEntry.prototype;
  if (tracksVisibility) {
    const options = { trackVisibility: true, delay: 100, threshold: [1] } as IntersectionObserverInit;
    new IntersectionObserver((entries) => {
      const visible = (entries.at(-1) as IntersectionObserverEntry & { isVisible?: boolean }).isVisible === true;
      visibleSince = visible ? (visibleSince ?? now()) : null;
    }, options).observe(host);
  }
  return (event) => {
    // A keyboard activation: pages cannot focus a control inside a closed shadow root, nor press keys.
    if (event.detail === 0) return true;
    const rect = host.getBoundingClientRect();
    const moved = Math.abs(rect.left - arrived.x) > 1 || Math.abs(rect.top - arrived.y) > 1;
    const steady = now() - arrived.at >= STEADY_MS && !moved;
    const topmost = host.ownerDocument.elementFromPoint(event.clientX, event.clientY) === host;
    const visible = !tracksVisibility || (visibleSince !== null && now() - visibleSince >= STEADY_MS);
    // Moved since the pointer came: the wait starts again from here (a control that keeps moving never counts).
    if (moved) note();
    return steady && topmost && visible && !seeThrough(host);
  };
}

/**
 * A control in a closed shadow root: the page's own styles do not reach it, and the page's scripts cannot see
 * into it. Synthetic clicks (scripts) are ignored; only the user's own clicks count, and only on a control that
 * is plainly visible and in place (clickGuard).
 */
function control(document: Document, tag: 'div' | 'span', label: string, accessibleName: string, className: string, notSteady: string, onClick: (status: HTMLElement) => void): HTMLElement {
  const { host, root } = shadowHost(document, tag);
  const button = document.createElement('button');
  button.type = 'button';
  button.className = className;
  button.textContent = label;
  button.setAttribute('aria-label', accessibleName);
  const status = document.createElement('span');
  status.setAttribute('role', 'status');
  const counts = clickGuard(host, button);
  button.addEventListener('click', (event) => {
    if (!event.isTrusted) return;
    status.textContent = '';
    if (counts(event)) onClick(status);
    else status.textContent = notSteady;
  });
  root.append(button, status);
  return host;
}

/** An element of Samtale's on the page, with a closed shadow root and Samtale's own styles in it. */
function shadowHost(document: Document, tag: 'div' | 'span'): { host: HTMLElement; root: ShadowRoot } {
  const host = document.createElement(tag);
  host.setAttribute('data-samtale', '');
  const root = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = STYLE;
  root.append(style);
  return { host, root };
}

/** Adds "Prepare in Samtale" above the topics and "Add to my preparation" beside each example question. */
export function addGuideControls(document: Document, page: GuidePage, send: (message: PageMessage) => Promise<unknown>, t: Translate): void {
  const headings = page.questions[0]?.element.closest('.vrtx-article-body')?.querySelectorAll('h2, h3') ?? [];
  const firstTopic = Array.from(headings).find((heading) => /^\s*1\./.test(heading.textContent ?? ''));
  firstTopic?.before(
    control(document, 'div', t('pagePrepare'), t('pagePrepare'), 'entry', t('pageNotSteady'), async (status) => {
      const reply = (await send({ type: 'openPanel' }).catch(() => null)) as OpenPanelReply | null;
      if (!reply?.ok) status.textContent = t('pageOpenYourself');
    }),
  );
  for (const question of page.questions) {
    const add = control(document, 'span', '+', `${t('pageAddQuestion')}: ${question.text}`, 'add', t('pageNotSteady'), async (status) => {
      const reply = (await send({ type: 'markQuestion', questionId: question.questionId }).catch(() => null)) as MarkQuestionReply | null;
      status.textContent = reply?.ok ? t('pageAdded') : reply?.reason === 'noDialogue' ? t('pageNoDialogue') : t('pageFailed');
    });
    question.element.append(add);
  }
}

/**
 * Says on the page that Samtale could not read its questions (the topics are there, the questions are not where
 * they were: the layout changed), so the user knows why nothing is offered. Nothing is sent, nothing changes.
 */
export function addUnreadableNotice(document: Document, t: Translate): void {
  const body = document.querySelector('#vrtx-main-content .vrtx-article-body') ?? document.querySelector('.vrtx-article-body');
  if (!body) return;
  const { host, root } = shadowHost(document, 'div');
  const note = document.createElement('p');
  note.className = 'unreadable';
  note.setAttribute('role', 'note');
  note.textContent = t('pageUnreadable');
  root.append(note);
  body.prepend(host);
}
