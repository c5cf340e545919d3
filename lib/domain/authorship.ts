import type { Acknowledgement, Dialogue, Item, Role } from './schema';

/*
 * Whose copy, whose words (issue #28). Each party keeps their own Samtale: the dialogue's `role` says whose copy
 * it is, and an item's `origin` says it came from the other party's file. These rules say, for every entry and
 * every agreement, who wrote it and what this copy may do with it. Pure: the panel, the store and the exports
 * all ask here, and tests/domain/authorship.test.ts holds them to a table.
 */

/** Who wrote an entry, as this copy sees it. */
export type Author = { kind: 'own' } | { kind: 'other'; name: string } | { kind: 'agreed' };

/** The other party of a copy: the manager's copy is with the employee, the employee's with the manager. */
export const otherRole = (role: Role): Role => (role === 'manager' ? 'employee' : 'manager');

/** The other party's name, as this copy knows it. */
export const otherPartyName = (dialogue: Pick<Dialogue, 'role' | 'employeeName' | 'managerName'>): string =>
  dialogue.role === 'manager' ? dialogue.employeeName : dialogue.managerName;

/**
 * The plan is the two parties' shared record, agreed in the meeting; every other entry is its writer's: this
 * copy's owner's, or the other party's when a file brought it.
 */
export function authorOf(item: Pick<Item, 'kind' | 'origin'>): Author {
  if (item.kind === 'plan') return { kind: 'agreed' };
  return item.origin === null ? { kind: 'own' } : { kind: 'other', name: item.origin.by };
}

/** Whether this copy may change an entry: its owner's own words, and the shared plan (both keep it up to date). */
export const mayEdit = (item: Pick<Item, 'kind' | 'origin'>): boolean => authorOf(item).kind !== 'other';

/**
 * Whether this copy may delete an entry: only what its owner wrote. The other party's words stay as they were
 * sent (the owner may leave them off the agenda); a plan item that came from the other party is ended by its
 * status (dropped), which travels back, not by deleting it on one side.
 */
export const mayDelete = (item: Pick<Item, 'origin'>): boolean => item.origin === null;

/** The example questions the other party marked and shared (missing in records from before issue #28: none). */
export const otherMarks = (dialogue: Pick<Dialogue, 'otherMarkedQuestionIds'>): readonly string[] => dialogue.otherMarkedQuestionIds ?? [];

/** The key of the other party's mark of a question, among the entries left off the agenda (and in the export). */
export const theirMarkKey = (questionId: string): string => `theirs:${questionId}`;

/** What the owner left off the agenda of the other party's entries and marks (missing in older records: nothing). */
export const offAgenda = (dialogue: Pick<Dialogue, 'offAgendaIds'>): ReadonlySet<string> => new Set(dialogue.offAgendaIds ?? []);

/** The list with one of the other party's entries left off the agenda, or put back on it. */
export function withOffAgenda(dialogue: Pick<Dialogue, 'offAgendaIds'>, key: string, off: boolean): string[] {
  const others = (dialogue.offAgendaIds ?? []).filter((each) => each !== key);
  return off ? [...others, key] : others;
}

/*
 * Agreement by the one who agrees. Each copy records and withdraws its owner's agreement. In the meeting the
 * manager's copy may also record the employee's agreement as given there: it carries `recordedBy`, travels with the
 * outcome, and the employee's copy asks the employee to confirm it (confirming records it as her own).
 */

/** Where an agreement is being recorded: the meeting lets the manager note the employee's spoken agreement. */
export type AgreementPlace = 'dialogue' | 'meeting';

/** Whether this copy may record (or undo) a party's agreement here. */
export function mayRecordAgreement(role: Role, party: Role, place: AgreementPlace): boolean {
  return party === role || (role === 'manager' && party === 'employee' && place === 'meeting');
}

/**
 * Whether this copy may withdraw a party's recorded agreement: its owner's own, and one its owner recorded for
 * the other party in the meeting (a slip of the hand) as long as the other has not confirmed it as theirs.
 */
export function mayWithdrawAgreement(role: Role, party: Role, acknowledgement: Acknowledgement | null, ownerName: string): boolean {
  if (!acknowledgement) return false;
  if (party === role) return true;
  return acknowledgement.recordedBy !== undefined && acknowledgement.recordedBy === ownerName;
}

/** An agreement recorded on the other device for this copy's owner, waiting for the owner to confirm it. */
export const awaitsConfirmation = (role: Role, party: Role, acknowledgement: Acknowledgement | null): boolean =>
  acknowledgement !== null && party === role && acknowledgement.recordedBy !== undefined;

/** Whether a party's agreement counts in this copy: recorded, and not waiting for this copy's owner to confirm it. */
export const agreementCounts = (role: Role, party: Role, acknowledgement: Acknowledgement | null): boolean =>
  acknowledgement !== null && !awaitsConfirmation(role, party, acknowledgement);

/** A party as a sentence names them: its role's word, and its name where the dialogue has one. */
export const partyLabel = (roleWord: string, name: string): string => [roleWord, name.trim()].filter(Boolean).join(' ');

/** The owner's name in this copy. */
export const ownerName = (dialogue: Pick<Dialogue, 'role' | 'employeeName' | 'managerName'>): string =>
  dialogue.role === 'manager' ? dialogue.managerName : dialogue.employeeName;
