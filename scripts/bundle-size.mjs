// Gzip size of what each extension page and script loads before it can run: its HTML's scripts, preloads and
// styles, plus every chunk they import statically. Lazy chunks (dynamic import) are listed apart.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

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

/** The gzip size of the one chunk whose file name matches (a lazily loaded module); fails if it is not one. */
function lazyChunk(outputDir, upFront, pattern) {
  const names = readdirSync(join(outputDir, 'chunks')).filter((name) => pattern.test(name));
  if (names.length === 0) throw new Error(`no chunk matches ${pattern}: has the module become part of another chunk?`);
  const sizes = names.map((name) => (upFront.includes(`chunks/${name}`) ? 0 : gzipBytes(join(outputDir, 'chunks', name))));
  return Math.max(...sizes);
}

/** The gzip size of the database chunk and what it imports beyond the entry's up-front files. */
function databaseChunks(outputDir, upFront) {
  const names = readdirSync(join(outputDir, 'chunks')).filter((name) => /^database-[\w-]+\.js$/.test(name));
  if (names.length !== 1) throw new Error(`expected one database chunk, found ${names.length}`);
  const files = closure(outputDir, [join(outputDir, 'chunks', names[0])]).upFront.filter((file) => !upFront.includes(file.slice(outputDir.length + 1)));
  return files.reduce((sum, file) => sum + gzipBytes(file), 0);
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
  const guide = lazyChunk(outputDir, panel.files, /^(uio-dialogue|performance-interview)\.(en|nb)-[\w-]+\.js$/);
  const review = lazyChunk(outputDir, panel.files, /^PreviousReview-[\w-]+\.js$/);
  return {
    entries,
    upFront: panel.gzipBytes,
    database,
    guide,
    firstScreen: panel.gzipBytes + database,
    dialogueScreen: panel.gzipBytes + database + guide + review,
  };
}
