import { DEFAULT_TEMPLATE } from '../guide';
import type { Dialogue } from './schema';
import { compareCodeUnits } from './order';
import { dialogueSortKey, newId, nowIso, type DialogueDetails, type NewDialogueInput } from './dialogues';

/*
 * Starting a dialogue: its first record, and the one it follows up. Apart from dialogues.ts, whose rules the first
 * screen needs: a dialogue is started from a form that loads with its area.
 */

export function buildDialogue(input: NewDialogueInput, previousDialogueId: string | null = null, details: DialogueDetails = {}): Dialogue {
  const now = nowIso();
  return {
    id: newId(),
    role: input.role,
    employeeId: input.employeeId ?? null,
    employeeName: input.employeeName.trim(),
    managerName: input.managerName.trim(),
    plannedDate: input.plannedDate || null,
    plannedTime: null,
    durationMinutes: 90,
    place: '',
    staffCategory: input.staffCategory,
    turned60: input.turned60,
    templateId: input.templateId ?? DEFAULT_TEMPLATE,
    language: input.language,
    status: 'planned',
    markedQuestionIds: [],
    otherMarkedQuestionIds: [],
    offAgendaIds: [],
    previousDialogueId,
    counterpartDialogueId: null,
    agreement: { employee: null, manager: null },
    coveredTopicIds: [],
    meetingSeconds: 0,
    meetingRunningSince: null,
    createdAt: now,
    updatedAt: now,
    ...details,
  };
}

/** The latest earlier dialogue of the same employee on the same side, whose conclusions the new one follows up. */
export function previousDialogueOf(candidates: readonly Dialogue[], input: Pick<NewDialogueInput, 'role' | 'employeeId'>): Dialogue | undefined {
  const same = candidates.filter((d) => d.role === input.role && (d.employeeId ?? null) === (input.employeeId ?? null));
  return [...same].sort((a, b) => compareCodeUnits(dialogueSortKey(b), dialogueSortKey(a)))[0];
}
