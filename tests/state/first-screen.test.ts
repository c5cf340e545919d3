import { describe, expect, it, vi } from 'vitest';
import { buildDialogue } from '../../lib/domain/new-dialogue';
import { createFirstScreen, type FirstScreenRecords } from '../../lib/state/first-screen';
import { freshDatabase, sampleDialogueInput } from '../helpers';
import { openConnection, until } from './slice-helpers';

function handlers() {
  return { ownDialogues: vi.fn(), guideRecords: vi.fn(), preferences: vi.fn() };
}

describe('the first-screen slice', () => {
  it('draws a remembered first screen at once, and holds the database back until it is drawn', async () => {
    const db = await freshDatabase();
    const { connection, problems } = await openConnection(db);
    const remembered: FirstScreenRecords = { ownDialogues: [buildDialogue(sampleDialogueInput())], guideRecords: [], preferences: { myName: 'Ola' } };
    const show = handlers();
    const firstScreen = createFirstScreen({ connection, problems, show, memory: { load: () => remembered, save: vi.fn() } });
    expect(firstScreen.showRemembered()).toBe(true);
    expect(show.ownDialogues).toHaveBeenCalledWith(remembered.ownDialogues);
    expect(show.preferences).toHaveBeenCalledWith({ myName: 'Ola' });
    let drawn = false;
    void firstScreen.drawn().then(() => (drawn = true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(drawn).toBe(false);
    firstScreen.drawnNow();
    await until(() => drawn);
  });

  it('has nothing to draw without memory, and does not hold the database back', async () => {
    const db = await freshDatabase();
    const { connection, problems } = await openConnection(db);
    const firstScreen = createFirstScreen({ connection, problems, show: handlers() });
    expect(firstScreen.showRemembered()).toBe(false);
    await firstScreen.drawn();
  });

  it('shows the database’s answers and remembers them for the next panel', async () => {
    const db = await freshDatabase();
    const dialogue = buildDialogue(sampleDialogueInput());
    await db.dialogues.add(dialogue);
    const { connection, problems } = await openConnection(db);
    const save = vi.fn();
    const show = handlers();
    const firstScreen = createFirstScreen({ connection, problems, show, memory: { load: () => null, save } });
    await firstScreen.watch();
    expect(show.ownDialogues).toHaveBeenCalledWith([dialogue]);
    expect(show.preferences).toHaveBeenCalledWith(null);
    await until(() => save.mock.calls.length > 0);
    expect(save).toHaveBeenCalledWith({ ownDialogues: [dialogue], guideRecords: [], preferences: null });
    firstScreen.stop();
  });

  it('remembers nothing from a read-only database (a newer Samtale owns it)', async () => {
    const db = await freshDatabase();
    const { connection, problems } = await openConnection(db, true);
    const save = vi.fn();
    const firstScreen = createFirstScreen({ connection, problems, show: handlers(), memory: { load: () => null, save } });
    await firstScreen.watch();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(save).not.toHaveBeenCalled();
    firstScreen.stop();
  });
});
