import { agreementCounts, mayRecordAgreement, mayWithdrawAgreement, ownerName, type AgreementPlace } from './authorship';
import type { Acknowledgement, Dialogue, DialogueStatus } from './schema';

/*
 * The meeting's rules: the clock, the topics covered, and how the dialogue's status follows the meeting and the
 * agreement on the plan. Pure: the writes that apply them are in lib/storage/dialogue-records.ts.
 */

/** The meeting's time so far, the running stretch included (at most a day). */
export function meetingSeconds(dialogue: Pick<Dialogue, 'meetingSeconds' | 'meetingRunningSince'>, now: Date = new Date()): number {
  const running = dialogue.meetingRunningSince ? Math.max(0, Math.floor((now.getTime() - Date.parse(dialogue.meetingRunningSince)) / 1000)) : 0;
  return Math.min(86_400, dialogue.meetingSeconds + running);
}

/** The clock started or paused: the time so far is kept in the dialogue, so a reopened panel goes on. Null: no change. */
export function clockChange(dialogue: Dialogue, running: boolean, now: Date = new Date()): Pick<Dialogue, 'meetingSeconds' | 'meetingRunningSince'> | null {
  if (running === (dialogue.meetingRunningSince !== null)) return null;
  return { meetingSeconds: meetingSeconds(dialogue, now), meetingRunningSince: running ? now.toISOString() : null };
}

/**
 * Where meeting mode opens (issue #30): at the first topic not yet covered (topic 1 at the start of the meeting),
 * not wherever the preparation was left; at the first when every topic is covered.
 */
export function meetingStartIndex(topicIds: readonly string[], dialogue: Pick<Dialogue, 'coveredTopicIds'>): number {
  const index = topicIds.findIndex((id) => !dialogue.coveredTopicIds.includes(id));
  return index < 0 ? 0 : index;
}

/** The covered topics with one topic added or taken away (in topic order). */
export function coveredTopicsWith(dialogue: Pick<Dialogue, 'coveredTopicIds'>, topicId: string, covered: boolean): string[] {
  const others = dialogue.coveredTopicIds.filter((id) => id !== topicId);
  return covered ? [...others, topicId].sort() : others;
}

/** Statuses before the meeting was held. */
const BEFORE_MEETING: readonly DialogueStatus[] = ['planned', 'invited', 'prepared'];

/** Whether the meeting has taken place (the export then reads as its record, not as preparation). */
export const meetingHeld = (status: DialogueStatus): boolean => !BEFORE_MEETING.includes(status);

/** The status once the meeting ends: held, unless the dialogue had already gone further. */
export const statusAfterMeeting = (status: DialogueStatus): DialogueStatus => (BEFORE_MEETING.includes(status) ? 'held' : status);

/**
 * The agreement with one party's acknowledgement recorded (or withdrawn), and the status that follows: with both
 * agreements counted in this copy (lib/domain/authorship.ts: one recorded for the owner elsewhere waits for the
 * owner's confirmation), the plan is agreed.
 */
export function agreementWith(
  dialogue: Pick<Dialogue, 'agreement' | 'status' | 'role'>,
  party: 'employee' | 'manager',
  acknowledgement: Acknowledgement | null,
): Pick<Dialogue, 'agreement' | 'status'> {
  const agreement = { ...dialogue.agreement, [party]: acknowledgement };
  const bothAgreed = agreementCounts(dialogue.role, 'employee', agreement.employee) && agreementCounts(dialogue.role, 'manager', agreement.manager);
  const { status } = dialogue;
  if (bothAgreed && [...BEFORE_MEETING, 'held'].includes(status)) return { agreement, status: 'planAgreed' };
  if (!bothAgreed && status === 'planAgreed') return { agreement, status: 'held' };
  return { agreement, status };
}

/**
 * A party's agreement recorded (or withdrawn) in this copy, by the rules of who may (lib/domain/authorship.ts), and
 * the status that follows; null when this copy may not. The employee's agreement recorded on the manager's copy in
 * the meeting says who recorded it.
 */
export function recordAgreement(
  dialogue: Pick<Dialogue, 'agreement' | 'status' | 'role' | 'employeeName' | 'managerName'>,
  party: 'employee' | 'manager',
  acknowledgement: Pick<Acknowledgement, 'name' | 'date'> | null,
  place: AgreementPlace,
): Pick<Dialogue, 'agreement' | 'status'> | null {
  const owner = ownerName(dialogue).trim();
  if (!acknowledgement) return mayWithdrawAgreement(dialogue.role, party, dialogue.agreement[party], owner) ? agreementWith(dialogue, party, null) : null;
  if (!mayRecordAgreement(dialogue.role, party, place)) return null;
  if (party === dialogue.role) return agreementWith(dialogue, party, { name: acknowledgement.name, date: acknowledgement.date });
  // Noting the other party's agreement names who noted it: the manager, by name (a dialogue without one cannot).
  return owner ? agreementWith(dialogue, party, { name: acknowledgement.name, date: acknowledgement.date, recordedBy: owner }) : null;
}

/**
 * The meeting's minutes, spread over the topics that have something on the agenda and those every dialogue goes
 * through (last year's follow-up and this year's plan): a topic with nothing to discuss gets none (issue #19).
 */
export function minutesPerTopic(durationMinutes: number, topicIds: readonly string[], discussed: ReadonlySet<string>): Map<string, number> {
  const shared = topicIds.filter((id) => discussed.has(id));
  const each = shared.length > 0 ? Math.round(durationMinutes / shared.length) : 0;
  return new Map(topicIds.map((id) => [id, discussed.has(id) ? each : 0]));
}

/** Where the meeting is against its plan, in whole minutes; `nearEnd` in its last tenth (at least 5 minutes). */
export interface MeetingPace {
  /** Minutes past this topic's planned end (negative: minutes before its planned start; 0 within its time). */
  behindMinutes: number;
  /** Minutes left of the planned length (negative: over). */
  leftMinutes: number;
  nearEnd: boolean;
}

/**
 * The pace of the meeting: the plan gives the current topic its minutes after those of the topics before it
 * (minutesPerTopic); the clock says whether the meeting is past that stretch, before it, or in it.
 */
export function meetingPace(elapsedSeconds: number, durationMinutes: number, budget: ReadonlyMap<string, number>, topicIds: readonly string[], topicId: string): MeetingPace {
  const before = topicIds.slice(0, Math.max(0, topicIds.indexOf(topicId)));
  const start = before.reduce((sum, id) => sum + (budget.get(id) ?? 0), 0);
  const end = start + (budget.get(topicId) ?? 0);
  const elapsedMinutes = Math.floor(elapsedSeconds / 60);
  const leftMinutes = durationMinutes - elapsedMinutes;
  const behindMinutes = elapsedMinutes > end ? elapsedMinutes - end : elapsedMinutes < start ? elapsedMinutes - start : 0;
  return { behindMinutes, leftMinutes, nearEnd: leftMinutes <= Math.max(5, Math.round(durationMinutes / 10)) };
}
