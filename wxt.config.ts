import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { UIO_EMPLOYEE_PAGE_PATTERNS } from './lib/panel-availability';
import { REMINDER_PERMISSIONS } from './lib/reminder-permissions';

/**
 * What every extension page loads up front, in one chunk: the libraries (Preact, its hooks and signals), the
 * bundler's runtime and the few modules the side panel and the print view share. After a browser start each
 * file costs a read; the automatic split made five. Dexie and the schema are one chunk of their own: the side
 * panel draws a remembered first screen before it loads them (lib/store.ts). Only for the pages' build: the
 * background and content scripts are single files. (tests/e2e/bundle.test.ts fails if this ever pulls a lazy
 * module up front.)
 */
const CHUNK_GROUPS = [
  {
    name: 'shared',
    patterns: [
      /node_modules[\\/](preact|@preact)[\\/]/,
      /rolldown[\\/]runtime|vite[\\/]preload-helper|virtual:wxt/,
      /[\\/]lib[\\/](constants|i18n[\\/]index|guide[\\/]index|export[\\/]services|export[\\/]print-channel)\.ts$/,
    ],
  },
  { name: 'database', patterns: [/node_modules[\\/]dexie[\\/]/, /[\\/]lib[\\/]db\.ts$/] },
];
function chunkGroups(): Plugin {
  return {
    name: 'samtale-chunk-groups',
    outputOptions(options) {
      if ((options as { codeSplitting?: unknown }).codeSplitting === false || options.inlineDynamicImports) return null;
      const groups = CHUNK_GROUPS.map(({ name, patterns }) => ({ name, test: (id: string) => patterns.some((pattern) => pattern.test(id)) }));
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
    permissions: ['storage'],
    storage: { managed_schema: 'managed_schema.json' },
    host_permissions: UIO_EMPLOYEE_PAGE_PATTERNS,
    // Asked for only when the user turns reminders on (lib/reminders.ts).
    optional_permissions: [...REMINDER_PERMISSIONS],
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
