import { createCipheriv, pbkdf2Sync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { deriveKey, fromBase64, open, seal, toBase64 } from '../../lib/security/crypto';

/** The reference: Node's own OpenSSL-based implementation of the same algorithms. */
function referenceSeal(passphrase: string, salt: Buffer, iterations: number, iv: Buffer, plaintext: string): string {
  const key = pbkdf2Sync(passphrase.normalize('NFC'), salt, iterations, 32, 'sha256');
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return Buffer.concat([body, cipher.getAuthTag()]).toString('base64');
}

const salt = Buffer.from('000102030405060708090a0b0c0d0e0f', 'hex');
const iv = Buffer.from('cafebabefacedbaddecaf888', 'hex');

describe('passphrase encryption', () => {
  it('derives PBKDF2-SHA-256 as RFC 7914 says (passwd/salt, 1 iteration)', () => {
    // The published vector checks the reference the other tests rely on.
    expect(pbkdf2Sync('passwd', 'salt', 1, 64, 'sha256').toString('hex')).toBe(
      '55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc49ca9cccf179b645991664b39d77ef317c71b845b1e30bd509112041d3a19783',
    );
  });

  it.each([
    ['ASCII', 'My private note about the budget.'],
    ['accented', 'Lønnssamtale: æøå ÆØÅ – «sitat» é ü'],
    ['emoji', 'Feeling 😬 about the reorganisation 🏢👩‍💼'],
    ['empty', ''],
  ])('seals %s text exactly as the reference implementation, and opens it again', async (_, text) => {
    const key = await deriveKey('correct horse battery staple', new Uint8Array(salt), 1000);
    const sealed = await seal(key, text, new Uint8Array(iv));
    expect(sealed.data).toBe(referenceSeal('correct horse battery staple', salt, 1000, iv, text));
    expect(await open(key, sealed)).toBe(text);
  });

  it('refuses a wrong passphrase', async () => {
    const sealed = await seal(await deriveKey('right', new Uint8Array(salt), 1000), 'secret');
    await expect(open(await deriveKey('wrong', new Uint8Array(salt), 1000), sealed)).rejects.toThrow();
  });

  it('refuses a flipped or an appended ciphertext byte', async () => {
    const key = await deriveKey('pass', new Uint8Array(salt), 1000);
    const sealed = await seal(key, 'secret note');
    const bytes = fromBase64(sealed.data);
    for (let i = 0; i < bytes.length; i++) {
      const flipped = bytes.slice();
      flipped[i]! ^= 0x01;
      await expect(open(key, { ...sealed, data: toBase64(flipped) })).rejects.toThrow();
    }
    await expect(open(key, { ...sealed, data: toBase64(new Uint8Array([...bytes, 0])) })).rejects.toThrow();
  });

  it('uses a fresh IV each time, so the same text never seals the same way twice', async () => {
    const key = await deriveKey('pass', new Uint8Array(salt), 1000);
    const [a, b] = await Promise.all([seal(key, 'same'), seal(key, 'same')]);
    expect(a.iv).not.toBe(b.iv);
    expect(a.data).not.toBe(b.data);
  });
});
