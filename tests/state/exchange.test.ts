import { signal } from '@preact/signals';
import { describe, expect, it } from 'vitest';
import { buildItem } from '../../lib/domain/dialogues';
import { newPlanItemFields } from '../../lib/domain/plan';
import { createLock, sealChanges, unsealItem } from '../../lib/security/lock';
import { createExchange } from '../../lib/state/exchange';
import { createDialogue } from '../../lib/storage/dialogue-records';
import { freshDatabase, sampleDialogueInput, itemTable } from '../helpers';
import { lockStub, openConnection } from './slice-helpers';

describe('taking in a file from the other party', () => {
  it('stores its words sealed when the lock is on: nothing of them in plain text, and the key opens them', async () => {
    const db = await freshDatabase();
    const { connection } = await openConnection(db);
    const { key } = await createLock('correct horse battery');
    const exchange = createExchange({ connection, lock: { state: signal('unlocked'), sealer: () => (current, changes) => sealChanges(key, current, changes) }, flushDrafts: async () => undefined });
    const dialogue = await createDialogue(db, sampleDialogueInput());
    const conclusion = buildItem({ kind: 'conclusion', dialogueId: dialogue.id, topicId: 't2', text: 'CONCLUDED: forty per cent', origin: { by: 'Kari', sourceId: 'm1' } });
    const plan = buildItem({ ...newPlanItemFields('PLANNED: pedagogy course'), dialogueId: dialogue.id, topicId: 't7', statusComment: 'COMMENT: signed up', origin: { by: 'Kari', sourceId: 'm2' } });
    expect(await exchange.takeIn(dialogue.id, { add: [conclusion, plan], update: [], dialogueChanges: { counterpartDialogueId: 'm' } })).toBe('done');
    const stored = await itemTable(db).toArray();
    expect(JSON.stringify(stored)).not.toMatch(/CONCLUDED|PLANNED|COMMENT/);
    const opened = await Promise.all(stored.map((item) => unsealItem(key, item)));
    expect(opened.map((item) => item.text).sort()).toEqual(['CONCLUDED: forty per cent', 'PLANNED: pedagogy course']);
    expect((await db.dialogues.get(dialogue.id))!.counterpartDialogueId).toBe('m');
  });

  it('writes nothing while locked (no key to seal with)', async () => {
    const db = await freshDatabase();
    const { connection } = await openConnection(db);
    const exchange = createExchange({ connection, lock: lockStub('locked'), flushDrafts: async () => undefined });
    const dialogue = await createDialogue(db, sampleDialogueInput());
    const point = buildItem({ kind: 'point', dialogueId: dialogue.id, topicId: 't3', text: 'words', origin: { by: 'Kari', sourceId: 'm1' } });
    expect(await exchange.takeIn(dialogue.id, { add: [point], update: [], dialogueChanges: {} })).toBe('failed');
    expect(await itemTable(db).count()).toBe(0);
  });
});
