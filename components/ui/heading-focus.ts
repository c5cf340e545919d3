import type { RefObject } from 'preact';
import { useEffect } from 'preact/hooks';

/**
 * A new topic (or view) moves focus to its heading, so screen readers announce it and Tab goes on from the top; but
 * never away from where the user has put the focus since it was drawn. Effects run after the browser paints, and on a
 * busy machine a keyboard user can Tab on before that: the heading then took the focus back from the button they
 * had reached, and their Enter went nowhere (issue #27: "Pause" never had the focus in one CI run of three).
 */
export function useHeadingFocus(heading: RefObject<HTMLElement | null>, key: string): void {
  // Where the focus was when this key was drawn (the effect below is this render's, made when the key changed).
  const focusWhenDrawn = typeof document === 'undefined' ? null : document.activeElement;
  useEffect(() => {
    const now = document.activeElement;
    if (now === focusWhenDrawn || now === null || now === document.body) heading.current?.focus();
  }, [key]);
}
