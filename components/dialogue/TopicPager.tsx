import { useI18n } from '../ui/i18n';

interface Props {
  index: number;
  count: number;
  onTopic: (index: number) => void;
  /** What the last topic's main button does instead of going on (finish the preparation, end the meeting). */
  finish?: { label: string; onClick: () => void };
}

/** Previous and next topic, under a topic's page (the dialogue, the meeting, the view shown to the employee). */
export function TopicPager({ index, count, onTopic, finish }: Props) {
  const { t } = useI18n();
  const isLast = index === count - 1;
  return (
    <nav class="pager" aria-label={t('topicsNavigation')}>
      <button type="button" class="secondary" disabled={index === 0} onClick={() => onTopic(index - 1)}>
        {t('previousTopic')}
      </button>
      {isLast && finish ? (
        <button type="button" class="primary" onClick={finish.onClick}>
          {finish.label}
        </button>
      ) : (
        <button type="button" class={finish ? 'primary' : 'secondary'} disabled={isLast} onClick={() => onTopic(index + 1)}>
          {t('nextTopic')}
        </button>
      )}
    </nav>
  );
}
