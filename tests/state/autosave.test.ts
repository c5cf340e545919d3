import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AutoSaver, type SaveState } from '../../lib/state/autosave';

describe('AutoSaver', () => {
  let states: SaveState['kind'][];
  let saver: AutoSaver;
  beforeEach(() => {
    vi.useFakeTimers();
    states = [];
    saver = new AutoSaver({ debounceMs: 300, maxWaitMs: 1000, onState: (s) => states.push(s.kind), now: () => Date.now() });
  });
  afterEach(() => vi.useRealTimers());

  it('writes once after a pause, with the latest value only', async () => {
    const writes: string[] = [];
    for (const value of ['a', 'ab', 'abc']) {
      saver.schedule('note', async () => void writes.push(value));
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(writes).toEqual([]);
    await vi.advanceTimersByTimeAsync(300);
    expect(writes).toEqual(['abc']);
    expect(states.at(-1)).toBe('saved');
  });

  it('writes at least once a second during continuous typing', async () => {
    const writes: number[] = [];
    for (let i = 0; i < 30; i++) {
      saver.schedule('note', async () => void writes.push(i));
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(writes.length).toBeGreaterThanOrEqual(2);
  });

  it('keeps separate keys apart and flushes everything at once', async () => {
    const writes: string[] = [];
    saver.schedule('a', async () => void writes.push('a'));
    saver.schedule('b', async () => void writes.push('b'));
    expect(states.at(-1)).toBe('pending');
    await saver.flush();
    expect(writes.sort()).toEqual(['a', 'b']);
    expect(saver.busy).toBe(false);
  });

  it('says "saved" only after the write has committed', async () => {
    let commit!: () => void;
    saver.schedule('note', () => new Promise<void>((resolve) => (commit = resolve)));
    await vi.advanceTimersByTimeAsync(300);
    expect(states.at(-1)).toBe('pending');
    commit();
    await vi.advanceTimersByTimeAsync(0);
    expect(states.at(-1)).toBe('saved');
  });

  it('reports a failed write as an error until a write succeeds', async () => {
    saver.schedule('note', async () => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    await saver.flush();
    expect(states.at(-1)).toBe('error');
    saver.schedule('note', async () => {});
    await saver.flush();
    expect(states.at(-1)).toBe('saved');
  });
});
