import { readFile } from 'node:fs/promises';

/** One e-mail cognito-local would have sent (written by engines/cognito-launcher.cjs). */
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
  /** The HTML part of platform e-mails (see outbox-mailer.ts). */
  html?: string;
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
