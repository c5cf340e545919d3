import { useAreaI18n } from './i18n';

/** A form's two ways out: cancel, and the form's own action (its submit button). */
export function FormActions({ submitLabel, onCancel }: { submitLabel: string; onCancel: () => void }) {
  const { t } = useAreaI18n();
  return (
    <div class="actions">
      <button type="button" class="secondary" onClick={onCancel}>
        {t('cancel')}
      </button>
      <button type="submit" class="primary">
        {submitLabel}
      </button>
    </div>
  );
}
