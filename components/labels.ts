import type { CoreMessageKey, MessageKey } from '../lib/i18n';
import type { DueState } from '../lib/overview';
import type { DialogueStatus, StaffCategory } from '../lib/schema';

/** The message that names each value, so every view words a status the same way. */
export const DUE_LABEL: Record<DueState, MessageKey> = { overdue: 'dueOverdue', never: 'dueNever', dueSoon: 'dueSoon', upToDate: 'dueUpToDate' };
export const STATUS_LABEL: Record<DialogueStatus, CoreMessageKey> = {
  planned: 'statusPlanned',
  invited: 'statusInvited',
  prepared: 'statusPrepared',
  held: 'statusHeld',
  planAgreed: 'statusPlanAgreed',
  followedUp: 'statusFollowedUp',
};
export const STAFF_LABEL: Record<StaffCategory, MessageKey> = {
  academic: 'staffAcademic',
  doctoralFellow: 'staffDoctoralFellow',
  technicalAdministrative: 'staffTechnicalAdministrative',
};
