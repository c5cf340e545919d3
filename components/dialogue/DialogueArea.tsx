import { carriedOver, carriedOverFields, newPlanItemFields } from '../../lib/domain/plan';
import type { ItemOf } from '../../lib/domain/schema';
import { meetingStartIndex } from '../../lib/domain/meeting';
import { followUpTopicId, planTopicId, topicIdAt, topicOfQuestion } from '../../lib/domain/topics';
import type { OpenDialogue } from '../../lib/domain/open-dialogue';
import type { Store } from '../../lib/state/store';
import { AgreementPanel, PlanUpdateCard, PreviousReview, WordingNotice } from '../panel/areas';
import type { DialogueAreaProps, DialogueRoute } from '../panel/area-props';
import { useAreaI18n } from '../ui/i18n';
import { DialogueView } from './DialogueView';
import { NextStep } from './NextStep';
import { nextStep, type NextAction } from '../../lib/domain/next-step';
import { otherPartyName } from '../../lib/domain/authorship';
import type { Translate } from '../../lib/i18n';
import type { TopicPageActions } from './TopicPage';

/** What the topic pages do, as calls on the store. */
function topicActions(store: Store, open: OpenDialogue, topicIndex: number): TopicPageActions {
  const dialogueId = open.dialogue.id;
  const topicId = topicIdAt(open.guide, topicIndex);
  const followUp = followUpTopicId(open.guide);
  return {
    mark: (questionId, marked) => void store.markQuestion(dialogueId, questionId, marked),
    answerFor: (questionId, sensitive) => store.singleItem('answer', topicOfQuestion(questionId), { questionId, sensitive }, questionId),
    selfAssessment: () => store.singleItem('selfAssessment', followUp, {}, followUp),
    conclusion: (id) => store.singleItem('conclusion', id, {}, id),
    edit: (item, changes) => void store.editItem(item, changes),
    addPoint: () => void store.addItem({ kind: 'point', dialogueId, topicId }),
    addGoal: () => void store.addItem({ kind: 'goal', dialogueId, topicId, deadline: null, why: '' }),
    addPlanItem: () => void store.addItem({ ...newPlanItemFields(''), dialogueId, topicId }),
    remove: (id) => void store.removeItem(dialogueId, id),
    setOffAgenda: (key, off) => void store.setOffAgenda(dialogueId, key, off),
    answer: (item) => void store.addItem({ kind: 'point', dialogueId, topicId: item.topicId, answersId: item.id }),
  };
}

/** Last year's conclusions and plan, each plan item reviewed and, if still open, carried into this year's plan. */
function previousReview(store: Store, open: OpenDialogue) {
  if (!open.previous) return undefined;
  const carried = carriedOver(open.items);
  const followUp = followUpTopicId(open.guide);
  return (
    <PreviousReview
      previous={open.previous}
      previousGuide={open.previous.guide}
      reviewFor={(planItem) => store.singleItem('review', followUp, { reviewedItemId: planItem.id, achieved: null }, planItem.id) as ItemOf<'review'>}
      carriedOver={new Set(carried.keys())}
      onReview={(review, changes) => void store.editItem(review, changes)}
      theirReview={(planItem) => open.items.find((item): item is ItemOf<'review'> => item.kind === 'review' && item.origin !== null && item.reviewedItemId === planItem.id)}
      onCarryOver={(planItem, carry) => {
        if (!carry) return void store.removeItem(open.dialogue.id, carried.get(planItem.id)!);
        void store.addItem({ ...carriedOverFields(planItem), dialogueId: open.dialogue.id, topicId: planTopicId(open.guide) });
      }}
    />
  );
}

/** The next step's button: its words, and where it leads (`elsewhere`: not the plan's own topic). */
function nextAction(store: Store, route: DialogueRoute, open: OpenDialogue, action: NextAction, t: Translate): { label: string; onClick: () => void; elsewhere: boolean } {
  const { dialogue, guide } = open;
  const name = otherPartyName(dialogue) || t(dialogue.role === 'manager' ? 'responsibleEmployee' : 'responsibleManager');
  const to = (next: DialogueRoute) => () => store.navigate(next);
  const planIndex = guide.topics.findIndex((topic) => topic.id === planTopicId(guide));
  const base = { dialogueId: dialogue.id, topicIndex: route.topicIndex };
  switch (action) {
    case 'share':
      return { label: t('nextShare', { name }), onClick: to({ ...base, name: 'export', send: true }), elsewhere: true };
    case 'sendOutcome':
      return { label: t('nextSendOutcome', { name }), onClick: to({ ...base, name: 'export', send: true }), elsewhere: true };
    case 'invite':
      return { label: t('nextInvite', { name }), onClick: to({ ...base, name: 'invite' }), elsewhere: true };
    case 'meeting':
      return { label: t('nextMeeting'), onClick: to({ ...base, name: 'meeting', topicIndex: meetingStartIndex(guide.topics.map((topic) => topic.id), dialogue) }), elsewhere: true };
    case 'takeIn':
      return { label: t('nextTakeIn', { name }), onClick: to({ ...base, name: 'import' }), elsewhere: true };
    case 'agree':
      return { label: t('nextAgree'), onClick: to({ ...base, name: 'dialogue', topicIndex: planIndex }), elsewhere: false };
    case 'followUp':
      return { label: t('nextFollowUp'), onClick: to({ ...base, name: 'dialogue', topicIndex: planIndex }), elsewhere: false };
  }
}

/** The dialogue's topics, with the ways to its other views (the manager's invitation, meeting and import; the export). */
export function DialogueArea({ store, route, open, exporter, today }: DialogueAreaProps) {
  const { t, language } = useAreaI18n();
  const go = (name: DialogueRoute['name']) => () => store.navigate({ ...route, name });
  const roleLinks =
    open.dialogue.role === 'manager'
      ? [
          { label: t('inviteHeading'), onClick: go('invite') },
          { label: t('meetingOpen'), onClick: () => store.navigate({ ...route, name: 'meeting', topicIndex: meetingStartIndex(open.guide.topics.map((topic) => topic.id), open.dialogue) }) },
          { label: t('importOpen'), onClick: go('import') },
        ]
      : [{ label: t('takeInOpen'), onClick: go('import') }];
  const { dialogue } = open;
  const next = nextStep(dialogue, open.items);
  const act = nextAction(store, route, open, next.action, t);
  // The last topic leads on to the next step when that is elsewhere (topic 7 to sharing, say); else back to where the
  // dialogue was opened from: the manager's person page, the employee's list (each button says which).
  const backTo =
    dialogue.role === 'manager' && dialogue.employeeId
      ? { label: t('finishManager', { name: dialogue.employeeName }), onClick: () => store.navigate({ name: 'person', personId: dialogue.employeeId! }) }
      : { label: t('finishPreparation'), onClick: () => store.navigate({ name: 'home' }) };
  return (
    <DialogueView
      open={open}
      topicIndex={route.topicIndex}
      onTopic={(topicIndex) => store.navigate({ ...route, topicIndex })}
      finish={act.elsewhere ? act : backTo}
      next={
        <>
          <NextStep stage={next.stage} action={act} />
          {/* A guide in another language than the panel's is said once, with the way to switch (issue #30). */}
          {dialogue.language !== language && (
            <p class="meta guide-language">
              {t('guideLanguageDiffers', { language: t(dialogue.language === 'en' ? 'guideLanguageEn' : 'guideLanguageNb') })}{' '}
              <button type="button" class="link" onClick={() => void store.updateDialogue(dialogue.id, { language })}>
                {t('guideLanguageSwitch')}
              </button>
            </p>
          )}
        </>
      }
      links={[...roleLinks, { label: t('exportOpen'), onClick: go('export') }]}
      onStatus={(status) => void store.updateDialogue(open.dialogue.id, { status })}
      actions={topicActions(store, open, route.topicIndex)}
      previousReview={previousReview(store, open)}
      agreement={<AgreementPanel dialogue={open.dialogue} today={today()} place="dialogue" items={open.items} onAcknowledge={(party, ack) => void store.acknowledge(open.dialogue.id, party, ack, 'dialogue')} />}
      exchange={<PlanUpdateCard store={store} open={open} exporter={exporter} today={today} />}
      wording={open.guide.translationNotice && open.guide.topics[route.topicIndex] ? <WordingNotice topic={open.guide.topics[route.topicIndex]!} /> : undefined}
    />
  );
}
