import { createContext, h, type ComponentChildren } from 'preact';
import { useContext, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import type { Language } from '../../lib/guide/types';
import { coreTranslator, loadTranslator, type CoreMessageKey, type Translate } from '../../lib/i18n';

/** The first screens' messages (the core): what the components of the list and of a dialogue's topics use. */
export interface CoreI18n {
  t: Translate<CoreMessageKey>;
  language: Language;
}
/** Every message: for the areas loaded after the first screen, inside <AreaMessages>. */
export interface I18n {
  t: Translate;
  language: Language;
}

export const CoreI18nContext = createContext<CoreI18n | null>(null);
const AreaI18nContext = createContext<I18n | null>(null);

export function useI18n(): CoreI18n {
  const value = useContext(CoreI18nContext);
  if (!value) throw new Error('useI18n outside CoreI18nContext');
  return value;
}

/** For components of the areas loaded later: every message (the type lets no core component use them). */
export function useAreaI18n(): I18n {
  const value = useContext(AreaI18nContext);
  if (!value) throw new Error('useAreaI18n outside <AreaMessages>');
  return value;
}

/**
 * Every message of a language, fetched on first use; null until it is there. While another language loads, the
 * previous one stays, so the panel never goes blank on a switch.
 */
function useAllMessages(language: Language): I18n | null {
  const [loaded, setLoaded] = useState<I18n | null>(() => {
    const t = loadTranslator.peek(language);
    return t ? { t, language } : null;
  });
  // A layout effect, not an effect: it runs before the browser paints, so waiting for the words never costs a
  // frame of its own (they are usually loaded already, fetched while the panel was idle).
  useLayoutEffect(() => {
    if (loaded?.language === language) return;
    let current = true;
    loadTranslator(language).then(
      (t) => current && setLoaded({ t, language }),
      (error: unknown) => console.error(error),
    );
    return () => void (current = false);
  }, [language]);
  return loaded;
}

export function useCoreI18n(language: Language): CoreI18n {
  return useMemo(() => ({ t: coreTranslator(language), language }), [language]);
}

/** Renders its children once every message of the interface's language is there. */
export function AreaMessages({ children }: { children: ComponentChildren }) {
  const { language } = useI18n();
  const loaded = useAllMessages(language);
  return loaded ? h(AreaI18nContext.Provider, { value: loaded }, children) : null;
}
