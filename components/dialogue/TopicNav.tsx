import type { GuideTopic } from '../../lib/guide/types';
import { useI18n } from '../ui/i18n';

interface Props {
  topics: GuideTopic[];
  currentIndex: number;
  preparedTopicIds: ReadonlySet<string>;
  onSelect: (index: number) => void;
  /** What a done topic is called ("prepared", or "covered" in the meeting), and the progress line. */
  doneLabel?: string;
  progress?: string;
}

/** The seven topics as numbered steps: where you are, which are prepared, and a jump to any of them. */
export function TopicNav({ topics, currentIndex, preparedTopicIds, onSelect, doneLabel, progress }: Props) {
  const { t } = useI18n();
  const done = doneLabel ?? t('topicPrepared');
  return (
    <nav aria-label={t('topicsNavigation')} class="topic-nav">
      <p class="meta" id="topic-progress">
        {progress ?? t('topicsPrepared', { done: preparedTopicIds.size, total: topics.length })}
      </p>
      <ol>
        {topics.map((topic, index) => {
          const prepared = preparedTopicIds.has(topic.id);
          return (
            <li key={topic.id}>
              <button
                type="button"
                class={`step${prepared ? ' step--prepared' : ''}`}
                aria-current={index === currentIndex ? 'step' : undefined}
                aria-label={`${topic.number}. ${topic.title}${prepared ? ` (${done})` : ''}`}
                title={topic.title}
                onClick={() => onSelect(index)}
              >
                {topic.number}
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
