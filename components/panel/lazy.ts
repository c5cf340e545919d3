import { h, type ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { loadOnce } from '../../lib/load-once';
import { AreaMessages } from '../ui/i18n';

export type LazyComponent<P> = ComponentType<P> & {
  /** Fetches the code now (when the panel is idle after its first screen), so that showing it later is instant. */
  preload(): Promise<unknown>;
};

/**
 * A component whose code is fetched the first time it is shown, with the interface's messages for the areas
 * beyond the first screen, so that the side panel's first screen loads only what it draws. Until both are
 * there it renders nothing (they are local files: a few milliseconds).
 */
export function lazyComponent<P extends object>(load: () => Promise<ComponentType<P>>): LazyComponent<P> {
  const code = loadOnce<void, ComponentType<P>>(load);
  function LazyComponent(props: P) {
    // A counter, not the component: useState would call a function given to it.
    const [, setLoadedCount] = useState(0);
    // What this render shows; if the code arrives after it (even before the effect runs), render again.
    const shown = code.peek();
    useEffect(() => {
      if (shown) return;
      let current = true;
      code()
        .then(() => current && setLoadedCount((count) => count + 1))
        .catch((error: unknown) => console.error(error));
      return () => void (current = false);
    }, [shown]);
    return shown ? h(AreaMessages, null, h(shown, props)) : null;
  }
  return Object.assign(LazyComponent, { preload: () => code() });
}
