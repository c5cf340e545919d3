export declare const PLANTED_WORD: string;
export declare const BENCH_SEED: number;
export declare function generateDataSet(options?: { employees?: number; years?: number; notesPerDialogue?: number; largestNotes?: number; seed?: number }): {
  people: unknown[];
  dialogues: unknown[];
  items: Array<Record<string, unknown>>;
  largestDialogueId: string;
  plantedNotes: number;
};
export declare function countNotesContaining(items: ReadonlyArray<Record<string, unknown>>, word: string): number;
