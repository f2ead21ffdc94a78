import type { SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';
import { describe, expect, it } from 'vitest';
import { ServiceUnavailableError } from '../errors/index.ts';
import { SesMailer } from './ses-mailer.ts';

const NOW = new Date('2026-12-08T10:00:00Z');
const message = {
  to: 'amina@example.org',
  subject: 'Neues Angebot: Hausaufgabenhilfe',
  text: 'Hallo',
  html: '<p>Hallo</p>',
  kind: 'offerReceived',
  id: 'event#1',
  language: 'de',
  unsubscribeUrl: 'https://q.example/unsubscribe?token=t&kind=offerReceived',
};

function fakeSes(fail?: Error) {
  const sent: SendEmailCommand[] = [];
  const client = {
    send: async (command: SendEmailCommand) => {
      if (fail) throw fail;
      sent.push(command);
      return {};
    },
  } as unknown as Pick<SESv2Client, 'send'>;
  return { client, sent };
}

describe('SesMailer', () => {
  it('sends the raw MIME message with the configuration set and the kind tag', async () => {
    const ses = fakeSes();
    const mailer = new SesMailer({
      region: 'eu-central-1',
      from: 'Quartiershilfe <noreply@q.example>',
      configurationSet: 'qh-mail',
      clock: () => NOW,
      client: ses.client,
    });
    await mailer.send(message);
    const input = ses.sent[0]?.input;
    expect(input?.ConfigurationSetName).toBe('qh-mail');
    expect(input?.EmailTags).toEqual([{ Name: 'kind', Value: 'offerReceived' }]);
    expect(input?.Destination?.ToAddresses).toEqual(['amina@example.org']);
    expect(input?.Content?.Simple).toBeUndefined();
    const raw = new TextDecoder().decode(input?.Content?.Raw?.Data);
    expect(raw).toContain('\r\nList-Unsubscribe: <https://q.example/unsubscribe?token=t&kind=offerReceived>\r\n');
    expect(raw).toContain('\r\nList-Unsubscribe-Post: List-Unsubscribe=One-Click\r\n');
    expect(raw).toContain('Date: Tue, 08 Dec 2026 10:00:00 +0000\r\n');
    expect(raw).toMatch(/Content-Type: multipart\/alternative/);
  });

  it('turns a failure of SES into ServiceUnavailableError', async () => {
    const ses = fakeSes(new Error('Throttling'));
    const mailer = new SesMailer({ region: 'eu-central-1', from: 'noreply@q.example', client: ses.client });
    await expect(mailer.send(message)).rejects.toBeInstanceOf(ServiceUnavailableError);
  });

  it('keeps its own client bounded (timeouts, two attempts)', async () => {
    const mailer = new SesMailer({ region: 'eu-central-1', from: 'noreply@q.example' });
    const client = (mailer as unknown as { client: SESv2Client }).client;
    expect(await client.config.maxAttempts()).toBe(2);
  });
});
