import { describe, expect, it } from 'vitest';
import type { MailMessage } from './mailer.ts';
import { buildMime, MailHeaderError } from './mime.ts';

/**
 * A small, independent reader of what buildMime writes (RFC 5322 + MIME): unfolds headers,
 * decodes RFC 2047 words, splits multipart bodies by their boundary and decodes base64 parts.
 */
interface Parsed {
  headers: Map<string, string>;
  body: string;
}

function decodeWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?utf-8\?b\?([^?]*)\?=/gi, (_, data: string) => Buffer.from(data, 'base64').toString('utf8'));
}

function parseEntity(text: string): Parsed {
  const split = text.indexOf('\r\n\r\n');
  expect(split).toBeGreaterThan(0);
  const head = text.slice(0, split).replace(/\r\n[ \t]/g, ' ');
  const headers = new Map<string, string>();
  for (const line of head.split('\r\n')) {
    const colon = line.indexOf(':');
    expect(colon, line).toBeGreaterThan(0);
    headers.set(line.slice(0, colon).toLowerCase(), line.slice(colon + 1).trim());
  }
  return { headers, body: text.slice(split + 4) };
}

function parts(entity: Parsed): Parsed[] {
  const boundary = /boundary="?([^";]+)"?/.exec(entity.headers.get('content-type') ?? '')?.[1];
  if (!boundary) throw new Error('not multipart');
  const sections = entity.body.split(`--${boundary}`);
  expect(sections.at(-1)?.trim()).toBe('--');
  return sections.slice(1, -1).map((section) => parseEntity(section.replace(/^\r\n/, '').replace(/\r\n$/, '')));
}

function decodePart(part: Parsed): string {
  expect(part.headers.get('content-transfer-encoding')).toBe('base64');
  for (const line of part.body.split('\r\n')) expect(line.length).toBeLessThanOrEqual(76);
  return Buffer.from(part.body.replace(/\r\n/g, ''), 'base64').toString('utf8');
}

const FROM = 'Quartiershilfe <noreply@mail.quartiershilfe.example>';
const DATE = new Date('2026-12-08T10:00:00Z');
const message = (extra: Partial<MailMessage> = {}): MailMessage => ({
  to: 'amina@example.org',
  subject: 'Einladung: Hausaufgabenhilfe für Kinder – Nordstadt',
  text: 'Guten Tag Amina,\n\nbitte antworten Sie: https://quartiershilfe.example/dashboard#need-1\n',
  html: '<!doctype html><html lang="de"><body><p>Grüße &amp; Dank</p></body></html>',
  kind: 'invitation',
  id: 'NEED#1#EVENT#2026-12-01#invite#abc/volunteer-1',
  language: 'de',
  ...extra,
});

describe('buildMime', () => {
  it('writes the headers and a text + HTML alternative that read back as given', () => {
    const { raw, headers } = buildMime(message(), { from: FROM, date: DATE });
    expect(raw).not.toMatch(/[^\r]\n/); // CRLF line ends only
    expect(raw).not.toMatch(/[^\x20-\x7e\r\n\t]/); // 7-bit on the wire
    for (const line of raw.split('\r\n')) expect(line.length).toBeLessThanOrEqual(998);

    const mail = parseEntity(raw);
    expect(mail.headers.get('from')).toMatch(/<noreply@mail\.quartiershilfe\.example>$/);
    expect(decodeWords(mail.headers.get('from') ?? '')).toBe(FROM);
    expect(mail.headers.get('to')).toBe('<amina@example.org>');
    expect(decodeWords(mail.headers.get('subject') ?? '')).toBe('Einladung: Hausaufgabenhilfe für Kinder – Nordstadt');
    expect(mail.headers.get('date')).toBe('Tue, 08 Dec 2026 10:00:00 +0000');
    expect(mail.headers.get('message-id')).toMatch(/^<[0-9a-f]{32}@mail\.quartiershilfe\.example>$/);
    expect(mail.headers.get('message-id')).not.toContain('volunteer-1');
    expect(mail.headers.get('mime-version')).toBe('1.0');
    expect(mail.headers.get('content-language')).toBe('de');
    expect(mail.headers.has('list-unsubscribe')).toBe(false);
    expect(mail.headers.get('content-type')).toMatch(/^multipart\/alternative;/);

    const [text, html, ...rest] = parts(mail);
    expect(rest).toEqual([]);
    expect(text?.headers.get('content-type')).toBe('text/plain; charset=UTF-8');
    expect(decodePart(text as Parsed)).toBe(message().text);
    expect(html?.headers.get('content-type')).toBe('text/html; charset=UTF-8');
    expect(decodePart(html as Parsed)).toBe(message().html);
    expect(headers).toMatchObject({ To: 'amina@example.org', Subject: message().subject, 'Content-Language': 'de' });
  });

  it('keeps the Message-ID of a notification across sends, and makes a new one for mail without an id', () => {
    const once = parseEntity(buildMime(message(), { from: FROM, date: DATE }).raw).headers.get('message-id');
    const again = parseEntity(buildMime(message(), { from: FROM, date: DATE }).raw).headers.get('message-id');
    expect(again).toBe(once);
    const other = parseEntity(buildMime(message({ id: 'other' }), { from: FROM, date: DATE }).raw);
    expect(other.headers.get('message-id')).not.toBe(once);
    const a = parseEntity(buildMime(message({ id: undefined }), { from: FROM, date: DATE }).raw);
    const b = parseEntity(buildMime(message({ id: undefined }), { from: FROM, date: DATE }).raw);
    expect(a.headers.get('message-id')).not.toBe(b.headers.get('message-id'));
  });

  it('adds the one-click unsubscribe headers (RFC 8058) for optional notifications', () => {
    const url = 'https://quartiershilfe.example/unsubscribe?token=abc&kind=offerReceived';
    const mail = parseEntity(buildMime(message({ unsubscribeUrl: url }), { from: FROM, date: DATE }).raw);
    expect(mail.headers.get('list-unsubscribe')).toBe(`<${url}>`);
    expect(mail.headers.get('list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
  });

  it('writes a text-only message as a single text part', () => {
    const mail = parseEntity(
      buildMime(message({ html: undefined, language: undefined }), { from: FROM, date: DATE }).raw,
    );
    expect(mail.headers.get('content-type')).toBe('text/plain; charset=UTF-8');
    expect(mail.headers.has('content-language')).toBe(false);
    expect(decodePart(mail)).toBe(message().text);
  });

  it('folds a long subject into encoded-words of at most 75 characters', () => {
    const subject = `Erinnerung: ${'Sprachcafé mit Übersetzung für Familien '.repeat(4)}`.trim();
    const { raw } = buildMime(message({ subject }), { from: FROM, date: DATE });
    const folded = raw.slice(raw.indexOf('Subject:'), raw.indexOf('\r\n', raw.indexOf('Subject:')) + 200);
    for (const word of folded.match(/=\?UTF-8\?B\?[^?]*\?=/g) ?? []) expect(word.length).toBeLessThanOrEqual(75);
    expect(decodeWords(parseEntity(raw).headers.get('subject') ?? '')).toBe(subject);
  });

  it('never lets a hostile subject add a header: line breaks become spaces', () => {
    const hostile = 'Einladung\r\nBcc: everyone@example.org\r\n\r\n<script>x</script>\nX-Evil: 1';
    const { raw, headers } = buildMime(message({ subject: hostile }), { from: FROM, date: DATE });
    const mail = parseEntity(raw);
    expect(mail.headers.has('bcc')).toBe(false);
    expect(mail.headers.has('x-evil')).toBe(false);
    const subject = decodeWords(mail.headers.get('subject') ?? '');
    expect(subject).toBe('Einladung Bcc: everyone@example.org <script>x</script> X-Evil: 1');
    expect(headers.Subject).not.toMatch(/[\r\n]/);
    expect(raw.slice(0, raw.indexOf('\r\n\r\n'))).not.toMatch(/^(Bcc|X-Evil):/im);
  });

  it('refuses a recipient, sender, unsubscribe URL or language that would break or bend a header', () => {
    const build =
      (extra: Partial<MailMessage>, from = FROM) =>
      () =>
        buildMime(message(extra), { from, date: DATE });
    expect(build({ to: 'amina@example.org\r\nBcc: x@example.org' })).toThrow(MailHeaderError);
    expect(build({ to: 'amina@example.org, other@example.org' })).toThrow(MailHeaderError);
    expect(build({ to: 'Amina <amina@example.org>' })).toThrow(MailHeaderError);
    expect(build({ unsubscribeUrl: 'https://q.example/u?t=1\r\nBcc: x@example.org' })).toThrow(MailHeaderError);
    expect(build({ unsubscribeUrl: 'https://q.example/u?t=1>, <mailto:x@example.org' })).toThrow(MailHeaderError);
    expect(build({ unsubscribeUrl: 'javascript:alert(1)' })).toThrow(MailHeaderError);
    expect(build({ language: 'de\r\nBcc: x@example.org' })).toThrow(MailHeaderError);
    expect(build({}, 'Quartiershilfe\r\nBcc: x <noreply@q.example>')).toThrow(MailHeaderError);
    expect(build({}, 'not an address')).toThrow(MailHeaderError);
  });
});
