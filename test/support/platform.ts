/**
 * Helpers for integration and end-to-end tests, on top of the engines started by test/support/global-setup.ts.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { inject } from 'vitest';
import { ensureTable, ensureUserPool, localConfig } from '../../infra/local/bootstrap.ts';
import { type OutboxEntry, parseOutbox } from '../../infra/local/outbox.ts';
import type { PlatformConfig } from '../../shared/config/env.ts';

/** A table name nobody else uses: every test file works on its own table. */
export function uniqueTableName(prefix = 'test'): string {
  return `${prefix}-${Date.now().toString(36)}-${randomBytes(4).toString('hex')}`;
}

/**
 * Creates a fresh, uniquely named table (with its index and TTL) in a database of its own on the shared DynamoDB
 * Local and a user pool of its own on the shared cognito-local, and returns the PlatformConfig for them. Call it once
 * per test file (beforeAll).
 */
export async function testConfig(
  options: { tablePrefix?: string; ownUserPool?: boolean } = {},
): Promise<PlatformConfig> {
  const tableName = uniqueTableName(options.tablePrefix);
  const dynamoEndpoint = inject('dynamoEndpoint');
  const cognitoEndpoint = inject('cognitoEndpoint');
  // The engine runs without -sharedDb, so a key of its own is a database of its own. In one database, every write
  // and every DescribeTable scanned the stream records of all tables so far (DynamoDB Local indexes them by sequence
  // number only): a put on a new table took 20 ms after 20,000 records elsewhere, 4 ms alone.
  const dynamoAccessKeyId = `test${randomBytes(8).toString('hex')}`; // letters and digits only, as the engine insists
  await ensureTable(dynamoEndpoint, tableName, dynamoAccessKeyId);
  // A pool of its own unless asked for the shared one: cognito-local rewrites a pool's whole JSON
  // file on every write (each sign-in records a refresh token), 6 ms at 200 accounts and 74 ms at
  // 3,000, so in one pool every file paid for the accounts of all the others; a group's member
  // list (the admin page) also grew with them. Making a pool takes a few calls.
  const pool =
    (options.ownUserPool ?? true)
      ? await ensureUserPool(cognitoEndpoint, path.join(os.tmpdir(), `qh-pool-${randomBytes(6).toString('hex')}.json`))
      : { userPoolId: inject('userPoolId'), clientId: inject('clientId') };
  return localConfig({
    tableName,
    dynamoEndpoint,
    dynamoAccessKeyId,
    cognitoEndpoint,
    userPoolId: pool.userPoolId,
    clientId: pool.clientId,
    region: inject('region'),
  });
}

export type { OutboxEntry };

/** All entries, oldest first; [] when nothing was sent yet. */
export function readOutbox(outboxFile: string): OutboxEntry[] {
  try {
    return parseOutbox(fs.readFileSync(outboxFile, 'utf8'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/**
 * The code of the newest message to `email` (optionally of one kind, e.g. 'ForgotPassword'). Throws when there is
 * none. cognito-local writes the message before SignUp/ForgotPassword answers, so no waiting is needed.
 */
export function latestCode(outboxFile: string, email: string, kind?: string): string {
  const wanted = email.toLowerCase();
  const entry = readOutbox(outboxFile)
    .filter((e) => e.code && e.to.toLowerCase() === wanted && (kind === undefined || e.kind === kind))
    .at(-1);
  if (!entry) throw new Error(`No ${kind ?? ''} message to ${email} in the outbox ${outboxFile}`.replace('  ', ' '));
  return entry.code ?? '';
}
