import { readFile } from 'node:fs/promises';

/**
 * One e-mail the platform would have sent: cognito-local's codes (written by
 * engines/cognito-launcher.cjs) and the platform's own mail (outbox-mailer.ts, which adds the
 * whole MIME message and its headers).
 */
export interface OutboxEntry {
  /** ISO time */
  at: string;
  /** The e-mail address it went to. */
  to: string;
  /** Cognito's username (the sub in our pool, which signs in by e-mail). */
  username: string;
  /** Confirmation or reset code; the temporary password for AdminCreateUser; none for notices. */
  code?: string;
  /** SignUp, ForgotPassword, AdminCreateUser, … */
  kind?: string;
  subject?: string;
  body?: string;
  /** The HTML part of platform e-mails (see outbox-mailer.ts), or Cognito's message as its CustomMessage trigger wrote it. */
  html?: string;
  /** Platform e-mails: the notification's id (delivery key), when it has one. */
  id?: string;
  /** Platform e-mails: the top-level headers as sent (From, To, Subject, Date, Message-ID, List-Unsubscribe, …). */
  headers?: Record<string, string>;
  /** Platform e-mails: the whole RFC 5322 message, as SES would get it. */
  raw?: string;
}

/** Entries oldest first; a half-written last line (being appended right now) is skipped. */
export function parseOutbox(text: string): OutboxEntry[] {
  const entries: OutboxEntry[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    try {
      entries.push(JSON.parse(line) as OutboxEntry);
    } catch {
      // incomplete line
    }
  }
  return entries;
}

/** All entries, newest first; a missing file is an empty outbox. */
export async function readOutbox(file: string): Promise<OutboxEntry[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  return parseOutbox(text).reverse();
}
