import { describe, expect, it } from 'vitest';
import { buildItem } from '../../lib/domain/dialogues';
import { deriveKey, deriveKeyMaterial, open, seal } from '../../lib/security/crypto';
import { sealChanges, sealChangesNow, sealNow, unsealItem } from '../../lib/security/lock';

const salt = new Uint8Array(16).fill(7);

describe('sealing at once, for a closing panel', () => {
  it('derives the same key as the lock, its bytes included', async () => {
    const material = await deriveKeyMaterial('correct horse battery', salt, 1000);
    const sealed = await seal(await deriveKey('correct horse battery', salt, 1000), 'one key');
    expect(await open(material.key, sealed)).toBe('one key');
    expect(material.bytes).toHaveLength(32);
  });

  it.each([
    ['ASCII', 'typed just before closing'],
    ['accented', 'Lønnssamtale: æøå – «sitat»'],
    ['emoji', 'Feeling 😬 🏢👩‍💼'],
    ['long', 'x'.repeat(100_000)],
  ])('seals %s text so that WebCrypto opens it, and refuses a changed byte', async (_, text) => {
    const { key, bytes } = await deriveKeyMaterial('correct horse battery', salt, 1000);
    const sealed = sealNow(bytes, text);
    expect(await open(key, sealed)).toBe(text);
    const flipped = { ...sealed, data: (sealed.data[0] === 'A' ? 'B' : 'A') + sealed.data.slice(1) };
    await expect(open(key, flipped)).rejects.toThrow();
  });

  it('seals an edit as sealChanges does: every word sealed, none in plain text', async () => {
    const { key, bytes } = await deriveKeyMaterial('correct horse battery', salt, 1000);
    const goal = buildItem({ kind: 'goal', dialogueId: 'd', topicId: 't6', text: 'old goal', deadline: null, why: 'because' });
    const now = sealChangesNow(bytes, goal, { text: 'new goal' });
    const later = await sealChanges(key, goal, { text: 'new goal' });
    expect(Object.keys(now).sort()).toEqual(Object.keys(later).sort());
    expect(JSON.stringify(now)).not.toMatch(/goal|because/);
    expect(await unsealItem(key, { ...goal, ...now } as typeof goal)).toMatchObject({ text: 'new goal', why: 'because', sealed: null });
  });
});
