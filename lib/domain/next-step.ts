import { agreementCounts } from './authorship';
import { meetingHeld } from './meeting';
import type { Dialogue, Item } from './schema';

/*
 * Where a dialogue stands and the one thing to do next (issue #30: every step was there, but a first-time user had
 * to find it). Pure: the dialogue's head shows the stage and the action, the last topic's button takes it.
 */

/** The dialogue's way through the year, the same for both parties. */
export const STAGES = ['prepare', 'share', 'meeting', 'outcome', 'followUp'] as const;
export type Stage = (typeof STAGES)[number];

/** The next thing to do in this copy. */
export type NextAction =
  /** Employee: send the manager what she chose to share. */
  | 'share'
  /** Manager: invite to the meeting. */
  | 'invite'
  /** Manager: hold it, in meeting mode. */
  | 'meeting'
  /** Manager: send the employee the outcome (conclusions, plan, agreement). */
  | 'sendOutcome'
  /** Employee: take in the outcome the manager sent. */
  | 'takeIn'
  /** Either: record (or confirm) one's own agreement to the plan. */
  | 'agree'
  /** Either: keep the plan up to date through the year, and send the other an update. */
  | 'followUp';

export interface NextStep {
  stage: Stage;
  action: NextAction;
}

/** Whether something of the other party's came to this copy through the round trip (an outcome, an update). */
const heardBack = (dialogue: Dialogue, items: readonly Item[]): boolean =>
  dialogue.agreementReceivedAt?.[dialogue.role === 'manager' ? 'employee' : 'manager'] !== undefined ||
  items.some((item) => item.kind === 'plan' && (dialogue.role === 'employee' ? item.origin !== null : Object.keys(item.receivedAt ?? {}).length > 0));

export function nextStep(dialogue: Dialogue, items: readonly Item[]): NextStep {
  const held = meetingHeld(dialogue.status);
  const ownAgreed = agreementCounts(dialogue.role, dialogue.role, dialogue.agreement[dialogue.role]);
  if (dialogue.role === 'employee') {
    // Before the meeting: preparing, then (once something is prepared) sharing it; the action is the same.
    const prepared = dialogue.markedQuestionIds.length > 0 || items.some((item) => item.origin === null && item.text.trim() !== '');
    if (!held && !heardBack(dialogue, items)) return { stage: prepared ? 'share' : 'prepare', action: 'share' };
    if (!heardBack(dialogue, items)) return { stage: 'outcome', action: 'takeIn' };
    return ownAgreed ? { stage: 'followUp', action: 'followUp' } : { stage: 'outcome', action: 'agree' };
  }
  if (!held) return dialogue.status === 'planned' ? { stage: 'prepare', action: 'invite' } : { stage: 'meeting', action: 'meeting' };
  // Until the employee's copy answers (her update, her agreement), the outcome may not have reached her.
  if (!heardBack(dialogue, items)) return { stage: 'outcome', action: 'sendOutcome' };
  return ownAgreed ? { stage: 'followUp', action: 'followUp' } : { stage: 'outcome', action: 'agree' };
}

/**
 * Whether the plan has left the meeting in this copy: held, or the other copy has answered. Before that the manager's
 * plan is a draft, and what carries it is the outcome (issue #30: an "update of the plan" offered while preparing
 * was the wrong file to send).
 */
export const pastTheMeeting = (step: NextStep): boolean => step.stage === 'outcome' || step.stage === 'followUp';
