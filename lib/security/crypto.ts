/**
 * Passphrase encryption (WebCrypto): AES-256-GCM with a key derived by PBKDF2-SHA-256. Used by the optional
 * lock (note text at rest), by encrypted backups and by protected files for the other party. Keys are
 * non-extractable CryptoKeys; only the open lock also keeps its key's bytes, for a closing panel (see below).
 */
export const PBKDF2_ITERATIONS = 600_000;

export interface Sealed {
  iv: string;
  data: string;
}

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export const randomBytes = (length: number): Uint8Array<ArrayBuffer> => crypto.getRandomValues(new Uint8Array(length));

export async function deriveKey(passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations: number = PBKDF2_ITERATIONS): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, material, { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
}

/**
 * The lock's key as a CryptoKey and as its 32 bytes (the same key as `deriveKey`'s). The bytes let a closing panel
 * seal its last words synchronously (`sealNow`, lib/security/lock.ts): a page that is going away cannot wait for WebCrypto.
 * Kept only while the lock is open, and zeroed when it closes.
 */
export async function deriveKeyMaterial(passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations: number = PBKDF2_ITERATIONS): Promise<{ key: CryptoKey; bytes: Uint8Array }> {
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveBits']);
  const bytes = new Uint8Array(await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, material, 256));
  const key = await crypto.subtle.importKey('raw', bytes, { name: 'AES-GCM' }, false, ['encrypt', 'decrypt']);
  return { key, bytes };
}

export async function seal(key: CryptoKey, plaintext: string, iv: Uint8Array<ArrayBuffer> = randomBytes(12)): Promise<Sealed> {
  const data = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, new TextEncoder().encode(plaintext));
  return { iv: toBase64(iv), data: toBase64(new Uint8Array(data)) };
}

/** The plaintext, or an error when the key is wrong or a byte of the ciphertext was changed (GCM's tag). */
export async function open(key: CryptoKey, sealed: Sealed): Promise<string> {
  const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: fromBase64(sealed.iv) }, key, fromBase64(sealed.data));
  return new TextDecoder('utf-8', { fatal: true }).decode(plain);
}
