import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { addressBucket, clientAddress, NO_CLIENT_ADDRESS } from './client-address.ts';

const app = new Hono().get('/', (c) => c.text(clientAddress(c)));
const seen = async (env?: unknown, headers: Record<string, string> = {}) =>
  (await app.request('/', { headers }, env as never)).text();

describe('clientAddress', () => {
  it('reads API Gateway’s source IP in Lambda and the socket peer locally', async () => {
    expect(await seen({ event: { requestContext: { http: { sourceIp: '203.0.113.7' } } } })).toBe('203.0.113.7');
    expect(await seen({ incoming: { socket: { remoteAddress: '::ffff:127.0.0.1' } } })).toBe('127.0.0.1');
  });

  it('never trusts X-Forwarded-For or similar headers', async () => {
    const spoofed = { 'x-forwarded-for': '198.51.100.1', 'x-real-ip': '198.51.100.2', forwarded: 'for=198.51.100.3' };
    expect(await seen(undefined, spoofed)).toBe(NO_CLIENT_ADDRESS);
    expect(await seen({ incoming: { socket: { remoteAddress: '127.0.0.1' } } }, spoofed)).toBe('127.0.0.1');
  });
});

describe('addressBucket', () => {
  it('groups IPv6 by /64 and keeps IPv4 as is', () => {
    expect(addressBucket('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(addressBucket('2001:0DB8:0001:0002:ffff:1:2:3')).toBe('2001:db8:1:2::/64');
    expect(addressBucket('::1')).toBe('0:0:0:0::/64');
    expect(addressBucket('192.0.2.10')).toBe('192.0.2.10');
  });
});
