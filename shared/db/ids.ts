import { createHash, randomUUID } from 'node:crypto';
import { ValidationError } from '../errors/index.ts';

const KEY = /^[A-Za-z0-9_-]{8,100}$/;

/**
 * The id a create request gets: random, or — when the client sends an idempotency key (the
 * `Idempotency-Key` header, or a key the form rendered) — derived from the caller and the key,
 * so a repeated request names the same object and the conditional create turns it into a read.
 * The result is an RFC 9562 version-8 UUID.
 */
export function idFor(callerId: string, key: string | undefined): string {
  if (key === undefined) return randomUUID();
  if (!KEY.test(key)) {
    throw new ValidationError([
      { path: 'Idempotency-Key', code: 'invalid_key', message: 'Use 8–100 letters, digits, - or _' },
    ]);
  }
  const hex = createHash('sha256').update(`${callerId}\n${key}`).digest('hex').slice(0, 32).split('');
  hex[12] = '8';
  hex[16] = ((Number.parseInt(hex[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
  const h = hex.join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
