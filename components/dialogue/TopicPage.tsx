import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { GuideNotice, GuideQuestionGroup, GuideTopic } from '../../lib/guide/types';
import type { ItemChanges } from '../../lib/domain/dialogues';
import type { Item, ItemOf, Role } from '../../lib/domain/schema';
import { formatDate } from '../../lib/i18n';
import { theirMarkKey } from '../../lib/domain/authorship';
import { ItemListEditor } from '../plan/ItemListEditor';
import { Notice } from '../ui/Notice';
import { lazyComponent } from '../panel/lazy';
import { QuestionItem } from './QuestionItem';
import { TextField } from '../ui/TextField';
import { useHeadingFocus } from '../ui/heading-focus';
import { useAreaI18n } from '../ui/i18n';

// The plan's fields (topic 7) load when a plan item is first shown.
const PlanItemFields = lazyComponent(() => import('../plan/PlanItemFields').then((module) => module.PlanItemFields));

export interface TopicPageActions {
  mark: (questionId: string, marked: boolean) => void;
  /** The note item of a question (in memory until something is typed). */
  answerFor: (questionId: string, sensitive: boolean) => Item;
  selfAssessment: () => Item;
  /** The conclusion of a topic (in memory until something is typed). */
  conclusion: (topicId: string) => Item;
  edit: (item: Item, changes: ItemChanges) => void;
  addPoint: () => void;
  addGoal: () => void;
  addPlanItem: () => void;
  remove: (id: string) => void;
  /** Leaves one of the other party's entries (or marks) off the agenda, or puts it back. */
  setOffAgenda: (key: string, off: boolean) => void;
  /** Adds the owner's own point beside one of the other party's entries, answering it. */
  answer: (item: Item) => void;
}

interface Props {
  topic: GuideTopic;
  /** Whose copy this is (issue #28): the employee's asks the employee's questions, the manager's the manager's. */
  role: Role;
  /** The other party, by name: their entries are shown as theirs. */
  otherName: string;
  /** The meeting was held: the plan's items show as one line each, opened to edit. */
  planFolded?: boolean;
  groups: GuideQuestionGroup[];
  /** The topic's notices, as the copy's owner reads them. */
  notices: GuideNotice[];
  markedQuestionIds: ReadonlySet<string>;
  /** The questions the other party marked and shared. */
  otherMarkedQuestionIds: ReadonlySet<string>;
  /** The other party's entries the owner left off the agenda. */
  offAgenda: ReadonlySet<string>;
  items: Item[];
  hasPreviousDialogue: boolean;
  actions: TopicPageActions;
  /** Last dialogue's conclusions and plan, reviewed (where the topic asks for it). */
  previousReview?: ComponentChildren;
  /** Both parties' agreement to the plan (where the plan is). */
  agreement?: ComponentChildren;
  /** Sending the plan's state to the other party (where the plan is). */
  exchange?: ComponentChildren;
  /** Whose words the topic shows (a guide that is partly Samtale's translation). */
  wording?: ComponentChildren;
}

type GroupProps = Pick<Props, 'markedQuestionIds' | 'otherMarkedQuestionIds' | 'offAgenda' | 'otherName' | 'actions'> & {
  group: GuideQuestionGroup;
  /** The other party's notes on questions, by question id. */
  otherNotes: ReadonlyMap<string, Item>;
};

function QuestionGroup({ group, markedQuestionIds, otherMarkedQuestionIds, offAgenda, otherName, otherNotes, actions }: GroupProps) {
  const { t } = useAreaI18n();
  const sensitive = group.kind === 'harassment';
  const markedHere = group.questions.filter((question) => markedQuestionIds.has(question.id)).length;
  const theirsHere = group.questions.filter((question) => otherMarkedQuestionIds.has(question.id)).length;
  // The harassment questions are offered discreetly: closed until asked for, unless already in use.
  const [open, setOpen] = useState(!sensitive || markedHere > 0);
  const headingId = `group-${group.questions[0]?.id ?? group.kind}`;
  const marksLine = (
    <p class="meta">
      {t('questionsMarkedInTopic', { count: markedHere, total: group.questions.length })}
      {theirsHere > 0 && ` · ${t('questionsMarkedByOther', { count: theirsHere, name: otherName })}`}
    </p>
  );
  return (
    <section class={`question-group question-group--${group.kind}`} aria-labelledby={headingId}>
      <div class="group-head">
        <h3 id={headingId}>
          {group.title}
          {sensitive && <span class="badge">{t('sensitiveLabel')}</span>}
        </h3>
        {!sensitive && marksLine}
      </div>
      {sensitive && <p class="hint">{t('sensitiveExplainer')}</p>}
      {sensitive && (
        <button type="button" class="secondary" aria-expanded={open} aria-controls={`${headingId}-body`} onClick={() => setOpen(!open)}>
          {t(open ? 'hideSensitive' : 'showSensitive')}
        </button>
      )}
      <div id={`${headingId}-body`} hidden={!open}>
        {open && group.advice.map((paragraph) => <p class="advice">{paragraph}</p>)}
        {open && group.link && (
          <p>
            <a href={group.link.url} target="_blank" rel="noopener noreferrer">
              {group.link.label}
            </a>
          </p>
        )}
      {sensitive && marksLine}
      <ul class="questions">
        {open &&
          group.questions.map((question) => {
            const answer = actions.answerFor(question.id, sensitive);
            return (
              <QuestionItem
                key={question.id}
                question={question}
                marked={markedQuestionIds.has(question.id)}
                markedBy={otherMarkedQuestionIds.has(question.id) ? otherName : null}
                theirMarkOff={offAgenda.has(theirMarkKey(question.id))}
                onTheirMarkOff={(off) => actions.setOffAgenda(theirMarkKey(question.id), off)}
                theirNote={otherNotes.get(question.id) ?? null}
                note={answer.text}
                onMark={(marked) => actions.mark(question.id, marked)}
                onNote={(text) => actions.edit(answer, { text })}
              />
            );
          })}
      </ul>
      </div>
    </section>
  );
}

/** One topic of the dialogue: its purpose, the guide's questions, and what the user writes for it. */
interface TheirEntriesProps {
  heading: string;
  items: Item[];
  /** The owner's answers, by the id of the entry each answers. */
  answers: ReadonlyMap<string, Item>;
  offAgenda: ReadonlySet<string>;
  actions: TopicPageActions;
  render?: (item: Item) => ComponentChildren;
}

/**
 * The other party's entries of one kind, as theirs (issue #28): shown, never edited or removed here. The owner may
 * leave one off the agenda, or answer it with a point of their own, shown beside it.
 */
function TheirEntries({ heading, items, answers, offAgenda, actions, render }: TheirEntriesProps) {
  const { t } = useAreaI18n();
  /** The entry just answered: its new answer takes the focus when it appears (once written, a moment later). */
  const [answering, setAnswering] = useState<string | null>(null);
  const section = useRef<HTMLElement>(null);
  const answered = answering !== null && answers.has(answering);
  useEffect(() => {
    if (!answered) return;
    section.current?.querySelector<HTMLTextAreaElement>(`[data-item-id="${answering}"] textarea`)?.focus();
    setAnswering(null);
  }, [answered]);
  if (items.length === 0) return null;
  return (
    <section class="their-entries" ref={section}>
      <h3>{heading}</h3>
      {items.map((item) => {
        const off = offAgenda.has(item.id);
        const answer = answers.get(item.id);
        return (
          <blockquote class={off ? 'from-other off-agenda' : 'from-other'} key={item.id} data-item-id={item.id}>
            <p class="doc-text">{item.text}</p>
            {render?.(item)}
            {off && <p class="meta">{t('offAgendaNote')}</p>}
            {answer && (
              <div class="their-answer">
                <TextField label={t('myAnswer')} value={answer.text} onInput={(text) => actions.edit(answer, { text })} />
                <button type="button" class="secondary small" onClick={() => actions.remove(answer.id)}>
                  {t('removeAnswer')}
                </button>
              </div>
            )}
            <div class="actions">
              <button type="button" class="link small" aria-label={`${t(off ? 'putOnAgenda' : 'leaveOffAgenda')}: ${item.text}`} onClick={() => actions.setOffAgenda(item.id, !off)}>
                {t(off ? 'putOnAgenda' : 'leaveOffAgenda')}
              </button>
              {!answer && (
                <button
                  type="button"
                  class="link small"
                  aria-label={`${t('answerWithPoint')}: ${item.text}`}
                  onClick={() => {
                    setAnswering(item.id);
                    actions.answer(item);
                  }}
                >
                  {t('answerWithPoint')}
                </button>
              )}
            </div>
          </blockquote>
        );
      })}
    </section>
  );
}

export function TopicPage({ topic, role, otherName, planFolded = false, groups, notices, markedQuestionIds, otherMarkedQuestionIds, offAgenda, items, hasPreviousDialogue, actions, previousReview, agreement, exchange, wording }: Props) {
  const { t, language } = useAreaI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  // A new topic moves focus to its heading, so screen readers announce it and Tab continues from the top.
  useHeadingFocus(heading, topic.id);
  const hasPlan = topic.prompts.followUpPlan !== undefined;
  useEffect(() => void (hasPlan && PlanItemFields.preload().catch(() => undefined)), [hasPlan]);
  const own = items.filter((item) => item.origin === null);
  const theirs = items.filter((item) => item.origin !== null && item.text.trim() !== '');
  // An answer to one of the other party's entries is shown beside it, not among the owner's own points.
  const answers = new Map(own.filter((item) => item.answersId !== undefined).map((item) => [item.answersId!, item]));
  const points = own.filter((item): item is ItemOf<'point'> => item.kind === 'point' && item.answersId === undefined);
  const theirProps = { answers, offAgenda, actions };
  const goals = own.filter((item): item is ItemOf<'goal'> => item.kind === 'goal');
  const theirNotes = new Map(theirs.filter((item): item is ItemOf<'answer'> => item.kind === 'answer').map((item) => [item.questionId, item]));
  const planItems = items.filter((item): item is ItemOf<'plan'> => item.kind === 'plan');
  const conclusion = actions.conclusion(topic.id);
  /** What the other party concluded on this topic (the manager's outcome, on the employee's side): shown, not edited. */
  const theirConclusions = items.filter((item) => item.kind === 'conclusion' && item.origin !== null && item.text.trim() !== '');

  return (
    <article class="topic" aria-labelledby={`topic-${topic.id}`}>
      <h2 id={`topic-${topic.id}`} ref={heading} tabIndex={-1}>
        {topic.number}. {topic.title}
      </h2>
      {wording}
      {/* Open on request (issue #30: open, it was a quarter of the topic's height at 420 px). */}
      <details class="purpose">
        <summary>{t('aboutTopic')}</summary>
        {topic.purpose.map((paragraph) => (
          <p>{paragraph}</p>
        ))}
      </details>
      {notices.map((notice) => (
        <Notice notice={notice} />
      ))}

      {topic.prompts.previousConclusions && (
        <section class="previous">
          <h3>{t('previousConclusionsHeading')}</h3>
          <p class="hint">{topic.prompts.previousConclusions}</p>
          {hasPreviousDialogue ? previousReview : <p class="empty">{t('noPreviousDialogue')}</p>}
        </section>
      )}

      {topic.prompts.selfAssessment &&
        (() => {
          const item = actions.selfAssessment();
          // The self-assessment is the employee's. A manager's copy asks its own questions instead; what a manager
          // wrote in this box before issue #28 stays on screen, as theirs, until they move or clear it.
          if (role === 'manager' && item.text.trim() === '' && item.sealed === null) return null;
          return (
            <section class="self-assessment">
              <h3>{t(role === 'employee' ? 'selfAssessmentHeading' : 'earlierNotesHeading')}</h3>
              <TextField label={role === 'employee' ? topic.prompts.selfAssessment! : t('earlierNotesLabel')} hint={t('noteHint')} value={item.text} onInput={(text) => actions.edit(item, { text })} />
            </section>
          );
        })()}

      {/* The employee's own view of their efforts, in the manager's copy only if she shared it: as hers. */}
      <TheirEntries heading={t('otherSelfAssessmentHeading', { name: otherName })} items={theirs.filter((item) => item.kind === 'selfAssessment')} {...theirProps} />

      {groups.map((group) => (
        <QuestionGroup
          key={group.kind}
          group={group}
          markedQuestionIds={markedQuestionIds}
          otherMarkedQuestionIds={otherMarkedQuestionIds}
          offAgenda={offAgenda}
          otherName={otherName}
          otherNotes={theirNotes}
          actions={actions}
        />
      ))}

      <TheirEntries
        heading={t('otherGoalsHeading', { name: otherName })}
        items={theirs.filter((item) => item.kind === 'goal')}
        {...theirProps}
        render={(item) => {
          const goal = item as ItemOf<'goal'>;
          return (
            <>
              {goal.deadline && <p class="meta">{t('goalDeadline')}: {formatDate(goal.deadline, language)}</p>}
              {goal.why.trim() && <p class="meta">{t('goalWhy')}: {goal.why}</p>}
            </>
          );
        }}
      />

      {/* Goals are the employee's (realistic, timed, within her responsibility): the manager sees those she shared. */}
      {topic.prompts.goals && role === 'employee' && (
        <ItemListEditor
          heading={t('goalsHeading')}
          hint={topic.prompts.goals}
          empty={t('goalsEmpty')}
          items={goals}
          addLabel={t('addGoal')}
          removeLabel={(number) => t('removeGoal', { number })}
          onAdd={actions.addGoal}
          onRemove={actions.remove}
          renderItem={(goal, number) => (
            <fieldset class="goal">
              <legend>{t('goalNumber', { number })}</legend>
              <TextField label={t('goalLabel')} value={goal.text} onInput={(text) => actions.edit(goal, { text })} />
              <TextField label={t('goalDeadline')} type="date" multiline={false} value={goal.deadline ?? ''} onInput={(deadline) => actions.edit(goal, { deadline: deadline || null } as ItemChanges)} />
              <TextField label={t('goalWhy')} value={goal.why} onInput={(why) => actions.edit(goal, { why } as ItemChanges)} />
            </fieldset>
          )}
        />
      )}

      {topic.prompts.followUpPlan && (
        <ItemListEditor
          heading={t('planHeading')}
          hint={topic.prompts.followUpPlan}
          empty={t('planEmpty')}
          items={planItems}
          addLabel={t('addPlanItem')}
          removeLabel={(number) => t('removePlanItem', { number })}
          onAdd={actions.addPlanItem}
          onRemove={actions.remove}
          renderItem={(item, number) => <PlanItemFields item={item} number={number} folded={planFolded && item.text.trim() !== ''} onEdit={(changes) => actions.edit(item, changes)} />}
        />
      )}
      {topic.prompts.followUpPlan && agreement}
      {topic.prompts.followUpPlan && exchange}

      {/* The employee raised hers before the meeting; what the manager ticked of their own comes from the meeting. */}
      <TheirEntries heading={t(role === 'manager' ? 'otherPointsHeading' : 'sharedBy', { name: otherName })} items={theirs.filter((item) => item.kind === 'point')} {...theirProps} />

      <ItemListEditor
        heading={t('ownPointsHeading')}
        items={points}
        addLabel={t('addPoint')}
        removeLabel={(number) => t('removePoint', { number })}
        onAdd={actions.addPoint}
        onRemove={actions.remove}
        renderItem={(point, number) => <TextField label={t('pointLabel', { number })} value={point.text} onInput={(text) => actions.edit(point, { text })} />}
      />

      {/* Its heading is the field's name (the field's own label, hidden, says it again to a screen reader): one line
          fewer on every topic (issue #30). */}
      <section class="conclusion">
        <h3>{t('conclusionLabel')}</h3>
        {theirConclusions.map((item) => (
          <blockquote class="from-other" key={item.id}>
            <p class="meta">{t('exchangeFromMeeting', { name: item.origin!.by })}</p>
            <p class="doc-text">{item.text}</p>
          </blockquote>
        ))}
        <TextField label={t('conclusionLabel')} hideLabel hint={t('conclusionHint')} value={conclusion.text} onInput={(text) => actions.edit(conclusion, { text })} />
      </section>
    </article>
  );
}
