import { SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';
import { ServiceUnavailableError } from '../errors/index.ts';
import type { Mailer, MailMessage } from './mailer.ts';

export interface SesMailerOptions {
  region: string;
  /** The verified sender identity, e.g. `Quartiershilfe <noreply@quartiershilfe.example>`. */
  from: string;
  /** SES configuration set: bounce and complaint handling, sending metrics. */
  configurationSet?: string | undefined;
}

/** E-mail through SES v2 (simple content: SES builds the MIME message). */
export class SesMailer implements Mailer {
  private readonly client: SESv2Client;

  constructor(private readonly options: SesMailerOptions) {
    // Bounded: a slow SES must not hold a request past the function's timeout.
    this.client = new SESv2Client({
      region: options.region,
      maxAttempts: 2,
      requestHandler: { connectionTimeout: 1_000, requestTimeout: 3_000 },
    });
  }

  async send(message: MailMessage): Promise<void> {
    const charset = 'UTF-8';
    try {
      await this.client.send(
        new SendEmailCommand({
          FromEmailAddress: this.options.from,
          Destination: { ToAddresses: [message.to] },
          ConfigurationSetName: this.options.configurationSet,
          Content: {
            Simple: {
              Subject: { Data: message.subject, Charset: charset },
              Body: {
                Text: { Data: message.text, Charset: charset },
                ...(message.html !== undefined && { Html: { Data: message.html, Charset: charset } }),
              },
            },
          },
          EmailTags: [{ Name: 'kind', Value: message.kind.replace(/[^A-Za-z0-9_-]/g, '_') }],
        }),
      );
    } catch (error) {
      throw new ServiceUnavailableError('E-mail', 30, { cause: error });
    }
  }
}
