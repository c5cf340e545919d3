import { visibleGroups } from '../lib/guide';
import { formatDate } from '../lib/i18n';
import { preparedTopics } from '../lib/progress';
import type { OpenDialogue } from '../lib/store';
import { TopicNav } from './TopicNav';
import { TopicPage, type TopicPageActions } from './TopicPage';
import { useI18n } from './i18n';

interface Props {
  open: OpenDialogue;
  topicIndex: number;
  onTopic: (index: number) => void;
  onFinish: () => void;
  onExport: () => void;
  actions: TopicPageActions;
}

/** Preparing a dialogue: the topics in order, with progress, free navigation and the current topic. */
export function DialogueView({ open, topicIndex, onTopic, onFinish, onExport, actions }: Props) {
  const { t, language } = useI18n();
  const { dialogue, guide, items } = open;
  const topics = guide.topics;
  const index = Math.min(Math.max(topicIndex, 0), topics.length - 1);
  const topic = topics[index]!;
  const marked = new Set(dialogue.markedQuestionIds);
  const isLast = index === topics.length - 1;

  return (
    <div class="dialogue" data-dialogue-id={dialogue.id}>
      <header class="dialogue-head">
        <h1 class="dialogue-title">{t('dialogueTitle', { date: dialogue.plannedDate ? formatDate(dialogue.plannedDate, language) : t('dialogueNoDate') })}</h1>
        <p class="meta">
          {t('dialogueWith', { manager: dialogue.managerName || t('dialogueNoManager') })} · {guide.title}
        </p>
        {guide.translationNotice && <p class="hint translation-notice">{guide.translationNotice}</p>}
        <button type="button" class="small" onClick={onExport}>
          {t('exportOpen')}
        </button>
      </header>
      <TopicNav topics={topics} currentIndex={index} preparedTopicIds={preparedTopics(guide, dialogue, items)} onSelect={onTopic} />
      <p class="meta" aria-hidden="true">
        {t('topicProgress', { number: index + 1, total: topics.length })}
      </p>
      <TopicPage
        key={topic.id}
        topic={topic}
        groups={visibleGroups(topic, dialogue.turned60)}
        markedQuestionIds={marked}
        items={items.filter((item) => item.topicId === topic.id)}
        hasPreviousDialogue={dialogue.previousDialogueId !== null}
        actions={actions}
      />
      <nav class="pager" aria-label={t('topicsNavigation')}>
        <button type="button" class="secondary" disabled={index === 0} onClick={() => onTopic(index - 1)}>
          {t('previousTopic')}
        </button>
        {isLast ? (
          <button type="button" class="primary" onClick={onFinish}>
            {t('finishPreparation')}
          </button>
        ) : (
          <button type="button" class="primary" onClick={() => onTopic(index + 1)}>
            {t('nextTopic')}
          </button>
        )}
      </nav>
      <p class="meta source">
        {t('guideSource', { title: guide.title, date: formatDate(guide.source.lastModified, language) })}
      </p>
    </div>
  );
}
