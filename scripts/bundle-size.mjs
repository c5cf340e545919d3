// Gzip size of what each extension page and script loads before it can run: its HTML's scripts, preloads and
// styles, plus every chunk they import statically. Lazy chunks (dynamic import) are listed apart.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chunkHolding } from './chunk-modules.mjs';

/** Issue #7: side panel JS + CSS ≤ 60 kB gzip (counted in thousands of bytes: the stricter reading). */
export const SIDE_PANEL_BUDGET_BYTES = 60_000;

const gzipBytes = (file) => gzipSync(readFileSync(file), { level: 9 }).length;

const staticImports = (source) =>
  [...source.matchAll(/(?:^|[;\s}])import\s*(?:[\w*{}\s,$]+from\s*)?["'`]([^"'`]+)["'`]/g)].map((match) => match[1]);

const dynamicImports = (source) => [...source.matchAll(/import\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((match) => match[1]);

function resolveFrom(outputDir, fromFile, specifier) {
  if (specifier.startsWith('/')) return join(outputDir, specifier);
  return join(fromFile, '..', specifier);
}

/** Every file an entry loads up front (closure over static imports), and the lazy chunks it can reach. */
function closure(outputDir, roots) {
  const upFront = new Set();
  const lazy = new Set();
  const pending = [...roots];
  while (pending.length > 0) {
    const file = pending.pop();
    if (upFront.has(file)) continue;
    upFront.add(file);
    if (!file.endsWith('.js')) continue;
    const source = readFileSync(file, 'utf8');
    for (const specifier of staticImports(source)) pending.push(resolveFrom(outputDir, file, specifier));
    for (const specifier of dynamicImports(source)) lazy.add(resolveFrom(outputDir, file, specifier));
  }
  for (const file of upFront) lazy.delete(file);
  return { upFront: [...upFront], lazy: [...lazy] };
}

function htmlRoots(outputDir, htmlFile) {
  const html = readFileSync(join(outputDir, htmlFile), 'utf8');
  const refs = [...html.matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)="([^"]+)"/g)].map((match) => match[1]);
  return refs.filter((ref) => /\.(js|css)$/.test(ref)).map((ref) => join(outputDir, ref));
}

/**
 * @param {string} outputDir e.g. `.output/chrome-mv3`
 * @returns {{ name: string, gzipBytes: number, files: string[], lazyGzipBytes: number }[]}
 */
export function measureEntryPoints(outputDir) {
  const manifest = JSON.parse(readFileSync(join(outputDir, 'manifest.json'), 'utf8'));
  const entries = [];
  for (const page of ['sidepanel.html', 'print.html']) {
    if (existsSync(join(outputDir, page))) entries.push({ name: page, roots: htmlRoots(outputDir, page) });
  }
  const worker = manifest.background?.service_worker;
  if (worker) entries.push({ name: worker, roots: [join(outputDir, worker)] });
  for (const script of manifest.content_scripts ?? []) {
    for (const js of script.js ?? []) entries.push({ name: js, roots: [join(outputDir, js)] });
  }
  return entries.map(({ name, roots }) => {
    const { upFront, lazy } = closure(outputDir, roots);
    return {
      name,
      gzipBytes: upFront.reduce((sum, file) => sum + gzipBytes(file), 0),
      files: upFront.map((file) => file.slice(outputDir.length + 1)),
      lazyGzipBytes: lazy.reduce((sum, file) => sum + gzipBytes(file), 0),
    };
  });
}

/** The gzip size of the chunk holding a lazily loaded module (0 if that module is in the first load). */
function lazyChunk(outputDir, upFront, module) {
  const file = chunkHolding(outputDir, module);
  return upFront.includes(file) ? 0 : gzipBytes(join(outputDir, file));
}

/** The gzip size of the database chunk (the one holding lib/storage/db.ts) and what it imports beyond the entry's up-front files. */
function databaseChunks(outputDir, upFront) {
  const file = chunkHolding(outputDir, 'lib/storage/db.ts');
  const files = closure(outputDir, [join(outputDir, file)]).upFront.filter((path) => !upFront.includes(path.slice(outputDir.length + 1)));
  return files.reduce((sum, path) => sum + gzipBytes(path), 0);
}

/**
 * What the side panel loads before its first screen can show: the up-front chunks and CSS, the database's code
 * (which it starts loading once a remembered first screen is drawn, at once otherwise); the interface's first
 * messages in both languages are in the up-front code. With a dialogue open it also needs that dialogue's guide
 * (the largest) and last year's review.
 */
export function sidePanelSizes(outputDir) {
  const entries = measureEntryPoints(outputDir);
  const panel = entries.find((entry) => entry.name === 'sidepanel.html');
  const database = databaseChunks(outputDir, panel.files);
  const guides = ['uio-dialogue', 'performance-interview'].flatMap((guide) => ['en', 'nb'].map((language) => `lib/guide/${guide}.${language}.ts`));
  const guide = Math.max(...guides.map((module) => lazyChunk(outputDir, panel.files, module)));
  const review = lazyChunk(outputDir, panel.files, 'components/dialogue/PreviousReview.tsx');
  return {
    entries,
    upFront: panel.gzipBytes,
    database,
    guide,
    firstScreen: panel.gzipBytes + database,
    dialogueScreen: panel.gzipBytes + database + guide + review,
  };
}
