/**
 * Whether the user last used the keyboard or a pointer, kept on the document's root (`data-input`). The panel moves
 * the focus to a heading after a click, for screen readers; whether that draws a focus box is each browser's own
 * guess for `:focus-visible` (Firefox drew a thick box around the topic's heading after "Start preparing", issue
 * #30). With this, an element the panel focuses (tabindex -1) draws its box only when the keyboard was last used.
 */
export function trackInputModality(root: HTMLElement): void {
  const using = (input: 'keyboard' | 'pointer') => () => {
    if (root.dataset.input !== input) root.dataset.input = input;
  };
  root.ownerDocument.addEventListener('keydown', using('keyboard'), true);
  root.ownerDocument.addEventListener('pointerdown', using('pointer'), true);
}
