import { otherMarks } from '../../lib/domain/authorship';
import { planItemsOf } from '../../lib/domain/plan';
import type { ItemOf } from '../../lib/domain/schema';
import type { OpenDialogue } from '../../lib/domain/open-dialogue';
import { visibleGroups } from '../../lib/guide/questions';
import { formatDate } from '../../lib/i18n';
import { useAreaI18n } from '../ui/i18n';
import { TopicPager } from '../dialogue/TopicPager';

interface Props {
  open: OpenDialogue;
  topicIndex: number;
  onTopic: (index: number) => void;
  onBack: () => void;
}

/**
 * What the manager can show the employee (a shared screen in the room or on a call): the topic, what the employee
 * marked and shared, what was agreed and the plan, in large type (issue #19). Only what both may see is drawn at
 * all: the manager's preparation, private notes and meeting notes are not in this view's document.
 */
export function EmployeeScreen({ open, topicIndex, onTopic, onBack }: Props) {
  const { t, language } = useAreaI18n();
  const { dialogue, guide } = open;
  const index = Math.min(Math.max(topicIndex, 0), guide.topics.length - 1);
  const topic = guide.topics[index]!;
  // What the employee marked, not the manager's own marks (the manager's preparation is not on this screen).
  const marked = new Set(otherMarks(dialogue));
  const questions = visibleGroups(topic, dialogue.turned60).flatMap((group) => group.questions.filter((question) => marked.has(question.id)));
  const shared = open.items.filter((item) => item.topicId === topic.id && item.origin !== null && item.kind !== 'plan' && item.kind !== 'answer' && !item.sensitive && item.text.trim() !== '');
  const conclusion = open.items.find((item) => item.kind === 'conclusion' && item.topicId === topic.id && item.text.trim() !== '');
  const plan = planItemsOf(open.items).filter((item) => item.text.trim() !== '');
  const who = (item: ItemOf<'plan'>) =>
    item.responsible === 'other' ? item.responsibleName || t('responsibleOther') : t(item.responsible === 'employee' ? 'responsibleEmployee' : 'responsibleManager');

  return (
    <section class="employee-screen" aria-labelledby="employee-screen-heading">
      <div class="section-head">
        <h1 id="employee-screen-heading">
          {topic.number}. {topic.title}
        </h1>
        <button type="button" class="secondary" onClick={onBack}>
          {t('backToMyView')}
        </button>
      </div>
      {questions.length + shared.length > 0 && (
        <>
          <h2>{t('agendaHeading')}</h2>
          <ul>
            {questions.map((question) => (
              <li key={question.id}>{question.text}</li>
            ))}
            {shared.map((item) => (
              <li key={item.id} class="doc-text">
                {item.text}
              </li>
            ))}
          </ul>
        </>
      )}
      {conclusion && (
        <>
          <h2>{t('agreedInTopic')}</h2>
          <p class="doc-text">{conclusion.text}</p>
        </>
      )}
      <h2>{t('sharedPlanHeading')}</h2>
      {plan.length === 0 ? (
        <p class="empty">{t('agreedSoFarEmpty')}</p>
      ) : (
        <ol>
          {plan.map((item) => (
            <li key={item.id}>
              <span class="doc-text">{item.text}</span>
              <span class="meta">
                {' '}
                — {who(item)}
                {item.due ? `, ${t('planDueOn', { date: formatDate(item.due, language) })}` : ''}
              </span>
            </li>
          ))}
        </ol>
      )}
      <TopicPager index={index} count={guide.topics.length} onTopic={onTopic} />
    </section>
  );
}
