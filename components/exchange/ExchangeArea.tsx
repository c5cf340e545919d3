import '../ui/areas.css';
import { useRef } from 'preact/hooks';
import { nowIso } from '../../lib/domain/dialogues';
import { sameName } from '../../lib/domain/people';
import { followUpTopicId, planTopicId, topicOfQuestion } from '../../lib/domain/topics';
import type { Item } from '../../lib/domain/schema';
import type { OutcomeFile } from '../../lib/files/round-trip';
import type { TakeIn } from '../../lib/files/take-in';
import type { TakeInRequest } from '../../lib/state/exchange';
import { formatDate } from '../../lib/i18n';
import type { DialogueAreaProps } from '../panel/area-props';
import { fileProblemMessage } from '../ui/file-problems';
import { useAreaI18n } from '../ui/i18n';
import { describeTakeIn } from './describe';
import { ImportView, type ImportCheck } from './ImportView';

/** What was checked and is waiting for the user's confirmation. */
type Pending = { kind: 'sharedPoints'; add: Item[]; marks: string[]; counterpartDialogueId: string | null } | { kind: 'takeIn'; plan: TakeIn };

/**
 * A file from the other party, taken into this dialogue: for the manager, the employee's shared points or plan
 * update; for the employee, the manager's outcome or plan update. Checked and shown first; written in one go.
 */
export function ExchangeArea({ store, route, open }: DialogueAreaProps) {
  const { t, language } = useAreaI18n();
  const pending = useRef<Pending | null>(null);
  const { dialogue } = open;
  const isManager = dialogue.role === 'manager';
  const other = isManager ? dialogue.employeeName : dialogue.managerName;

  async function check(text: string, passphrase: string | null): Promise<ImportCheck> {
    pending.current = null;
    // What is checked is what is stored: every edit still on its way is written first.
    await store.readyToTakeIn();
    const current = store.openDialogue.value?.dialogue.id === dialogue.id ? store.openDialogue.value : open;
    const [{ openIncoming }, takeIn, share] = await Promise.all([import('../../lib/files/incoming'), import('../../lib/files/take-in'), import('../../lib/files/share')]);
    const read = await openIncoming(text, dialogue.role, passphrase);
    if (!read.ok) {
      const protectedFile = read.problem.kind === 'passphraseNeeded' || read.problem.kind === 'wrongPassphrase';
      return { ok: false, message: fileProblemMessage(read.problem, t, 'import'), needsPassphrase: protectedFile };
    }
    const landing = { followUpTopicId: followUpTopicId(current.guide), planTopicId: planTopicId(current.guide) };

    if (read.kind === 'sharedPoints') {
      const plan = share.planImport(read.file, current.dialogue, current.items);
      pending.current = { kind: 'sharedPoints', add: plan.add, marks: plan.marks, counterpartDialogueId: plan.counterpartDialogueId };
      const names = { from: read.file.from.name, employee: dialogue.employeeName };
      const count = plan.add.length + plan.marks.length;
      const questionText = (questionId: string) => current.guide.topics.flatMap((topic) => topic.groups.flatMap((group) => group.questions)).find((question) => question.id === questionId)?.text ?? questionId;
      return {
        ok: true,
        summary: t('importWillAdd', { count, name: read.file.from.name }),
        add: [
          ...plan.marks.map((questionId) => ({ id: questionId, text: `${t('wantsToRaise', { name: read.file.from.name })}: ${questionText(questionId)}` })),
          ...plan.add.map((item) => ({ id: item.id, text: item.text })),
        ],
        changes: [],
        conflicts: [],
        notes: plan.alreadyThere > 0 ? [t('importAlreadyThere', { count: plan.alreadyThere })] : [],
        confirmations: sameName(read.file.from.name, dialogue.employeeName) ? [] : [{ id: 'otherPerson', problem: t('importOtherPerson', names), confirm: t('importOtherPersonConfirm', names) }],
        confirmLabel: t('importConfirm', { count }),
        nothingNew: count === 0,
      };
    }

    const plan =
      read.kind === 'outcome'
        ? takeIn.takeInOutcome(read.file, current.dialogue, current.items, current.previous?.items ?? [], landing)
        : takeIn.takeInPlanUpdate(read.file, current.dialogue, current.items, landing);
    // An update this side wrote, or one for another dialogue, is refused with what it is.
    if (!('add' in plan)) return { ok: false, message: t(plan.kind === 'ownUpdate' ? 'exchangeOwnUpdate' : 'exchangeWrongDialogue') };
    pending.current = { kind: 'takeIn', plan };
    const answered = plan.otherDialogueId ? store.dialogues.value.find((d) => d.id === plan.otherDialogueId && d.role === dialogue.role) : undefined;
    const described = describeTakeIn(plan, {
      t,
      language,
      dialogue: current.dialogue,
      items: current.items,
      otherDialogue: answered
        ? { date: answered.plannedDate ? formatDate(answered.plannedDate, language) : t('dialogueNoDate'), open: () => store.navigate({ name: 'import', dialogueId: answered.id, topicIndex: 0 }) }
        : null,
    });
    // The dialogue it answers is not on this device: this one, confirmed, or a new one made for it.
    if (read.kind === 'outcome' && plan.otherDialogueId && !answered && described.ok) {
      const file = read.file;
      const date = file.dialogue.plannedDate ? formatDate(file.dialogue.plannedDate, language) : t('dialogueNoDate');
      described.confirmations = described.confirmations.map((confirmation) =>
        confirmation.id === 'otherDialogue' ? { ...confirmation, action: { label: t('exchangeNewDialogue', { date }), run: () => void takeIntoNewDialogue(file) } } : confirmation,
      );
    }
    return described;
  }

  /**
   * A new dialogue for an outcome whose dialogue is not on this device, with the outcome taken in: named after the
   * person the file is about (issue #29: it took this dialogue's name), once any other-person question is answered.
   */
  async function takeIntoNewDialogue(file: OutcomeFile): Promise<void> {
    const input = {
      role: 'employee' as const,
      employeeName: file.dialogue.employeeName,
      managerName: file.dialogue.managerName,
      plannedDate: file.dialogue.plannedDate,
      staffCategory: dialogue.staffCategory,
      turned60: dialogue.turned60,
      templateId: file.dialogue.templateId,
      language: file.dialogue.language,
    };
    const created = await store.createDialogue(input);
    if (!created) return;
    const [{ takeInOutcome }, { getGuide }] = await Promise.all([import('../../lib/files/take-in'), import('../../lib/guide/bundled')]);
    const guide = getGuide(created.templateId, created.language);
    const plan = takeInOutcome(file, created, [], [], { followUpTopicId: followUpTopicId(guide), planTopicId: planTopicId(guide) });
    await store.takeIn(created.id, { add: plan.add, update: [], dialogueChanges: plan.dialogueChanges, removals: plan.removals });
  }

  /** Where what was taken in is: the plan, for the round trip; else the first topic that received something. */
  function whereItLanded(waiting: Pending): { label: string; run: () => void } {
    const topics = open.guide.topics;
    const planIndex = topics.findIndex((topic) => topic.id === planTopicId(open.guide));
    if (waiting.kind === 'takeIn') return { label: t('takenInSee'), run: () => store.navigate({ name: 'dialogue', dialogueId: dialogue.id, topicIndex: planIndex }) };
    const landed = new Set([...waiting.add.map((item) => item.topicId), ...waiting.marks.map(topicOfQuestion)]);
    const index = Math.max(0, topics.findIndex((topic) => landed.has(topic.id)));
    return { label: t('takenInSeeTopic', { number: index + 1 }), run: () => store.navigate({ name: 'dialogue', dialogueId: dialogue.id, topicIndex: index }) };
  }

  async function takeIn(choices: Array<'ours' | 'theirs'>): Promise<{ ok: boolean; message: string; next?: { label: string; run: () => void } }> {
    const waiting = pending.current;
    if (!waiting) return { ok: false, message: t('exchangeChangedMeanwhile') };
    let request: TakeInRequest;
    if (waiting.kind === 'sharedPoints') {
      request = { add: waiting.add, otherMarks: waiting.marks, update: [], dialogueChanges: waiting.counterpartDialogueId ? { counterpartDialogueId: waiting.counterpartDialogueId } : {} };
    } else {
      const { writesOf } = await import('../../lib/files/take-in');
      request = writesOf(waiting.plan, choices, open.items, nowIso());
    }
    const outcome = await store.takeIn(dialogue.id, request);
    pending.current = null;
    if (outcome === 'changedMeanwhile') return { ok: false, message: t('exchangeChangedMeanwhile') };
    if (outcome === 'failed') return { ok: false, message: '' };
    return { ok: true, message: waiting.kind === 'sharedPoints' ? t('importDone', { count: waiting.add.length + waiting.marks.length }) : t('exchangeDone'), next: whereItLanded(waiting) };
  }

  return (
    <ImportView
      key={dialogue.id}
      heading={isManager ? t('importHeading', { name: other }) : t('takeInHeading', { name: other || t('responsibleManager') })}
      hint={isManager ? t('importHint') : t('takeInHint')}
      fileLabel={isManager ? t('importFile') : t('takeInFile')}
      pasteLabel={isManager ? t('importPaste') : t('takeInPaste')}
      onCheck={check}
      onImport={takeIn}
      onBack={() => store.navigate({ ...route, name: 'dialogue' })}
    />
  );
}
