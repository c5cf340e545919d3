import { SamtaleDatabase } from '../lib/storage/db';
import type { NewDialogueInput } from '../lib/domain/dialogues';

let counter = 0;

/** A fresh database of its own per test (fake-indexeddb), so tests cannot see each other's data. */
export async function freshDatabase(): Promise<SamtaleDatabase> {
  const db = new SamtaleDatabase(`samtale-test-${++counter}-${Math.random().toString(36).slice(2)}`);
  await db.open();
  return db;
}

export const sampleDialogueInput = (overrides: Partial<NewDialogueInput> = {}): NewDialogueInput => ({
  role: 'employee',
  employeeName: 'Ola Nordmann',
  managerName: 'Kari Nordmann',
  plannedDate: '2026-12-01',
  staffCategory: 'technicalAdministrative',
  turned60: false,
  language: 'en',
  ...overrides,
});
