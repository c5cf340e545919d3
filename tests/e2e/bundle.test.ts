import { describe, expect, it } from 'vitest';
import { SIDE_PANEL_BUDGET_BYTES, sidePanelSizes } from '../../scripts/bundle-size.mjs';
import { EXTENSION_DIR } from './harness';

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
  });

  it('keeps the heavy parts out of the first load: .docx writer, schemas, other areas and their messages, the guides', () => {
    const panel = sidePanelSizes(EXTENSION_DIR).entries.find((entry) => entry.name === 'sidepanel.html')!;
    for (const lazy of [/^chunks\/docx-/, /^chunks\/schemas?-/, /Area-/, /^chunks\/(en|nb)-areas-/, /^chunks\/(uio-dialogue|performance-interview)\./, /^chunks\/search-/]) {
      expect(panel.files.filter((file) => lazy.test(file))).toEqual([]);
    }
  });
});
