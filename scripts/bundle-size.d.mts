export declare const SIDE_PANEL_BUDGET_BYTES: number;
export interface EntryPointSize {
  name: string;
  gzipBytes: number;
  files: string[];
  lazyGzipBytes: number;
}
export declare function measureEntryPoints(outputDir: string): EntryPointSize[];
export declare function sidePanelSizes(outputDir: string): {
  entries: EntryPointSize[];
  upFront: number;
  database: number;
  guide: number;
  firstScreen: number;
  dialogueScreen: number;
};
