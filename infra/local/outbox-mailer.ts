import { appendFile } from 'node:fs/promises';
import type { Mailer, MailMessage } from '../../shared/mail/mailer.ts';
import type { OutboxEntry } from './outbox.ts';

/**
 * The local platform's mailer: appends each message to the outbox file (JSON lines, the same
 * file cognito-local's codes go to), shown on /dev/outbox. One `appendFile` per message, so a
 * reader never sees half of one (parseOutbox skips an incomplete last line anyway).
 */
export class OutboxMailer implements Mailer {
  constructor(
    private readonly outboxFile: string,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async send(message: MailMessage): Promise<void> {
    const entry: OutboxEntry = {
      at: this.clock().toISOString(),
      to: message.to,
      username: '',
      kind: message.kind,
      subject: message.subject,
      body: message.text,
      ...(message.html !== undefined && { html: message.html }),
    };
    await appendFile(this.outboxFile, `${JSON.stringify(entry)}\n`, 'utf8');
  }
}
