import { beforeEach, describe, expect, it } from 'vitest';
import type { SamtaleDatabase } from '../../lib/storage/db';
import { buildItem } from '../../lib/domain/dialogues';
import { buildDialogue } from '../../lib/domain/new-dialogue';
import { checkReminders, registerReminders, reminderNotices, reminderSummary, REMINDER_ALARM, type ReminderBrowser } from '../../lib/extension/reminders';
import type { Dialogue, DialogueStatus, Item, ItemOf, Person } from '../../lib/domain/schema';
import { freshDatabase, sampleDialogueInput, itemTable } from '../helpers';

const dialogue = (role: 'employee' | 'manager', plannedDate: string, status: DialogueStatus, employeeId: string | null = null): Dialogue => ({
  ...buildDialogue(sampleDialogueInput({ role, plannedDate, employeeId })),
  status,
});
const planItem = (due: string | null, status: ItemOf<'plan'>['status'] = 'open'): Item =>
  buildItem({ kind: 'plan', dialogueId: 'd', topicId: 't7', text: 'x', responsible: 'employee', responsibleName: '', due, successCriteria: '', status, statusComment: '', carriedFromId: null });
const person = (id: string): Person => ({ id, name: id, staffCategory: 'academic', turned60: false, createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z' });

describe('what to remind of', () => {
  it('counts open and in-progress plan items due within a week or overdue, not later, done or dropped ones', () => {
    const items = [planItem('2026-11-20'), planItem('2026-11-30'), planItem('2026-12-01'), planItem('2026-11-25', 'done'), planItem('2026-11-26', 'dropped'), planItem('2026-11-27', 'inProgress'), planItem(null)];
    expect(reminderSummary([], items, [], '2026-11-23').planItemsDue).toBe(3);
  });

  it('reminds of the own annual dialogue only when it is due and none is planned', () => {
    const lastYear = dialogue('employee', '2025-12-01', 'planAgreed');
    expect(reminderSummary([lastYear], [], [], '2026-11-23').ownDialogueDue).toBe(true);
    expect(reminderSummary([lastYear, dialogue('employee', '2026-12-05', 'invited')], [], [], '2026-11-23').ownDialogueDue).toBe(false);
    expect(reminderSummary([dialogue('employee', '2026-06-01', 'held')], [], [], '2026-11-23').ownDialogueDue).toBe(false);
  });

  it('counts employees due or overdue without a planned dialogue', () => {
    const dialogues = [dialogue('manager', '2025-10-01', 'held', 'a'), dialogue('manager', '2025-10-01', 'held', 'b'), dialogue('manager', '2026-12-10', 'planned', 'b'), dialogue('manager', '2026-09-01', 'held', 'c')];
    expect(reminderSummary(dialogues, [], [person('a'), person('b'), person('c'), person('d')], '2026-11-23').employeesDue).toBe(2);
  });

  it('words the notices in the user’s language', () => {
    const notices = reminderNotices({ planItemsDue: 3, ownDialogueDue: true, employeesDue: 0 }, 'nb');
    expect(notices.map((n) => n.id)).toEqual(['samtale-plan', 'samtale-annual']);
    expect(notices[0]!.message).toContain('3 tiltak');
  });
});

describe('the background’s reminders', () => {
  let db: SamtaleDatabase;
  beforeEach(async () => {
    db = await freshDatabase();
  });

  function fakeBrowser(granted: boolean) {
    const created: Array<{ name: string; info: unknown }> = [];
    const notifications: Array<{ id: string; title: string }> = [];
    const alarmListeners: Array<(alarm: { name: string }) => void> = [];
    const addedListeners: Array<(p: { permissions?: string[] }) => void> = [];
    const browser: ReminderBrowser = {
      permissions: { onAdded: { addListener: (l) => addedListeners.push(l) } },
      runtime: { getURL: (path) => `chrome-extension://id${path}`, onStartup: { addListener: () => {} } },
    };
    const grant = () => {
      browser.alarms = { create: (name, info) => void created.push({ name, info }), clear: async () => true, onAlarm: { addListener: (l) => alarmListeners.push(l) } };
      browser.notifications = { create: async (id, options) => (notifications.push({ id, title: options.title }), id) };
    };
    if (granted) grant();
    return { browser, created, notifications, fire: () => alarmListeners.forEach((l) => l({ name: REMINDER_ALARM })), grantLater: () => (grant(), addedListeners.forEach((l) => l({ permissions: ['alarms', 'notifications'] }))) };
  }

  it('schedules its check once the permissions arrive, and notifies when it fires', async () => {
    await db.settings.put({ key: 'preferences', value: { myName: '', language: 'en', panelEverywhere: false, remindersEnabled: true, lastBackupAt: null, lock: null, autoLockMinutes: 10 } });
    const dialogueRecord = { ...buildDialogue(sampleDialogueInput()), status: 'planAgreed' as const };
    await db.dialogues.add(dialogueRecord);
    await itemTable(db).add({ ...planItem(new Date().toISOString().slice(0, 10)), dialogueId: dialogueRecord.id });
    const fake = fakeBrowser(false);
    registerReminders(fake.browser, async () => db, ['en']);
    expect(fake.created).toEqual([]);
    fake.grantLater();
    expect(fake.created.map((c) => c.name)).toEqual([REMINDER_ALARM]);
    fake.fire();
    await expect.poll(() => fake.notifications.map((n) => n.id)).toEqual(['samtale-plan']);
  });

  it('stays silent while reminders are off', async () => {
    const fake = fakeBrowser(true);
    await itemTable(db).add(planItem('2020-01-01'));
    expect(await checkReminders(fake.browser, db, ['en'])).toEqual([]);
    expect(fake.notifications).toEqual([]);
  });
});
