export declare const CHUNK_MODULES_SUFFIX: string;
export declare function chunkModules(outputDir: string): { file: string; modules: string[] }[];
export declare function chunkHolding(outputDir: string, module: string): string;
