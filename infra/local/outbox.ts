import { readFile } from 'node:fs/promises';

/** One e-mail cognito-local would have sent (written by engines/cognito-launcher.cjs). */
export interface OutboxEntry {
  at: string;
  to: string;
  username?: string;
  code?: string;
  subject?: string;
  body?: string;
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
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as OutboxEntry)
    .reverse();
}
