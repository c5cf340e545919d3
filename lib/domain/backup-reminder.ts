/** A backup is asked for this long after the last one. */
export const BACKUP_REMINDER_DAYS = 30;
const DAY_MS = 86_400_000;

/** Remind to back up once there is something to lose and no backup in the last month. */
export function backupIsDue(lastBackupAt: string | null, dialogues: readonly { createdAt: string }[], now: number = Date.now()): boolean {
  if (lastBackupAt) return now - Date.parse(lastBackupAt) > BACKUP_REMINDER_DAYS * DAY_MS;
  return dialogues.some((dialogue) => now - Date.parse(dialogue.createdAt) > DAY_MS);
}
