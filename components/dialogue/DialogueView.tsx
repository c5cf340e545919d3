import type { ComponentChildren } from 'preact';
import { meetingHeld } from '../../lib/domain/meeting';
import { groupsOfCopy } from '../../lib/guide/questions';
import { noticesOfCopy } from '../../lib/guide/manager-questions';
import { offAgenda, otherMarks, otherPartyName } from '../../lib/domain/authorship';
import { formatDate } from '../../lib/i18n';
import { preparedTopics } from '../../lib/domain/progress';
import type { DialogueStatus } from '../../lib/domain/schema';
import type { OpenDialogue } from '../../lib/domain/open-dialogue';
import { STATUS_LABEL } from '../ui/labels';
import { TopicNav } from './TopicNav';
import { TopicPage, type TopicPageActions } from './TopicPage';
import { useAreaI18n } from '../ui/i18n';
import { TopicPager } from './TopicPager';

interface Props {
  open: OpenDialogue;
  topicIndex: number;
  onTopic: (index: number) => void;
  /** The last topic's main button: the next step when it leads elsewhere, else back to where the dialogue was opened. */
  finish: { label: string; onClick: () => void };
  /** Where the dialogue stands, and the one next action. */
  next: ComponentChildren;
  /** The views reachable from this dialogue: export, and for a manager the invitation, meeting and import. */
  links: Array<{ label: string; onClick: () => void }>;
  onStatus: (status: DialogueStatus) => void;
  actions: TopicPageActions;
  previousReview?: ComponentChildren;
  agreement?: ComponentChildren;
  exchange?: ComponentChildren;
  /** Whose words the topic shows, where the guide is partly Samtale's translation. */
  wording?: ComponentChildren;
}

const STATUSES: DialogueStatus[] = ['planned', 'invited', 'prepared', 'held', 'planAgreed', 'followedUp'];

/** A dialogue: the topics in order, with progress, free navigation and the current topic. */
export function DialogueView({ open, topicIndex, onTopic, finish, next, links, onStatus, actions, previousReview, agreement, exchange, wording }: Props) {
  const { t, language } = useAreaI18n();
  const { dialogue, guide, items } = open;
  const topics = guide.topics;
  const index = Math.min(Math.max(topicIndex, 0), topics.length - 1);
  const topic = topics[index]!;
  const marked = new Set(dialogue.markedQuestionIds);
  const other = dialogue.role === 'manager' ? dialogue.employeeName : dialogue.managerName;

  return (
    <div class="dialogue" data-dialogue-id={dialogue.id}>
      <header class="dialogue-head">
        <h1 class="dialogue-title">{t('dialogueTitle', { date: dialogue.plannedDate ? formatDate(dialogue.plannedDate, language) : t('dialogueNoDate') })}</h1>
        <p class="meta">
          {other ? t('dialogueWith', { manager: other }) : t('dialogueNoManager')} · {guide.title}
        </p>
        <div class="field status-field">
          <label for="dialogue-status">{t('dialogueStatus')}</label>
          <select id="dialogue-status" value={dialogue.status} onChange={(event) => onStatus(event.currentTarget.value as DialogueStatus)}>
            {STATUSES.map((status) => (
              <option value={status} key={status}>
                {t(STATUS_LABEL[status])}
              </option>
            ))}
          </select>
        </div>
        {next}
        <div class="actions">
          {links.map((link) => (
            <button type="button" class="small" key={link.label} onClick={link.onClick}>
              {link.label}
            </button>
          ))}
        </div>
      </header>
      <TopicNav topics={topics} currentIndex={index} preparedTopicIds={preparedTopics(guide, dialogue, items)} onSelect={onTopic} />
      <TopicPage
        key={topic.id}
        topic={topic}
        role={dialogue.role}
        planFolded={meetingHeld(dialogue.status)}
        otherName={otherPartyName(dialogue) || t(dialogue.role === 'manager' ? 'responsibleEmployee' : 'responsibleManager')}
        groups={groupsOfCopy(guide, topic, dialogue)}
        notices={noticesOfCopy(guide, topic, dialogue.role)}
        markedQuestionIds={marked}
        otherMarkedQuestionIds={new Set(otherMarks(dialogue))}
        offAgenda={offAgenda(dialogue)}
        items={items.filter((item) => item.topicId === topic.id || (item.kind === 'plan' && topic.prompts.followUpPlan !== undefined))}
        hasPreviousDialogue={dialogue.previousDialogueId !== null}
        actions={actions}
        previousReview={previousReview}
        agreement={agreement}
        exchange={exchange}
        wording={wording}
      />
      <TopicPager index={index} count={topics.length} onTopic={onTopic} finish={finish} />
      <p class="meta source">{t('guideSource', { title: guide.title, date: formatDate(guide.source.lastModified, language) })}</p>
    </div>
  );
}
