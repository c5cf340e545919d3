import type { SaveState } from '../lib/autosave';
import { useI18n } from './i18n';

/** Says "Saved" only once every write has committed; announced politely to screen readers. */
export function SaveStatus({ state }: { state: SaveState }) {
  const { t } = useI18n();
  const text = { idle: t('saveIdle'), pending: t('savePending'), saved: t('saveSaved'), error: t('saveFailed') }[state.kind];
  return (
    <p class={`save-status save-status--${state.kind}`} role="status" aria-live="polite" data-save-state={state.kind}>
      {text}
    </p>
  );
}
