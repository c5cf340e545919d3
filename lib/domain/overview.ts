import type { Dialogue, DialogueStatus, Person } from './schema';
import { compareCodeUnits } from './order';

/** Where an employee stands against UiO's aim of one dialogue a year. */
export type DueState = 'overdue' | 'never' | 'dueSoon' | 'upToDate';

const HELD: readonly DialogueStatus[] = ['held', 'planAgreed', 'followedUp'];

export const isHeld = (dialogue: Dialogue): boolean => HELD.includes(dialogue.status) && dialogue.plannedDate !== null;

/** The ISO date `months` after `isoDate` (the last day of the month where the day does not exist). */
export function addMonths(isoDate: string, months: number): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}

/** Overdue more than 12 months after the last dialogue held; due in its last month; "never" when none was held. */
export function dueState(lastHeld: string | null, today: string): DueState {
  if (!lastHeld) return 'never';
  if (today > addMonths(lastHeld, 12)) return 'overdue';
  if (today > addMonths(lastHeld, 11)) return 'dueSoon';
  return 'upToDate';
}

export interface PersonOverview {
  person: Person;
  lastHeld: string | null;
  /** The newest dialogue of any status (what is going on now). */
  latest: Dialogue | null;
  due: DueState;
}

const URGENCY: Record<DueState, number> = { overdue: 0, never: 1, dueSoon: 2, upToDate: 3 };

/** The manager's overview: each employee with their last dialogue held and where they stand, most urgent first. */
export function managerOverview(people: readonly Person[], dialogues: readonly Dialogue[], today: string): PersonOverview[] {
  const byPerson = new Map<string, Dialogue[]>();
  for (const dialogue of dialogues) {
    if (dialogue.role !== 'manager' || !dialogue.employeeId) continue;
    const list = byPerson.get(dialogue.employeeId) ?? [];
    list.push(dialogue);
    byPerson.set(dialogue.employeeId, list);
  }
  return people
    .map((person) => {
      const own = (byPerson.get(person.id) ?? []).sort((a, b) => compareCodeUnits(b.plannedDate ?? b.createdAt, a.plannedDate ?? a.createdAt));
      // A dialogue the manager marked held counts, even one held before the date it was planned for (issue #28: the
      // card said "No dialogue yet" beside "Latest: 15 December 2026, Plan agreed").
      const lastHeld = own.filter(isHeld).map((d) => d.plannedDate!)[0] ?? null;
      return { person, lastHeld, latest: own[0] ?? null, due: dueState(lastHeld, today) };
    })
    .sort((a, b) => URGENCY[a.due] - URGENCY[b.due] || a.person.name.localeCompare(b.person.name));
}
