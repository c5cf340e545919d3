import { readPreferences, type SamtaleDatabase } from '../storage/db';
import { allItems } from '../storage/all-items';
import { resolveLanguage } from '../i18n';
import { translator } from '../i18n/bundled';
import { todayIso } from '../domain/dialogues';
import { dueState, isHeld, managerOverview } from '../domain/overview';
import type { Dialogue, Item, Person } from '../domain/schema';

/**
 * Opt-in reminders: agreed plan items coming due, and the annual dialogue. The `alarms` and `notifications`
 * permissions are optional and asked for only when the user turns reminders on.
 */
export const REMINDER_ALARM = 'samtale-reminders';
export { REMINDER_PERMISSIONS } from './reminder-permissions';
const CHECK_EVERY_MINUTES = 12 * 60;

export interface ReminderSummary {
  /** Open plan items due within a week, or already past due. */
  planItemsDue: number;
  /** The user's own annual dialogue is due or overdue, and none is planned. */
  ownDialogueDue: boolean;
  /** Employees whose dialogue is due, overdue or never held, with none planned. */
  employeesDue: number;
}

export function reminderSummary(dialogues: readonly Dialogue[], items: readonly Item[], people: readonly Person[], today: string): ReminderSummary {
  const horizon = new Date(Date.parse(`${today}T00:00:00Z`) + 7 * 86_400_000).toISOString().slice(0, 10);
  const planItemsDue = items.filter((item) => item.kind === 'plan' && (item.status === 'open' || item.status === 'inProgress') && item.due !== null && item.due <= horizon).length;
  const plannedAhead = (list: readonly Dialogue[]) => list.some((d) => !isHeld(d) && (d.plannedDate ?? '') >= today);
  const own = dialogues.filter((d) => d.role === 'employee');
  const lastOwn = own.filter((d) => isHeld(d) && d.plannedDate! <= today).map((d) => d.plannedDate!).sort().at(-1) ?? null;
  const ownDialogueDue = lastOwn !== null && ['dueSoon', 'overdue'].includes(dueState(lastOwn, today)) && !plannedAhead(own);
  const employeesDue = managerOverview(people, dialogues, today).filter(
    (row) => row.due !== 'upToDate' && !plannedAhead(dialogues.filter((d) => d.role === 'manager' && d.employeeId === row.person.id)),
  ).length;
  return { planItemsDue, ownDialogueDue, employeesDue };
}

export interface ReminderNotice {
  id: string;
  title: string;
  message: string;
}

export function reminderNotices(summary: ReminderSummary, language: 'en' | 'nb'): ReminderNotice[] {
  const t = translator(language);
  const notices: ReminderNotice[] = [];
  if (summary.planItemsDue > 0) notices.push({ id: 'samtale-plan', title: t('reminderPlanTitle'), message: t('reminderPlanBody', { count: summary.planItemsDue }) });
  if (summary.ownDialogueDue) notices.push({ id: 'samtale-annual', title: t('reminderAnnualTitle'), message: t('reminderAnnualBody') });
  if (summary.employeesDue > 0) notices.push({ id: 'samtale-employees', title: t('reminderEmployeesTitle'), message: t('reminderEmployeesBody', { count: summary.employeesDue }) });
  return notices;
}

interface AlarmsApi {
  create(name: string, info: { delayInMinutes?: number; periodInMinutes?: number }): Promise<void> | void;
  clear(name: string): Promise<boolean>;
  onAlarm: { addListener(callback: (alarm: { name: string }) => void): void };
}
interface NotificationsApi {
  create(id: string, options: { type: 'basic'; iconUrl: string; title: string; message: string }): Promise<string> | void;
}
export interface ReminderBrowser {
  alarms?: AlarmsApi;
  notifications?: NotificationsApi;
  permissions: { onAdded: { addListener(callback: (permissions: { permissions?: string[] }) => void): void } };
  runtime: { getURL(path: string): string; onStartup: { addListener(callback: () => void): void } };
}

/** Runs one check now: shows a notification per kind of reminder that applies. */
export async function checkReminders(browser: ReminderBrowser, db: SamtaleDatabase, languages: readonly string[], today: string = todayIso()): Promise<ReminderNotice[]> {
  const preferences = await readPreferences(db);
  if (!preferences?.remindersEnabled || !browser.notifications) return [];
  const [dialogues, plans, people] = await Promise.all([db.dialogues.toArray(), allItems(db).then((items) => items.filter((item) => item.kind === 'plan')), db.people.toArray()]);
  const notices = reminderNotices(reminderSummary(dialogues, plans, people, today), resolveLanguage(preferences.language ?? 'auto', languages));
  for (const notice of notices) {
    await browser.notifications.create(notice.id, { type: 'basic', iconUrl: browser.runtime.getURL('/icon-128.png'), title: notice.title, message: notice.message });
  }
  return notices;
}

/** The background's part: a check twice a day while reminders are on, starting when the permissions arrive. */
export function registerReminders(browser: ReminderBrowser, openDatabase: () => Promise<SamtaleDatabase>, languages: readonly string[]): void {
  // The `alarms` API exists only once its permission is granted, which may happen while the background runs.
  let listening = false;
  const start = () => {
    const alarms = browser.alarms;
    if (!alarms) return;
    if (!listening) {
      alarms.onAlarm.addListener((alarm) => {
        if (alarm.name === REMINDER_ALARM) void openDatabase().then((db) => checkReminders(browser, db, languages));
      });
      listening = true;
    }
    void alarms.create(REMINDER_ALARM, { delayInMinutes: 1, periodInMinutes: CHECK_EVERY_MINUTES });
  };
  browser.permissions.onAdded.addListener((added) => {
    if (added.permissions?.includes('alarms')) start();
  });
  browser.runtime.onStartup.addListener(start);
  start();
}
