/** The optional permissions reminders need; kept apart so the manifest config imports nothing else. */
export const REMINDER_PERMISSIONS = ['alarms', 'notifications'] as const;
