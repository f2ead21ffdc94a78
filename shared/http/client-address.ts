import type { Context } from 'hono';

/**
 * The address used when the runtime gives none: `app.request()` in tests. Every such request
 * shares it, as one client would.
 */
export const NO_CLIENT_ADDRESS = 'unknown';

/** Expands an IPv6 address to its eight groups (`::` filled with zeros). */
function ipv6Groups(address: string): string[] | undefined {
  const [head = '', tail, extra] = address.split('::');
  if (extra !== undefined) return undefined;
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const missing = 8 - left.length - right.length;
  if (tail === undefined ? missing !== 0 : missing < 0) return undefined;
  return [...left, ...Array<string>(tail === undefined ? 0 : missing).fill('0'), ...right];
}

/**
 * One throttling bucket per client: an IPv4 address as is (IPv4-mapped IPv6 unwrapped), an IPv6
 * address by its /64 prefix — one subscriber usually holds a whole /64.
 */
export function addressBucket(address: string): string {
  const bare = address.trim().toLowerCase().replace(/%.*$/, '');
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(bare);
  if (mapped?.[1]) return mapped[1];
  if (!bare.includes(':')) return bare;
  const groups = ipv6Groups(bare);
  if (!groups) return bare;
  return `${groups
    .slice(0, 4)
    .map((group) => Number.parseInt(group, 16).toString(16))
    .join(':')}::/64`;
}

/**
 * The client's address as the platform saw it — never a header the client controls
 * (X-Forwarded-For can be anything): in Lambda API Gateway's `requestContext.http.sourceIp`
 * (hono/aws-lambda puts the event on `c.env`), locally the socket's peer (@hono/node-server puts
 * the request on `c.env.incoming`), else {@link NO_CLIENT_ADDRESS}.
 */
export function clientAddress(c: Context): string {
  const env = c.env as
    | {
        event?: { requestContext?: { http?: { sourceIp?: unknown } } };
        incoming?: { socket?: { remoteAddress?: unknown } };
      }
    | undefined;
  const sourceIp = env?.event?.requestContext?.http?.sourceIp;
  if (typeof sourceIp === 'string' && sourceIp) return addressBucket(sourceIp);
  const peer = env?.incoming?.socket?.remoteAddress;
  if (typeof peer === 'string' && peer) return addressBucket(peer);
  return NO_CLIENT_ADDRESS;
}
