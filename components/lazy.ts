import { h, type ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { AreaMessages } from './i18n';

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
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<ComponentType<P>> | null = null;
  const start = () =>
    (loading ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        // Only an extension updated under an open panel loses its old chunks; the next showing tries again.
        loading = null;
        throw error;
      },
    ));
  function LazyComponent(props: P) {
    // A counter, not the component: useState would call a function given to it.
    const [, setLoadedCount] = useState(0);
    // What this render shows; if the code arrives after it (even before the effect runs), render again.
    const shown = loaded;
    useEffect(() => {
      if (shown) return;
      let current = true;
      start()
        .then(() => current && setLoadedCount((count) => count + 1))
        .catch((error: unknown) => console.error(error));
      return () => void (current = false);
    }, [shown]);
    return shown ? h(AreaMessages, null, h(shown, props)) : null;
  }
  return Object.assign(LazyComponent, { preload: start });
}
