import { PLAN_FIELDS } from '../../lib/domain/follow-up';
import type { Dialogue, Item, ItemOf, PlanField } from '../../lib/domain/schema';
import type { LeftOut, RemovalQuestion, TakeIn } from '../../lib/files/take-in';
import { formatDate, type Translate } from '../../lib/i18n';
import type { Language } from '../../lib/guide/types';
import { ACHIEVED_LABEL, PLAN_FIELD_LABEL, PLAN_STATUS_LABEL, RESPONSIBLE_LABEL } from '../ui/labels';
import type { CheckConflict, CheckLine, ImportCheck } from './ImportView';

/*
 * What a file from the other party would do, in the user's words: every entry it adds, every value it changes,
 * both versions of every conflict, and what it leaves as it is.
 */

/** A plan field's value as the plan shows it. */
export function planValueText(field: PlanField, value: unknown, t: Translate, language: Language): string {
  if (value === null || value === '') return t('exchangeEmptyValue');
  if (field === 'responsible') return t(RESPONSIBLE_LABEL[value as ItemOf<'plan'>['responsible']]);
  if (field === 'status') return t(PLAN_STATUS_LABEL[value as ItemOf<'plan'>['status']]);
  if (field === 'due') return formatDate(value as string, language);
  return String(value);
}

function addedLine(item: Item, t: Translate): CheckLine {
  switch (item.kind) {
    case 'conclusion':
      return { id: item.id, tag: t('entryConclusion'), text: item.text };
    case 'plan':
      return { id: item.id, tag: t('exchangeKindPlan'), text: item.text };
    case 'review':
      return { id: item.id, tag: t('exchangeKindReview'), text: [item.achieved ? t(ACHIEVED_LABEL[item.achieved]) : '', item.text].filter(Boolean).join(' – ') };
    default:
      return { id: item.id, tag: t('entryPoint'), text: item.text };
  }
}

function changeLines(update: TakeIn['update'][number], t: Translate, language: Language): CheckLine[] {
  const { item, changes } = update;
  const changed = changes as Record<string, unknown>;
  // A change of times alone (seen) shows nothing: no value the user sees changes.
  if (item.kind !== 'plan') return 'text' in changed ? [{ id: item.id, tag: item.kind === 'review' ? t('exchangeKindReview') : t('entryConclusion'), text: String(changed.text) }] : [];
  return PLAN_FIELDS.filter((field) => field in changed).map((field) => ({
    id: `${item.id}:${field}`,
    text: t('exchangeFieldChange', { what: item.text, field: t(PLAN_FIELD_LABEL[field]).toLowerCase(), value: planValueText(field, changed[field], t, language) }),
  }));
}

function agreementLines(before: Dialogue['agreement'], after: Dialogue['agreement'] | undefined, t: Translate, language: Language): CheckLine[] {
  if (!after) return [];
  return (['employee', 'manager'] as const)
    .filter((party) => JSON.stringify(before[party]) !== JSON.stringify(after[party]))
    .map((party) => {
      const role = t(party === 'employee' ? 'responsibleEmployee' : 'responsibleManager');
      const ack = after[party];
      return { id: `agreement:${party}`, text: ack ? t('exchangeAgreement', { role, name: ack.name, date: formatDate(ack.date, language) }) : t('exchangeAgreementWithdrawn', { role }) };
    });
}

export interface DescribeContext {
  t: Translate;
  language: Language;
  dialogue: Dialogue;
  /** The dialogue's items as shown: a conflict names its plan item by the item's words (issue #29). */
  items: readonly Item[];
  /** The other dialogue a file answers, if it is on this device: its date, and the way there. */
  otherDialogue: { date: string; open: () => void } | null;
}

/** A value the file leaves as it is, with why (issue #29: nothing is dropped in silence). */
function leftOutLine(left: LeftOut, from: string, role: Dialogue['role'], t: Translate): string {
  if (left.party) return t('exchangeLeftOutAgreement', { role: t(left.party === 'employee' ? 'responsibleEmployee' : 'responsibleManager').toLowerCase() });
  if (left.why === 'notInPlan') return t('exchangeLeftOutNotInPlan', { what: left.what });
  if (left.why === 'removedHere') return t(role === 'manager' ? 'exchangeLeftOutRemovedByYou' : 'exchangeLeftOutRemovedThere', { what: left.what, name: from });
  if (left.field) return t('exchangeLeftOutOlderField', { what: left.what, field: t(PLAN_FIELD_LABEL[left.field]).toLowerCase() });
  return t('exchangeLeftOutOlder', { what: left.what });
}

/** A removal question, worded as a choice between this side's way (ours) and the other party's (theirs). */
function removalChoice(question: RemovalQuestion, from: string, t: Translate): CheckConflict {
  const what = question.kind === 'addBack' ? question.entry.text : question.item.text;
  return question.kind === 'addBack'
    ? { id: `removed:${question.key}`, label: t('exchangeAddBackQuestion', { what, name: from }), ours: t('exchangeKeepRemoved'), theirs: t('exchangeAddBack', { name: from }) }
    : { id: `removed:${question.key}`, label: t('exchangeRemovedThereQuestion', { what, name: from }), ours: t('exchangeKeepIt'), theirs: t('exchangeRemoveIt') };
}

/** A checked file, as the import view shows it. */
export function describeTakeIn(plan: TakeIn, { t, language, dialogue, items, otherDialogue }: DescribeContext): ImportCheck {
  const add = plan.add.map((item) => addedLine(item, t));
  const changes = [
    ...plan.update.flatMap((update) => changeLines(update, t, language)),
    ...plan.remove.map((item) => ({ id: `remove:${item.id}`, text: t('exchangeRemovedThere', { what: item.text, name: plan.from }) })),
    ...agreementLines(dialogue.agreement, plan.dialogueChanges.agreement, t, language),
  ];
  const conflicts = plan.conflicts.map((conflict, index) => {
    // By the item's words, never by the field's value ("“dropped”: status" named nothing).
    const item = (plan.update.find((update) => update.item.id === conflict.itemId)?.item ?? items.find((each) => each.id === conflict.itemId)) as ItemOf<'plan'> | undefined;
    const what = item?.text.trim() || t('planItemNumber', { number: index + 1 });
    return {
      id: `${conflict.itemId}:${conflict.field}:${index}`,
      label: t('exchangeConflictField', { what, field: t(PLAN_FIELD_LABEL[conflict.field]).toLowerCase() }),
      ours: t('exchangeKeepMine', { value: planValueText(conflict.field, conflict.ours, t, language) }),
      theirs: t('exchangeTakeTheirs', { name: plan.from, value: planValueText(conflict.field, conflict.theirs, t, language) }),
    };
  });
  conflicts.push(...plan.removalQuestions.map((question) => removalChoice(question, plan.from, t)));
  const nothingNew = add.length === 0 && changes.length === 0 && conflicts.length === 0;
  const notes = [
    ...(plan.dialogueChanges.counterpartDialogueId !== undefined && !nothingNew ? [t('exchangeLinked', { name: plan.from })] : []),
    ...(nothingNew ? [t(plan.notesSeen ? 'exchangeOnlySeen' : plan.leftOut.length > 0 ? 'exchangeNothingNewer' : 'exchangeNothingNew')] : []),
  ];
  const leftOut = plan.leftOut.map((left) => ({ id: `left:${left.id}`, text: leftOutLine(left, plan.from, dialogue.role, t) }));
  const confirmations: Extract<ImportCheck, { ok: true }>['confirmations'] = [];
  if (plan.otherPerson) {
    const names = { from: plan.from, file: plan.otherPerson.file, here: plan.otherPerson.here };
    confirmations.push({ id: 'otherPerson', problem: t('exchangeOtherPerson', names), confirm: t('exchangeOtherPersonConfirm', names) });
  }
  if (plan.otherDialogueId) {
    confirmations.push({
      id: 'otherDialogue',
      problem: otherDialogue ? t('exchangeOtherDialogueHere', { date: otherDialogue.date }) : t('exchangeOtherDialogueMissing'),
      confirm: t('exchangeOtherDialogueConfirm'),
      action: otherDialogue ? { label: t('exchangeOpenThatDialogue'), run: otherDialogue.open } : undefined,
    });
  }
  return { ok: true, summary: t('exchangeSummary', { name: plan.from }), add, changes, conflicts, leftOut, notes, confirmations, confirmLabel: t('exchangeConfirm'), nothingNew, recordsSeen: nothingNew && plan.notesSeen };
}
