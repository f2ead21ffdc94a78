import { randomBytes } from 'node:crypto';

/** 256 random bits, base64url: what a feed URL carries, and all it takes to read the feed. */
export function newFeedToken(): string {
  return randomBytes(32).toString('base64url');
}

const TOKEN = /^[A-Za-z0-9_-]{43}$/;

/** The token of a feed file name (`<token>.ics`); undefined for anything that cannot be one. */
export function tokenOfFile(file: string): string | undefined {
  if (!file.endsWith('.ics')) return undefined;
  const token = file.slice(0, -'.ics'.length);
  return TOKEN.test(token) ? token : undefined;
}
