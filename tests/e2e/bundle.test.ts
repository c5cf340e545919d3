import { describe, expect, it } from 'vitest';
import { SIDE_PANEL_BUDGET_BYTES, sidePanelSizes } from '../../scripts/bundle-size.mjs';
import { chunkHolding } from '../../scripts/chunk-modules.mjs';
import { EXTENSION_DIR } from './harness';

/**
 * What the first screen must not load, by the modules themselves (the build's module graph, not chunk names): a
 * moved or renamed module is looked up where it now is, and a module that no longer exists fails the test.
 */
const LAZY_MODULES = [
  'node_modules/docx/',
  'lib/domain/schema.ts',
  'lib/files/backup.ts',
  'lib/files/share.ts',
  'components/manager/ManagerArea.tsx',
  'components/settings/SettingsArea.tsx',
  'components/export/ExportArea.tsx',
  'lib/i18n/en-areas.ts',
  'lib/i18n/nb-areas.ts',
  'lib/guide/uio-dialogue.en.ts',
  'lib/guide/uio-dialogue.nb.ts',
  'lib/guide/performance-interview.en.ts',
  'lib/guide/performance-interview.nb.ts',
  'lib/search/note-index.ts',
  'lib/security/lock.ts',
];

describe('the built side panel', () => {
  it('loads at most 60 kB (gzip) of JS and CSS before its first screen, the interface language included', () => {
    const sizes = sidePanelSizes(EXTENSION_DIR);
    expect(sizes.database).toBeGreaterThan(0);
    expect(sizes.firstScreen).toBeLessThanOrEqual(SIDE_PANEL_BUDGET_BYTES);
  });

  it('loads one file up front: the script, its style sheet inside it', () => {
    const panel = sidePanelSizes(EXTENSION_DIR).entries.find((entry) => entry.name === 'sidepanel.html')!;
    expect(panel.files).toHaveLength(1);
    expect(panel.files[0]).toMatch(/\.js$/);
    // That one file is the chunk with the panel's entry, its state and its first screen.
    for (const module of ['entrypoints/sidepanel/main.tsx', 'lib/state/store.ts', 'components/panel/App.tsx']) {
      expect(chunkHolding(EXTENSION_DIR, module)).toBe(panel.files[0]);
    }
  });

  it('keeps Dexie and the database module in a chunk of their own, loaded after the first screen', () => {
    const panel = sidePanelSizes(EXTENSION_DIR).entries.find((entry) => entry.name === 'sidepanel.html')!;
    const database = chunkHolding(EXTENSION_DIR, 'lib/storage/db.ts');
    expect(chunkHolding(EXTENSION_DIR, 'node_modules/dexie/')).toBe(database);
    expect(panel.files).not.toContain(database);
  });

  it('keeps the heavy parts out of the first load: .docx writer, schemas, other areas and their messages, the guides', () => {
    const panel = sidePanelSizes(EXTENSION_DIR).entries.find((entry) => entry.name === 'sidepanel.html')!;
    for (const module of LAZY_MODULES) {
      expect.soft(panel.files, module).not.toContain(chunkHolding(EXTENSION_DIR, module));
    }
  });
});
