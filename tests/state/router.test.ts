import { describe, expect, it, vi } from 'vitest';
import { createRouter, type Route } from '../../lib/state/router';

function router(remembered: Route | null = null, shown = true) {
  const saved: Route[] = [];
  const showDialogue = vi.fn();
  const created = createRouter({ viewMemory: { load: () => remembered, save: (route) => saved.push(route) }, showDialogue, dialogueShown: () => shown });
  return { ...created, saved, showDialogue };
}

describe('the router slice', () => {
  it('starts where the last panel was, or at home', () => {
    expect(router().route.value).toEqual({ name: 'home' });
    expect(router({ name: 'settings' }).route.value).toEqual({ name: 'settings' });
  });

  it('remembers every move, and shows a dialogue only when the route moves to another', () => {
    const { navigate, saved, showDialogue } = router();
    navigate({ name: 'dialogue', dialogueId: 'd1', topicIndex: 0 });
    navigate({ name: 'dialogue', dialogueId: 'd1', topicIndex: 3 });
    navigate({ name: 'export', dialogueId: 'd1', topicIndex: 3 });
    navigate({ name: 'settings' });
    expect(saved).toHaveLength(4);
    expect(showDialogue.mock.calls).toEqual([['d1'], [null]]);
  });

  it('asks again for a dialogue routed to but not yet shown', () => {
    const { navigate, showDialogue } = router({ name: 'dialogue', dialogueId: 'd1', topicIndex: 0 }, false);
    navigate({ name: 'dialogue', dialogueId: 'd1', topicIndex: 1 });
    expect(showDialogue).toHaveBeenCalledWith('d1');
  });

  it.each<[Route, { dialogueId?: string; personId?: string }, boolean]>([
    [{ name: 'dialogue', dialogueId: 'd1', topicIndex: 0 }, { dialogueId: 'd1' }, true],
    [{ name: 'dialogue', dialogueId: 'd2', topicIndex: 0 }, { dialogueId: 'd1' }, false],
    [{ name: 'person', personId: 'p1' }, { personId: 'p1' }, true],
    [{ name: 'planDialogue', personId: 'p1' }, { personId: 'p1' }, true],
    [{ name: 'people' }, { personId: 'p1' }, false],
  ])('leaves %o when %o goes: %s', (from, gone, leaves) => {
    const { route, leave } = router(from);
    leave(gone, { name: 'home' });
    expect(route.value).toEqual(leaves ? { name: 'home' } : from);
  });
});
