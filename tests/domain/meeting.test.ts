import { describe, expect, it } from 'vitest';
import { buildDialogue } from '../../lib/domain/new-dialogue';
import { agreementWith, clockChange, coveredTopicsWith, meetingPace, meetingSeconds, minutesPerTopic, statusAfterMeeting } from '../../lib/domain/meeting';
import type { DialogueStatus } from '../../lib/domain/schema';
import { sampleDialogueInput } from '../helpers';

const ack = { name: 'Kari', date: '2026-11-30' };

describe('the meeting’s rules', () => {
  it('counts the clock’s running stretch, up to a day', () => {
    const now = new Date('2026-11-30T10:10:00Z');
    expect(meetingSeconds({ meetingSeconds: 60, meetingRunningSince: '2026-11-30T10:00:00Z' }, now)).toBe(660);
    expect(meetingSeconds({ meetingSeconds: 60, meetingRunningSince: null }, now)).toBe(60);
    expect(meetingSeconds({ meetingSeconds: 86_000, meetingRunningSince: '2026-11-29T10:00:00Z' }, now)).toBe(86_400);
  });

  it('starts and pauses the clock, keeping the time so far; the same state twice changes nothing', () => {
    const dialogue = buildDialogue(sampleDialogueInput());
    const start = new Date('2026-11-30T10:00:00Z');
    const started = clockChange(dialogue, true, start)!;
    expect(started).toEqual({ meetingSeconds: 0, meetingRunningSince: start.toISOString() });
    expect(clockChange({ ...dialogue, ...started }, true, start)).toBeNull();
    expect(clockChange({ ...dialogue, ...started }, false, new Date('2026-11-30T10:05:00Z'))).toEqual({ meetingSeconds: 300, meetingRunningSince: null });
  });

  it('keeps covered topics in topic order, each once', () => {
    expect(coveredTopicsWith({ coveredTopicIds: ['t3'] }, 't1', true)).toEqual(['t1', 't3']);
    expect(coveredTopicsWith({ coveredTopicIds: ['t1', 't3'] }, 't1', true)).toEqual(['t1', 't3']);
    expect(coveredTopicsWith({ coveredTopicIds: ['t1', 't3'] }, 't1', false)).toEqual(['t3']);
  });

  it.each<[DialogueStatus, DialogueStatus]>([
    ['planned', 'held'],
    ['invited', 'held'],
    ['prepared', 'held'],
    ['held', 'held'],
    ['planAgreed', 'planAgreed'],
    ['followedUp', 'followedUp'],
  ])('a meeting ended in status %s leaves it %s', (before, after) => expect(statusAfterMeeting(before)).toBe(after));

  it.each<[DialogueStatus, 'one' | 'both' | 'withdrawn', DialogueStatus]>([
    ['held', 'one', 'held'],
    ['held', 'both', 'planAgreed'],
    ['planned', 'both', 'planAgreed'],
    ['planAgreed', 'withdrawn', 'held'],
    ['followedUp', 'both', 'followedUp'],
  ])('from %s, with %s agreeing, the status is %s', (status, who, expected) => {
    const agreement = who === 'one' ? { employee: null, manager: null } : { employee: ack, manager: null };
    const next = agreementWith({ agreement, status, role: 'manager' }, 'manager', who === 'withdrawn' ? null : ack);
    expect(next.status).toBe(expected);
  });
});

describe('the meeting’s time budget (issue #19)', () => {
  const topics = ['t1', 't2', 't3', 't4', 't5', 't6', 't7'];
  it.each([
    ['only the follow-up and the plan', new Set(['t1', 't7']), { t1: 45, t2: 0, t7: 45 }],
    ['two more topics on the agenda', new Set(['t1', 't3', 't4', 't7']), { t1: 23, t3: 23, t2: 0, t7: 23 }],
    ['nothing at all', new Set<string>(), { t1: 0, t7: 0 }],
  ])('%s', (_, discussed, expected) => {
    const budget = minutesPerTopic(90, topics, discussed);
    for (const [topic, minutes] of Object.entries(expected)) expect(budget.get(topic)).toBe(minutes);
  });
});

describe('the meeting’s pace (issue #19)', () => {
  const topics = ['t1', 't2', 't3', 't4', 't5', 't6', 't7'];
  const budget = minutesPerTopic(90, topics, new Set(['t1', 't3', 't7']));
  it.each([
    ['at the start', 0, 't1', { behindMinutes: 0, leftMinutes: 90, nearEnd: false }],
    ['at topic 3 after 40 minutes (its 30 run from 30 to 60)', 40 * 60, 't3', { behindMinutes: 0, leftMinutes: 50, nearEnd: false }],
    ['still at topic 1 after 40 minutes (its 30 are over)', 40 * 60, 't1', { behindMinutes: 10, leftMinutes: 50, nearEnd: false }],
    ['at topic 7 after 50 minutes (planned from 60)', 50 * 60, 't7', { behindMinutes: -10, leftMinutes: 40, nearEnd: false }],
    ['nine minutes left, at topic 7', 81 * 60, 't7', { behindMinutes: 0, leftMinutes: 9, nearEnd: true }],
    ['over time', 95 * 60, 't7', { behindMinutes: 5, leftMinutes: -5, nearEnd: true }],
  ])('%s', (_, elapsed, topic, expected) => expect(meetingPace(elapsed, 90, budget, topics, topic)).toEqual(expected));
});
