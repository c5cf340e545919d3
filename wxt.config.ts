import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { UIO_EMPLOYEE_PAGE_PATTERNS } from './lib/panel-availability';
import { REMINDER_PERMISSIONS } from './lib/reminder-permissions';

/** Dexie and the database module: a chunk of their own, which the side panel loads once a remembered first screen is drawn (lib/store.ts). */
const DATABASE_MODULES = /node_modules[\\/]dexie[\\/]|[\\/]lib[\\/]db\.ts$/;
const SIDE_PANEL_ENTRY = /[\\/]entrypoints[\\/]sidepanel[\\/]main\.tsx$/;

/**
 * The side panel's first load is one script: its entry and every module the entry imports statically (the
 * database aside) go into one chunk. Left to itself the bundler gives each module a lazy chunk also imports a
 * file of its own (seven up front); right after a browser start every file waits on the busy browser process,
 * and the second of two arrived ~30 ms after the first. The print view is a script of its own
 * (entrypoints/print/), so no other page imports this chunk. Only for the pages' build: the background and the
 * scripts are single files. (tests/e2e/bundle.test.ts checks the one file and that no lazy module is in it.)
 */
function chunkGroups(): Plugin {
  let upFront = new Set<string>();
  return {
    name: 'samtale-chunk-groups',
    buildEnd() {
      upFront = new Set();
      const pending = [...this.getModuleIds()].filter((id) => SIDE_PANEL_ENTRY.test(id));
      while (pending.length > 0) {
        const id = pending.pop()!;
        if (upFront.has(id) || DATABASE_MODULES.test(id)) continue;
        upFront.add(id);
        pending.push(...(this.getModuleInfo(id)?.importedIds ?? []));
      }
    },
    outputOptions(options) {
      if ((options as { codeSplitting?: unknown }).codeSplitting === false || options.inlineDynamicImports) return null;
      const groups = [
        { name: 'sidepanel', test: (id: string) => upFront.has(id) },
        { name: 'database', test: (id: string) => DATABASE_MODULES.test(id) },
      ];
      return { ...options, codeSplitting: { groups } } as typeof options;
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
    // Asked for only when the user turns reminders on (lib/reminders.ts).
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
