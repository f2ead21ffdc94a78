import { SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';
import { ServiceUnavailableError } from '../errors/index.ts';
import type { Mailer, MailMessage } from './mailer.ts';
import { buildMime } from './mime.ts';

export interface SesMailerOptions {
  region: string;
  /** The verified sender identity, e.g. `Quartiershilfe <noreply@quartiershilfe.example>`. */
  from: string;
  /** SES configuration set: bounce and complaint handling, sending metrics. */
  configurationSet?: string | undefined;
  /** The Date header's clock. */
  clock?: () => Date;
  /** Tests pass a stand-in; otherwise a bounded client of its own. */
  client?: Pick<SESv2Client, 'send'>;
}

/**
 * E-mail through SES v2 as a raw MIME message (mime.ts): SES's simple content cannot carry the
 * List-Unsubscribe headers, a Message-ID of ours or Content-Language.
 */
export class SesMailer implements Mailer {
  private readonly client: Pick<SESv2Client, 'send'>;

  constructor(private readonly options: SesMailerOptions) {
    // Bounded: a slow SES must not hold a request past the function's timeout.
    this.client =
      options.client ??
      new SESv2Client({
        region: options.region,
        maxAttempts: 2,
        requestHandler: { connectionTimeout: 1_000, requestTimeout: 3_000 },
      });
  }

  async send(message: MailMessage): Promise<void> {
    // Built before the try: a message that cannot be built is a bug to see, not an outage.
    const { raw } = buildMime(message, { from: this.options.from, date: (this.options.clock ?? (() => new Date()))() });
    try {
      await this.client.send(
        new SendEmailCommand({
          FromEmailAddress: this.options.from,
          Destination: { ToAddresses: [message.to] },
          ConfigurationSetName: this.options.configurationSet,
          Content: { Raw: { Data: new TextEncoder().encode(raw) } },
          EmailTags: [{ Name: 'kind', Value: message.kind.replace(/[^A-Za-z0-9_-]/g, '_') }],
        }),
      );
    } catch (error) {
      throw new ServiceUnavailableError('E-mail', 30, { cause: error });
    }
  }
}
