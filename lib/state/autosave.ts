/**
 * Debounced, per-key autosave. Each key (an item, a dialogue field) keeps only its latest pending write; a write
 * runs after `debounceMs` of quiet, or after `maxWaitMs` of continuous typing, so a crash loses at most that
 * much. `flush()` runs everything pending at once (the panel is closing). The state is "saved" only when every
 * write has committed.
 */
export const WRITE_MEASURE = 'samtale:write';

export type SaveState = { kind: 'idle' } | { kind: 'pending' } | { kind: 'saved'; at: number } | { kind: 'error'; error: unknown };

interface Pending {
  run: () => Promise<void>;
  timer: ReturnType<typeof setTimeout>;
  firstScheduledAt: number;
}

export interface AutoSaverOptions {
  debounceMs: number;
  maxWaitMs: number;
  onState: (state: SaveState) => void;
  now?: () => number;
}

export class AutoSaver {
  private readonly pending = new Map<string, Pending>();
  private inFlight = 0;
  /** Writes under way (a flush waits for them too: what it promises is that everything typed is written). */
  private readonly running = new Set<Promise<void>>();
  private lastError: unknown = null;
  private measuredWrites = 0;
  private readonly now: () => number;

  constructor(private readonly options: AutoSaverOptions) {
    this.now = options.now ?? (() => Date.now());
  }

  schedule(key: string, run: () => Promise<void>): void {
    const previous = this.pending.get(key);
    if (previous) clearTimeout(previous.timer);
    const firstScheduledAt = previous?.firstScheduledAt ?? this.now();
    const waited = this.now() - firstScheduledAt;
    const delay = Math.max(0, Math.min(this.options.debounceMs, this.options.maxWaitMs - waited));
    const timer = setTimeout(() => void this.runKey(key), delay);
    this.pending.set(key, { run, timer, firstScheduledAt });
    this.report();
  }

  /** Drops a key's pending write (what it would have written is no longer wanted). */
  cancel(key: string): void {
    const entry = this.pending.get(key);
    if (entry) clearTimeout(entry.timer);
    this.pending.delete(key);
    this.report();
  }

  /** Forgets the last failure (the user settled it another way); the state is whatever is pending now. */
  clearError(): void {
    this.lastError = null;
    this.report();
  }

  /** Runs every pending write now and resolves when all have settled, those already under way included. */
  async flush(): Promise<void> {
    await Promise.all([...this.running, ...[...this.pending.keys()].map((key) => this.runKey(key))]);
  }

  get busy(): boolean {
    return this.pending.size > 0 || this.inFlight > 0;
  }

  private runKey(key: string): Promise<void> {
    const run = this.runPending(key);
    this.running.add(run);
    void run.finally(() => this.running.delete(run));
    return run;
  }

  private async runPending(key: string): Promise<void> {
    const entry = this.pending.get(key);
    if (!entry) return;
    clearTimeout(entry.timer);
    this.pending.delete(key);
    this.inFlight++;
    const startedAt = performance.now();
    try {
      await entry.run();
      this.lastError = null;
      // Each committed write, as a User Timing measure (DevTools shows it; the benchmark reads it).
      performance.measure(WRITE_MEASURE, { start: startedAt });
      // A long day of typing must not pile up entries: counted here, not by searching the timeline each time.
      if (++this.measuredWrites % 500 === 0) performance.clearMeasures(WRITE_MEASURE);
    } catch (error) {
      this.lastError = error;
    } finally {
      this.inFlight--;
      this.report();
    }
  }

  private report(): void {
    if (this.lastError !== null) this.options.onState({ kind: 'error', error: this.lastError });
    else if (this.busy) this.options.onState({ kind: 'pending' });
    else this.options.onState({ kind: 'saved', at: this.now() });
  }
}
