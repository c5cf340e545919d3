import type { Item } from '../domain/schema';
import type { ItemChanges } from '../domain/dialogues';
import { applyTakeIn, ChangedMeanwhile, type TakeInDialogueChanges, type TakeInWrite } from '../storage/exchange-writes';
import type { Connection } from './connection';
import type { LockSession } from './lock-session';

export interface ExchangeDeps {
  connection: Connection;
  lock: Pick<LockSession, 'state' | 'sealer'>;
  /** Writes every edit still pending: a file is checked against what is stored. */
  flushDrafts(): Promise<void>;
}

/** What a file from the other party brings, as the panel shows it (items opened, if sealed). */
export interface TakeInRequest {
  add: readonly Item[];
  update: ReadonlyArray<{ item: Item; changes: ItemChanges }>;
  /** Plan items the other party removed, as the panel showed them. */
  remove?: readonly Item[];
  dialogueChanges: TakeInDialogueChanges;
  /** Questions the other party marked (a shared file): shown as theirs. */
  otherMarks?: readonly string[];
  /** Removed plan items remembered or forgotten, by key. */
  removals?: TakeInWrite['removals'];
}

export type TakeInOutcome = 'done' | 'changedMeanwhile' | 'failed';

/**
 * Taking in a file from the other party (loaded on first use): in one transaction, its words sealed before they
 * are stored when the lock is on.
 */
export function createExchange(deps: ExchangeDeps) {
  const { connection, lock } = deps;
  return {
    /** Before a file is checked: the stored items are what the user sees. */
    ready: () => deps.flushDrafts(),

    async takeIn(dialogueId: string, request: TakeInRequest): Promise<TakeInOutcome> {
      const seal = lock.sealer();
      if (lock.state.value !== 'off' && !seal) return 'failed';
      const sealed = async (item: Item, changes: ItemChanges) => (seal ? seal(item, changes) : changes);
      const add = await Promise.all(request.add.map(async (item) => ({ ...item, ...(await sealed(item, {})) }) as Item));
      const update = await Promise.all(request.update.map(async ({ item, changes }) => ({ id: item.id, seenUpdatedAt: item.updatedAt, changes: await sealed(item, changes) })));
      const outcome = await connection.guard(async (db): Promise<TakeInOutcome> => {
        try {
          const remove = (request.remove ?? []).map((item) => ({ id: item.id, seenUpdatedAt: item.updatedAt }));
          await applyTakeIn(db, dialogueId, { add, update, remove, dialogueChanges: request.dialogueChanges, otherMarks: request.otherMarks, removals: request.removals });
          return 'done';
        } catch (error) {
          if (error instanceof ChangedMeanwhile) return 'changedMeanwhile';
          throw error;
        }
      });
      return outcome ?? 'failed';
    },
  };
}

export type Exchange = ReturnType<typeof createExchange>;
