export declare const PLANTED_WORD: string;
export declare const BENCH_SEED: number;
export declare function generateDataSet(options?: { employees?: number; years?: number; notesPerDialogue?: number; largestNotes?: number; seed?: number }): {
  people: unknown[];
  dialogues: unknown[];
  items: Array<Record<string, unknown>>;
  largestDialogueId: string;
  plantedNotes: number;
};
/** The notes grouped as Samtale stores them: one record per dialogue and topic. */
export declare function asTopicRecords(items: ReadonlyArray<Record<string, unknown>>): Array<{ dialogueId: unknown; topicId: unknown; items: Array<Record<string, unknown>> }>;
export declare function countNotesContaining(items: ReadonlyArray<Record<string, unknown>>, word: string): number;
