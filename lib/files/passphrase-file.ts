import { z } from '../zod';
import { deriveKey, fromBase64, open, PBKDF2_ITERATIONS, randomBytes, seal, toBase64 } from '../security/crypto';
import { PROTECTED_FORMAT, PROTECTED_VERSION } from './outgoing';

/*
 * A file's content sealed with a passphrase: the one implementation behind an encrypted backup and every file one
 * party sends the other (issue #18: outcomes and updates travel by e-mail). The key derivation and cipher are the
 * lock's (lib/security/crypto.ts); the envelope names them, with the salt and the nonce, beside the ciphertext.
 */

export const PassphraseEnvelopeFields = {
  kdf: z.object({ name: z.literal('PBKDF2'), hash: z.literal('SHA-256'), iterations: z.number().int().min(PBKDF2_ITERATIONS).max(10_000_000), salt: z.base64() }).strict(),
  cipher: z.object({ name: z.literal('AES-GCM'), iv: z.base64() }).strict(),
  data: z.base64(),
};
export type PassphraseEnvelope = z.infer<z.ZodObject<typeof PassphraseEnvelopeFields>>;

/**
 * A passphrase as it seals and opens a file: spaces around it are not part of it (a trailing space typed or pasted
 * by accident made a file nobody could open, issue #29); the key derivation normalizes its characters (NFC).
 */
const passphraseOf = (typed: string): string => typed.trim();

/** Seals a file's text with a key made from the passphrase (a new salt and nonce each time). */
export async function sealWithPassphrase(text: string, passphrase: string): Promise<PassphraseEnvelope> {
  const salt = randomBytes(16);
  const sealed = await seal(await deriveKey(passphraseOf(passphrase), salt), text);
  return { kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: PBKDF2_ITERATIONS, salt: toBase64(salt) }, cipher: { name: 'AES-GCM', iv: sealed.iv }, data: sealed.data };
}

/**
 * The text sealed in an envelope, or null when the passphrase is not the one (or a byte of the file was changed).
 * Tried as sealed now (without spaces around it), then as typed: a file sealed before with spaces still opens.
 */
export async function openWithPassphrase(envelope: PassphraseEnvelope, passphrase: string): Promise<string | null> {
  for (const candidate of new Set([passphraseOf(passphrase), passphrase])) {
    try {
      const key = await deriveKey(candidate, fromBase64(envelope.kdf.salt), envelope.kdf.iterations);
      return await open(key, { iv: envelope.cipher.iv, data: envelope.data });
    } catch {
      // Not this one.
    }
  }
  return null;
}

/** The envelope of a file for the other party; it says what it holds, so that a misdirected one is named unopened. */
export const ProtectedFileSchema = z.object({ format: z.literal(PROTECTED_FORMAT), version: z.literal(PROTECTED_VERSION), contains: z.string().max(40), ...PassphraseEnvelopeFields }).strict();

/** A file's text for the other party, sealed with the passphrase the two agreed on. */
export async function protectedFile(text: string, format: string, passphrase: string): Promise<string> {
  return JSON.stringify({ format: PROTECTED_FORMAT, version: PROTECTED_VERSION, contains: format, ...(await sealWithPassphrase(text, passphrase)) }, null, 2);
}
