import type { GuideTopic } from '../lib/guide/types';
import { useI18n } from './i18n';

interface Props {
  topics: GuideTopic[];
  currentIndex: number;
  preparedTopicIds: ReadonlySet<string>;
  onSelect: (index: number) => void;
}

/** The seven topics as numbered steps: where you are, which are prepared, and a jump to any of them. */
export function TopicNav({ topics, currentIndex, preparedTopicIds, onSelect }: Props) {
  const { t } = useI18n();
  return (
    <nav aria-label={t('topicsNavigation')} class="topic-nav">
      <p class="meta" id="topic-progress">
        {t('topicsPrepared', { done: preparedTopicIds.size, total: topics.length })}
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
                aria-label={`${topic.number}. ${topic.title}${prepared ? ` (${t('topicPrepared')})` : ''}`}
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
