import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { writeFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { CHUNK_MODULES_SUFFIX } from './scripts/chunk-modules.mjs';
import { UIO_EMPLOYEE_PAGE_PATTERNS } from './lib/extension/panel-availability';
import { REMINDER_PERMISSIONS } from './lib/extension/reminder-permissions';

const PROJECT_ROOT = fileURLToPath(new URL('.', import.meta.url));
/** A source file's module id as the bundler gives it (an absolute path). */
const sourceModule = (path: string) => fileURLToPath(new URL(path, import.meta.url));
/** A module id as a path in the project, with forward slashes (`lib/storage/db.ts`, `node_modules/dexie/…`). */
const projectPath = (id: string) => relative(PROJECT_ROOT, id.replace(/^\0/, '')).split(sep).join('/');
/** The side panel's entry: it and what it imports statically are its first load. */
const SIDE_PANEL_ENTRY = sourceModule('./entrypoints/sidepanel/main.tsx');
/**
 * The database module: it and what it alone brings (Dexie) are a chunk of their own, which the side panel loads
 * once a remembered first screen is drawn (lib/state/connection.ts).
 */
const DATABASE_ENTRY = sourceModule('./lib/storage/db.ts');

/** The part of the bundler's plugin context that reads the module graph. */
type ModuleGraph = { getModuleInfo(id: string): { importedIds: readonly string[] } | null };

/** A module and every module it imports statically, except those in `stopAt`. */
function staticClosure(context: ModuleGraph, from: string, stopAt: ReadonlySet<string> = new Set()): Set<string> {
  const found = new Set<string>();
  const pending = [from];
  while (pending.length > 0) {
    const id = pending.pop()!;
    if (found.has(id) || stopAt.has(id)) continue;
    found.add(id);
    pending.push(...(context.getModuleInfo(id)?.importedIds ?? []));
  }
  return found;
}

/**
 * The side panel's first load is one script: its entry and every module the entry imports statically go into
 * one chunk; the database module and what only it imports into another. Both groups are found from the build's
 * own module graph (no file-name patterns). Left to itself the bundler gives each module a lazy chunk also
 * imports a file of its own (seven up front); right after a browser start every file waits on the busy browser
 * process, and the second of two arrived ~30 ms after the first. The print view is a script of its own
 * (entrypoints/print/), so no other page imports this chunk. Only for the pages' build: the background and the
 * scripts are single files. (tests/e2e/bundle.test.ts checks the one file, and which modules each chunk holds.)
 */
function chunkGroups(): Plugin {
  let upFront = new Set<string>();
  let database = new Set<string>();
  return {
    name: 'samtale-chunk-groups',
    buildEnd() {
      if (!this.getModuleInfo(SIDE_PANEL_ENTRY)) return void (upFront = database = new Set());
      database = staticClosure(this, DATABASE_ENTRY);
      upFront = staticClosure(this, SIDE_PANEL_ENTRY, new Set([DATABASE_ENTRY]));
      for (const id of upFront) database.delete(id);
    },
    outputOptions(options) {
      if ((options as { codeSplitting?: unknown }).codeSplitting === false || options.inlineDynamicImports) return null;
      const groups = [
        { name: 'sidepanel', test: (id: string) => upFront.has(id) },
        { name: 'database', test: (id: string) => database.has(id) },
      ];
      return { ...options, codeSplitting: { groups } } as typeof options;
    },
    writeBundle(output, bundle) {
      // Which source modules each of the pages' chunks holds, written beside the build (not into what ships):
      // tests/e2e/bundle.test.ts and the bench read it (scripts/bundle-size.mjs).
      if (upFront.size === 0 || !output.dir) return;
      const chunks = Object.values(bundle).flatMap((file) =>
        file.type === 'chunk' ? [{ file: file.fileName, modules: Object.keys(file.modules).map(projectPath) }] : [],
      );
      writeFileSync(`${output.dir}${CHUNK_MODULES_SUFFIX}`, JSON.stringify(chunks, null, 1));
    },
  };
}

export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  publicDir: 'public',
  // Extension pages load from disk in a browser that supports modulepreload: no polyfill needed.
  vite: () => ({
    plugins: [preact(), chunkGroups()],
    build: { modulePreload: { polyfill: false } },
  }),
  hooks: {
    // No panel for every site from the manifest: Chromium would offer it on every site from the moment the browser
    // starts until the background has read the user's choice (about 2 s in a new profile; seen by
    // tests/e2e/panel.test.ts on a busy machine). The background enables it on the UiO employee pages, and
    // everywhere only when the user asked (lib/extension/panel-availability.ts); Firefox's sidebar is not this key.
    'build:manifestGenerated': (_wxt, manifest) => {
      delete (manifest as { side_panel?: unknown }).side_panel;
    },
  },
  manifest: ({ browser }) => ({
    name: 'Samtale',
    description: 'Prepare and hold the UiO one-to-one work dialogue, privately in your browser.',
    // The only host access: it lets the background see that a tab shows a UiO employee page (to enable the
    // panel there) without the `tabs` permission.
    // `storage` only to read the institution's managed policy (storage.managed); notes are in IndexedDB.
    // Firefox refuses `alarms` as an optional permission (and grants it without asking: no install warning), so
    // there it is a plain permission and only `notifications` is asked for; Chromium asks for both.
    permissions: browser === 'firefox' ? ['storage', 'alarms'] : ['storage'],
    storage: { managed_schema: 'managed_schema.json' },
    host_permissions: UIO_EMPLOYEE_PAGE_PATTERNS,
    // Asked for only when the user turns reminders on (lib/extension/reminders.ts).
    optional_permissions: browser === 'firefox' ? REMINDER_PERMISSIONS.filter((permission) => permission !== 'alarms') : [...REMINDER_PERMISSIONS],
    // WXT writes no `action` without a popup; the toolbar button is what opens the side panel.
    action: { default_title: 'Samtale' },
    content_security_policy: {
      extension_pages: "default-src 'self'; script-src 'self'; object-src 'none'; connect-src 'none'; img-src 'self' data: blob:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: 'samtale@uio-dialogue.example', data_collection_permissions: { required: ['none'] } },
          },
        }
      : {}),
  }),
});
