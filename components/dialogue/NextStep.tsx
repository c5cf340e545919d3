import { STAGES, type Stage } from '../../lib/domain/next-step';
import type { MessageKey } from '../../lib/i18n';
import { useAreaI18n } from '../ui/i18n';

const STAGE_LABEL: Record<Stage, MessageKey> = {
  prepare: 'stagePrepare',
  share: 'stageShare',
  meeting: 'stageMeeting',
  outcome: 'stageOutcome',
  followUp: 'stageFollowUp',
};

interface Props {
  stage: Stage;
  /** The one next thing to do, as its button says it. */
  action: { label: string; onClick: () => void };
}

/** Where the dialogue stands on its way through the year, and the one next action (issue #30). */
export function NextStep({ stage, action }: Props) {
  const { t } = useAreaI18n();
  return (
    <div class="next-step">
      <ol class="stages" aria-label={t('stagesLabel')}>
        {STAGES.map((each) => (
          <li key={each} aria-current={each === stage ? 'step' : undefined}>
            {t(STAGE_LABEL[each])}
          </li>
        ))}
      </ol>
      <p>
        <span class="next-label">{t('nextLabel')}</span>{' '}
        <button type="button" class="primary small" onClick={action.onClick}>
          {action.label}
        </button>
      </p>
    </div>
  );
}
