import { appendFile } from 'node:fs/promises';
import type { Mailer, MailMessage } from '../../shared/mail/mailer.ts';
import { buildMime } from '../../shared/mail/mime.ts';
import type { OutboxEntry } from './outbox.ts';

/** The local platform's sender (no mail leaves the machine; `.localhost` is never a real domain). */
export const LOCAL_SENDER = 'Quartiershilfe <noreply@quartiershilfe.localhost>';

/**
 * The local platform's mailer: builds the message exactly as SesMailer does (mime.ts) and appends
 * it, with its parts and headers, to the outbox file (JSON lines, the same file cognito-local's
 * codes go to), shown on /dev/outbox. One `appendFile` per message, so a reader never sees half
 * of one (parseOutbox skips an incomplete last line anyway).
 */
export class OutboxMailer implements Mailer {
  constructor(
    private readonly outboxFile: string,
    private readonly clock: () => Date = () => new Date(),
    private readonly from: string = LOCAL_SENDER,
  ) {}

  async send(message: MailMessage): Promise<void> {
    const now = this.clock();
    const mime = buildMime(message, { from: this.from, date: now });
    const entry: OutboxEntry = {
      at: now.toISOString(),
      to: message.to,
      username: '',
      kind: message.kind,
      subject: mime.headers.Subject ?? message.subject,
      body: message.text,
      ...(message.html !== undefined && { html: message.html }),
      ...(message.id !== undefined && { id: message.id }),
      headers: mime.headers,
      raw: mime.raw,
    };
    await appendFile(this.outboxFile, `${JSON.stringify(entry)}\n`, 'utf8');
  }
}
