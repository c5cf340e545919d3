// The build's own record of which source modules each chunk of the extension pages holds (written by
// wxt.config.ts beside the output directory, not inside what ships). Tests and the bench find chunks by the
// modules in them, never by file-name patterns: a renamed file cannot make a check pass without testing anything.
import { existsSync, readFileSync } from 'node:fs';

/** Appended to the output directory's path: `.output/chrome-mv3` → `.output/chrome-mv3.chunk-modules.json`. */
export const CHUNK_MODULES_SUFFIX = '.chunk-modules.json';

/**
 * @param {string} outputDir e.g. `.output/chrome-mv3`
 * @returns {{ file: string, modules: string[] }[]} each chunk's file (relative to outputDir) and its modules (project paths)
 */
export function chunkModules(outputDir) {
  const path = `${outputDir}${CHUNK_MODULES_SUFFIX}`;
  if (!existsSync(path)) throw new Error(`${path} is missing: build the extension first (npm run build)`);
  return JSON.parse(readFileSync(path, 'utf8'));
}

/** The file of the one chunk that holds a module (project path, or a prefix ending in `/` for a package). */
export function chunkHolding(outputDir, module) {
  const holds = (chunk) => chunk.modules.some((id) => (module.endsWith('/') ? id.startsWith(module) : id === module));
  const files = chunkModules(outputDir).filter(holds).map((chunk) => chunk.file);
  if (files.length !== 1) throw new Error(`expected one chunk holding ${module}, found ${files.length}: ${files.join(', ')}`);
  return files[0];
}
