import type { StoreProblem } from '../../lib/state/problems';
import { useAreaI18n } from '../ui/i18n';

interface Props {
  problem: StoreProblem;
  onDismiss: () => void;
  onRetry: () => void;
}

export function ProblemBanner({ problem, onDismiss, onRetry }: Props) {
  const { t } = useAreaI18n();
  const message = {
    databaseUnavailable: () => t('problemDatabase', { detail: (problem as { detail: string }).detail }),
    readOnly: () => t('problemReadOnly'),
    textTooLong: () => t('problemTooLong', { limit: (problem as { limit: number }).limit.toLocaleString() }),
    badDate: () => t('problemBadDate'),
    badTime: () => t('problemBadTime'),
    saveFailed: () =>
      (problem as { quota: boolean }).quota ? t('problemQuota') : t('problemSaveFailed', { detail: (problem as { detail: string }).detail }),
    actionFailed: () => t('problemAction', { detail: (problem as { detail: string }).detail }),
  }[problem.kind]();
  return (
    <div class="problem" role="alert">
      <p>{message}</p>
      <div class="actions">
        {problem.kind === 'saveFailed' && (
          <button type="button" onClick={onRetry}>
            {t('retry')}
          </button>
        )}
        {problem.kind !== 'databaseUnavailable' && problem.kind !== 'saveFailed' && problem.kind !== 'readOnly' && (
          <button type="button" class="secondary" onClick={onDismiss}>
            {t('dismiss')}
          </button>
        )}
      </div>
    </div>
  );
}
