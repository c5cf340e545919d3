import { useEffect, useRef, useState } from 'preact/hooks';
import type { ItemChanges } from '../../lib/domain/dialogues';
import { meetingPace, meetingSeconds, minutesPerTopic } from '../../lib/domain/meeting';
import { followUpTopicId, planTopicId } from '../../lib/domain/topics';
import type { ComponentChildren } from 'preact';
import { visibleGroups } from '../../lib/guide/questions';
import type { GuideTopic } from '../../lib/guide/types';
import type { Item } from '../../lib/domain/schema';
import type { OpenDialogue } from '../../lib/domain/open-dialogue';
import { isOnPlan, planFieldsOfGoal, planItemsOf } from '../../lib/domain/plan';
import { offAgenda, otherMarks, theirMarkKey } from '../../lib/domain/authorship';
import { formatDate } from '../../lib/i18n';
import { PlanItemFields } from '../plan/PlanItemFields';
import { EmployeeScreen } from './EmployeeScreen';
import { TextField } from '../ui/TextField';
import { TopicNav } from '../dialogue/TopicNav';
import { useAreaI18n } from '../ui/i18n';
import { TopicPager } from '../dialogue/TopicPager';
import { useHeadingFocus } from '../ui/heading-focus';

/** What an agenda entry brings to the plan: its words, and a goal's deadline as by when. */
export interface PlanEntryFields {
  text: string;
  due?: string | null;
}

export interface MeetingActions {
  meetingNote: (topicId: string) => Item;
  conclusion: (topicId: string) => Item;
  edit: (item: Item, changes: ItemChanges) => void;
  /** Adds an item to the plan (nothing when the plan already has one with these words); a goal brings its deadline. */
  addToPlan: (entry: PlanEntryFields, topicId: string) => void;
  /** Back to the dialogue's topics (the clock, the covered topics and everything typed stay). */
  back: () => void;
  setCovered: (topicId: string, covered: boolean) => void;
  setClock: (running: boolean) => void;
  end: () => void;
}

interface Props {
  open: OpenDialogue;
  topicIndex: number;
  onTopic: (index: number) => void;
  /** The view the employee may see (a shared screen), or the manager's own; the manager's comes back as it was. */
  showingEmployee: boolean;
  onShowEmployee: (shown: boolean) => void;
  actions: MeetingActions;
  /** Both parties' agreement to the plan, recorded on the plan's topic without leaving the meeting. */
  agreement: ComponentChildren;
}

const clock = (seconds: number) => `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;

/**
 * What the meeting works through in a topic: the questions marked (the manager's own, and the employee's, named as
 * hers), the employee's shared entries as hers, the manager's own points, and the manager's private preparation.
 */
function agendaOf(topic: GuideTopic, open: OpenDialogue) {
  const mine = new Set(open.dialogue.markedQuestionIds);
  // What the manager left off the agenda of the employee's entries stays in the dialogue, not on the agenda.
  const off = offAgenda(open.dialogue);
  const theirs = new Set(otherMarks(open.dialogue).filter((id) => !off.has(theirMarkKey(id))));
  const questions = visibleGroups(topic, open.dialogue.turned60)
    .flatMap((group) => group.questions)
    .filter((question) => mine.has(question.id) || theirs.has(question.id))
    .map((question) => ({ ...question, theirs: theirs.has(question.id) }));
  const here = open.items.filter((item) => item.topicId === topic.id && item.text.trim() !== '');
  return {
    questions,
    ownPoints: here.filter((item) => item.kind === 'point' && item.origin === null),
    sharedPoints: here.filter((item) => item.kind !== 'plan' && item.kind !== 'conclusion' && item.kind !== 'review' && item.origin !== null && !off.has(item.id)),
    privateNotes: here.filter((item) => (item.kind === 'answer' || item.kind === 'selfAssessment') && item.origin === null),
  };
}

type MeetingShortcut = 'next' | 'previous' | 'covered' | 'addNote';
/** Alt+Shift with these keys (by `KeyboardEvent.code`, the same on every keyboard layout). */
const MEETING_SHORTCUTS: Record<string, MeetingShortcut> = { ArrowRight: 'next', ArrowLeft: 'previous', KeyC: 'covered', KeyP: 'addNote' };

const hasAgenda = (agenda: ReturnType<typeof agendaOf>) => agenda.questions.length + agenda.ownPoints.length + agenda.sharedPoints.length + agenda.privateNotes.length > 0;

/**
 * An entry's way onto the plan, or a word that it is there already (one entry, one item). Declared here, not in
 * the view's render: a component made during a render is a new type on every render, and Preact would replace the
 * button the manager's focus is on each time the meeting clock ticks (issue #27).
 */
function AddToPlan({ entry, onPlan, onAdd }: { entry: PlanEntryFields; onPlan: boolean; onAdd: (entry: PlanEntryFields) => void }) {
  const { t } = useAreaI18n();
  return onPlan ? (
    <span class="tag on-plan">{t('onThePlan')}</span>
  ) : (
    <button type="button" class="link small" onClick={() => onAdd(entry)} aria-label={`${t('addToPlan')}: ${entry.text}`}>
      {t('addToPlan')}
    </button>
  );
}

interface ClockProps {
  dialogue: OpenDialogue['dialogue'];
  /** Minutes for each topic (lib/domain/meeting.ts). */
  budget: Map<string, number>;
  topicIds: string[];
  topicId: string;
  onClock: (running: boolean) => void;
}

/**
 * The clock, the topic's time and the pace: the only part of the meeting that changes every second, so the only
 * part that renders every second while the clock runs (the agenda, the notes and the focus in them stay put).
 */
function MeetingClock({ dialogue, budget, topicIds, topicId, onClock }: ClockProps) {
  const { t } = useAreaI18n();
  const [, tick] = useState(0);
  const running = dialogue.meetingRunningSince !== null;
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => tick((n) => n + 1), 1000);
    return () => clearInterval(timer);
  }, [running]);
  const elapsed = meetingSeconds(dialogue);
  const topicMinutes = budget.get(topicId)!;
  const pace = meetingPace(elapsed, dialogue.durationMinutes, budget, topicIds, topicId);
  // Said once the clock has run: ahead or behind by five minutes or more, and gently near the end.
  const paceText =
    elapsed === 0
      ? null
      : pace.nearEnd && pace.leftMinutes > 0
        ? t('meetingNearEnd', { minutes: pace.leftMinutes })
        : pace.behindMinutes >= 5
          ? t('meetingBehind', { minutes: pace.behindMinutes })
          : pace.behindMinutes <= -5
            ? t('meetingAhead', { minutes: -pace.behindMinutes })
            : null;
  return (
    <>
      <div class="meeting-clock" role="group" aria-label={t('meetingClock')}>
        <p>
          <span data-testid="meeting-elapsed">{clock(elapsed)}</span> / {t('minutes', { minutes: dialogue.durationMinutes })}
          {elapsed > dialogue.durationMinutes * 60 && <strong class="over"> {t('meetingOverTime')}</strong>}
        </p>
        <button type="button" onClick={() => onClock(!running)}>
          {running ? t('meetingPause') : elapsed > 0 ? t('meetingResume') : t('meetingStart')}
        </button>
      </div>
      <p class="meta" data-testid="topic-budget">{topicMinutes > 0 ? t('meetingBudget', { minutes: topicMinutes }) : t('meetingBudgetNone')}</p>
      <p class={pace.nearEnd ? 'meta meeting-pace meeting-pace--end' : 'meta meeting-pace'} data-testid="meeting-pace">
        {paceText}
      </p>
    </>
  );
}

/**
 * The meeting: a focused agenda topic by topic, notes and conclusions, topics ticked off, the time against the
 * plan. Private preparation stays hidden until revealed one note at a time: the other person sees the screen.
 */
export function MeetingView({ open, topicIndex, onTopic, showingEmployee, onShowEmployee, actions, agreement }: Props) {
  const { t, language } = useAreaI18n();
  const { dialogue, guide } = open;
  const index = Math.min(Math.max(topicIndex, 0), guide.topics.length - 1);
  const topic = guide.topics[index]!;
  const agenda = agendaOf(topic, open);
  const [revealed, setRevealed] = useState<ReadonlySet<string>>(new Set());
  /** The words last added to the plan, announced where the manager is looking. */
  const [added, setAdded] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  /** The shortcuts' actions as of the last render (the listener is added once). */
  const shortcutsRef = useRef<Record<MeetingShortcut, () => unknown>>({ next: () => 0, previous: () => 0, covered: () => 0, addNote: () => 0 });
  useHeadingFocus(heading, topic.id);
  // A new topic: the last topic's "added to the plan" is no longer news (issue #30).
  useEffect(() => setAdded(null), [topic.id]);
  // Shortcuts for what a manager does many times an hour (listed in the view). Alt+Shift, by the key's place on
  // the keyboard: no character is typed into the field that has focus, and no browser shortcut is taken.
  useEffect(() => {
    if (showingEmployee) return;
    const onKey = (event: KeyboardEvent) => {
      if (!event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey) return;
      const shortcut = MEETING_SHORTCUTS[event.code];
      if (!shortcut) return;
      event.preventDefault();
      shortcutsRef.current[shortcut]();
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  }, [showingEmployee]);

  // Time for the topics with something to discuss, and for the two every dialogue goes through.
  const discussed = new Set([followUpTopicId(guide), planTopicId(guide), ...guide.topics.filter((each) => hasAgenda(agendaOf(each, open))).map((each) => each.id)]);
  const topicIds = guide.topics.map((each) => each.id);
  const budget = minutesPerTopic(dialogue.durationMinutes, topicIds, discussed);
  const covered = new Set(dialogue.coveredTopicIds);
  const note = actions.meetingNote(topic.id);
  const conclusion = actions.conclusion(topic.id);
  const plan = planItemsOf(open.items);
  const planHere = plan.filter((item) => item.topicId === topic.id);
  const conclusions = guide.topics.flatMap((each) => {
    const found = open.items.find((item) => item.kind === 'conclusion' && item.topicId === each.id && item.text.trim() !== '');
    return found ? [{ topic: each, text: found.text }] : [];
  });
  const addToPlan = (entry: PlanEntryFields) => {
    actions.addToPlan(entry, topic.id);
    setAdded(entry.text);
  };
  const planButton = (text: string) => <AddToPlan entry={{ text }} onPlan={isOnPlan(open.items, text)} onAdd={addToPlan} />;
  /** The entry as the plan takes it: a goal with its reason and its deadline (issue #28). */
  const entryButton = (item: Item) => {
    const entry = item.kind === 'goal' ? planFieldsOfGoal(item) : { text: item.text };
    return <AddToPlan entry={entry} onPlan={isOnPlan(open.items, entry.text)} onAdd={addToPlan} />;
  };

  shortcutsRef.current = {
    next: () => index < guide.topics.length - 1 && onTopic(index + 1),
    previous: () => index > 0 && onTopic(index - 1),
    covered: () => actions.setCovered(topic.id, !covered.has(topic.id)),
    addNote: () => {
      const text = note.text.trim();
      if (text !== '' && !isOnPlan(open.items, text)) addToPlan({ text });
    },
  };

  if (showingEmployee) return <EmployeeScreen open={open} topicIndex={index} onTopic={onTopic} onBack={() => onShowEmployee(false)} />;

  return (
    <section class="meeting" aria-labelledby="meeting-heading">
      <h1 id="meeting-heading">{t('meetingHeading', { name: dialogue.employeeName })}</h1>
      <div class="actions">
        <button type="button" class="link" onClick={actions.back}>
          {t('backToDialogue')}
        </button>
        <button type="button" class="secondary" onClick={() => onShowEmployee(true)}>
          {t('showToEmployee')}
        </button>
      </div>
      <MeetingClock dialogue={dialogue} budget={budget} topicIds={topicIds} topicId={topic.id} onClock={actions.setClock} />
      <TopicNav topics={guide.topics} currentIndex={index} preparedTopicIds={covered} doneLabel={t('topicCovered')} progress={t('topicsCovered', { done: covered.size, total: guide.topics.length })} onSelect={onTopic} />

      <h2 ref={heading} tabIndex={-1}>
        {topic.number}. {topic.title}
      </h2>
      <label class="choice">
        <input type="checkbox" checked={covered.has(topic.id)} onChange={(event) => actions.setCovered(topic.id, event.currentTarget.checked)} />
        {t('markCovered')}
      </label>

      <h3>{t('agendaHeading')}</h3>
      {!hasAgenda(agenda) && <p class="empty">{t('agendaEmpty')}</p>}
      <ul class="agenda">
        {agenda.questions.map((question) => (
          <li key={question.id}>
            <span class="tag">{question.theirs ? t('wantsToRaise', { name: dialogue.employeeName || t('responsibleEmployee') }) : t('entryQuestion')}</span> {question.text}{' '}
            {planButton(question.text)}
          </li>
        ))}
        {agenda.sharedPoints.map((item) => (
          <li key={item.id}>
            <span class="tag">{t('sharedBy', { name: item.origin!.by })}</span> <span class="doc-text">{item.text}</span>
            {item.kind === 'goal' && item.deadline && <span class="meta"> ({t('goalDeadline')}: {formatDate(item.deadline, language)})</span>} {entryButton(item)}
          </li>
        ))}
        {agenda.ownPoints.map((item) => (
          <li key={item.id}>
            <span class="tag">{t('entryPoint')}</span> <span class="doc-text">{item.text}</span> {planButton(item.text)}
          </li>
        ))}
        {agenda.privateNotes.map((item) =>
          revealed.has(item.id) ? (
            <li key={item.id} class="private-note">
              <span class="tag">{t('entryPrivate')}</span> <span class="doc-text">{item.text}</span>{' '}
              <button type="button" class="link small" onClick={() => setRevealed(new Set([...revealed].filter((id) => id !== item.id)))}>
                {t('hideNote')}
              </button>
            </li>
          ) : (
            <li key={item.id} class="private-note private-note--hidden">
              <span class="tag">{t('entryPrivate')}</span> {t('privateHidden')}{' '}
              <button type="button" class="link small" onClick={() => setRevealed(new Set([...revealed, item.id]))}>
                {t('revealNote')}
              </button>
            </li>
          ),
        )}
      </ul>

      <p role="status" class="meta">
        {/* Words that end a sentence themselves take no second full stop after the quote (".”." before). */}
        {added !== null && `${t('addedToPlan', { text: added })}${/[.!?]$/.test(added.trim()) ? '' : '.'} ${t('addedToPlanFields')}`}
      </p>

      <TextField label={t('meetingNoteLabel')} value={note.text} onInput={(text) => actions.edit(note, { text })} />
      {note.text.trim() !== '' && planButton(note.text.trim())}
      <TextField label={t('conclusionLabel')} value={conclusion.text} onInput={(text) => actions.edit(conclusion, { text })} />

      {planHere.length > 0 && (
        <section aria-labelledby="plan-here-heading">
          <h3 id="plan-here-heading">{t('planFromTopic')}</h3>
          {planHere.map((item) => (
            <PlanItemFields key={item.id} item={item} number={plan.indexOf(item) + 1} onEdit={(changes) => actions.edit(item, changes)} />
          ))}
        </section>
      )}

      {topic.id === planTopicId(guide) && agreement}

      <details class="shortcuts">
        <summary>{t('shortcutsHeading')}</summary>
        <dl>
          <dt>
            <kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>→</kbd> / <kbd>←</kbd>
          </dt>
          <dd>{t('shortcutTopics')}</dd>
          <dt>
            <kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>C</kbd>
          </dt>
          <dd>{t('shortcutCovered')}</dd>
          <dt>
            <kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>P</kbd>
          </dt>
          <dd>{t('shortcutAddNote')}</dd>
        </dl>
      </details>

      <details class="agreed-so-far">
        <summary>{t('agreedSoFar', { conclusions: t('conclusionsCount', { count: conclusions.length }), items: t('planItemsCount', { count: plan.length }) })}</summary>
        {conclusions.length + plan.length === 0 && <p class="empty">{t('agreedSoFarEmpty')}</p>}
        <ul>
          {conclusions.map(({ topic: each, text }) => (
            <li key={each.id}>
              <span class="tag">{each.number}. {each.title}</span> <span class="doc-text">{text}</span>
            </li>
          ))}
          {plan.map((item, number) => (
            <li key={item.id}>
              <span class="tag">{t('planItemNumber', { number: number + 1 })}</span> <span class="doc-text">{item.text}</span>
            </li>
          ))}
        </ul>
      </details>

      <TopicPager index={index} count={guide.topics.length} onTopic={onTopic} finish={{ label: t('meetingEnd'), onClick: actions.end }} />
    </section>
  );
}
