import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from '../lib/zod';

/** The README's store section explains addons-linter's warnings by what Samtale's own code never does: checked here. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

describe('for the add-on stores', () => {
  const root = join(import.meta.dirname, '..');
  const files = ['components', 'lib', 'entrypoints'].flatMap((dir) => sourceFiles(join(root, dir)));

  it('never sets HTML from a string nor evaluates code in its own source', () => {
    expect(files.length).toBeGreaterThan(50);
    const offending = files.filter((file) => /dangerouslySetInnerHTML|\.innerHTML\s*=|\beval\(|new Function\(/.test(readFileSync(file, 'utf8')));
    expect(offending).toEqual([]);
  });

  it('runs Zod without its code generator (the feature probe for `new Function` is never reached)', () => {
    expect(z.config().jitless).toBe(true);
  });
});
