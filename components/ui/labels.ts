import type { CoreMessageKey, MessageKey } from '../../lib/i18n';
import type { DueState } from '../../lib/domain/overview';
import type { DialogueStatus, ItemOf, Language, PlanField, PlanStatus, StaffCategory, TemplateId } from '../../lib/domain/schema';

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
export const TEMPLATE_LABEL: Record<TemplateId, MessageKey> = {
  'uio-dialogue-2020': 'templateCurrent',
  'uio-performance-interview-2009': 'templateLegacy',
};
export const LANGUAGE_LABEL: Record<Language, MessageKey> = { en: 'languageEn', nb: 'languageNb' };

export const RESPONSIBLE_LABEL: Record<ItemOf<'plan'>['responsible'], MessageKey> = { employee: 'responsibleEmployee', manager: 'responsibleManager', other: 'responsibleOther' };
export const PLAN_STATUS_LABEL: Record<PlanStatus, MessageKey> = { open: 'statusOpen', inProgress: 'statusInProgress', done: 'statusDone', dropped: 'statusDropped' };
export const ACHIEVED_LABEL: Record<NonNullable<ItemOf<'review'>['achieved']>, MessageKey> = { yes: 'achievedYes', partly: 'achievedPartly', no: 'achievedNo' };
/** Each field of a plan item by the label of its field on the plan. */
export const PLAN_FIELD_LABEL: Record<PlanField, MessageKey> = {
  text: 'planWhat',
  responsible: 'planResponsible',
  responsibleName: 'planResponsibleName',
  due: 'planDue',
  successCriteria: 'planSuccess',
  status: 'planStatus',
  statusComment: 'planStatusComment',
};

/** The options of a radio group, in the order of the labels, worded in the interface language. */
export const optionsOf = <V extends string>(labels: Record<V, MessageKey>, t: (key: MessageKey) => string): Array<[V, string]> =>
  (Object.entries(labels) as Array<[V, MessageKey]>).map(([value, key]) => [value, t(key)]);
