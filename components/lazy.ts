import { h, type ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { AreaMessages } from './i18n';

/**
 * A component whose code is fetched the first time it is shown, with the interface's messages for the areas
 * beyond the first screen, so that the side panel's first screen loads only what it draws. Until both are
 * there it renders nothing (they are local files: a few milliseconds).
 */
export function lazyComponent<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<ComponentType<P>> | null = null;
  return function LazyComponent(props: P) {
    // A counter, not the component: useState would call a function given to it.
    const [, setLoadedCount] = useState(0);
    useEffect(() => {
      if (loaded) return;
      let current = true;
      loading ??= load().then(
        (component) => (loaded = component),
        (error: unknown) => {
          // Only an extension updated under an open panel loses its old chunks; the next showing tries again.
          loading = null;
          throw error;
        },
      );
      loading.then(() => current && setLoadedCount((count) => count + 1)).catch((error: unknown) => console.error(error));
      return () => void (current = false);
    }, []);
    return loaded ? h(AreaMessages, null, h(loaded, props)) : null;
  };
}
