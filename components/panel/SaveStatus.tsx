import type { ReadonlySignal } from '@preact/signals';
import type { SaveState } from '../../lib/state/autosave';
import { useI18n } from '../ui/i18n';

/**
 * Says "Saved" only once every write has committed; announced politely to screen readers. It reads the signal
 * itself, so a change of state redraws this line and nothing else.
 */
export function SaveStatus({ saveState }: { saveState: ReadonlySignal<SaveState> }) {
  const { t } = useI18n();
  const state = saveState.value;
  const text = { idle: t('saveIdle'), pending: t('savePending'), saved: t('saveSaved'), error: t('saveFailed') }[state.kind];
  return (
    <p class={`save-status save-status--${state.kind}`} role="status" aria-live="polite" data-save-state={state.kind}>
      {text}
    </p>
  );
}
