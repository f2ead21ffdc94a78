import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { MailMessage } from './mailer.ts';

/** A message as it goes on the wire, and its top-level headers as set (for the local outbox). */
export interface MimeMail {
  /** RFC 5322 message, CRLF line ends, 7-bit (parts in base64, subject RFC 2047 encoded). */
  raw: string;
  /** Header name → value, unencoded (the subject as the reader sees it). */
  headers: Record<string, string>;
}

export interface MimeOptions {
  /** The sender, `Name <address>` or a bare address; its domain is the Message-ID's. */
  from: string;
  /** The Date header. */
  date: Date;
}

/** A header value that would break the message (CR/LF: header injection) or is not what it claims. */
export class MailHeaderError extends Error {
  constructor(header: string) {
    super(`Invalid value for the ${header} header`);
    this.name = 'MailHeaderError';
  }
}

const CRLF = '\r\n';

const ADDRESS = /^[^\s<>()[\]\\,;:"@]+@[^\s<>()[\]\\,;:"@]+\.[^\s<>()[\]\\,;:"@]+$/;
const SENDER = /^(?:"?([^\r\n<>"]*?)"?\s*<([^\s<>]+)>|([^\s<>]+))$/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what is refused
const CONTROL = /[\u0000-\u001f\u007f]/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what is replaced
const CONTROLS = /[\u0000-\u001f\u007f]+/g;

function address(header: string, value: string): string {
  if (CONTROL.test(value) || !ADDRESS.test(value)) throw new MailHeaderError(header);
  return value;
}

function sender(value: string): { name: string; addr: string } {
  const match = CONTROL.test(value) ? null : SENDER.exec(value.trim());
  const addr = match?.[2] ?? match?.[3];
  if (!match || !addr) throw new MailHeaderError('From');
  return { name: match[1]?.trim() ?? '', addr: address('From', addr) };
}

function webUrl(header: string, value: string): string {
  if (CONTROL.test(value) || /[\s<>]/.test(value)) throw new MailHeaderError(header);
  const url = new URL(value);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new MailHeaderError(header);
  return value;
}

/** A subject is text we write, but it carries a need's title: line breaks and controls become spaces. */
const oneLine = (value: string) => value.replace(CONTROLS, ' ').replace(/\s+/g, ' ').trim();

/** RFC 2047 encoded-words of at most 75 characters, folded onto continuation lines (a long title). */
function encodeSubject(subject: string): string {
  const words: string[] = [];
  let chunk = '';
  for (const char of subject) {
    // 45 bytes → 60 base64 characters, 72 with the `=?UTF-8?B?…?=` frame.
    if (Buffer.byteLength(chunk + char, 'utf8') > 45) {
      words.push(chunk);
      chunk = '';
    }
    chunk += char;
  }
  if (chunk) words.push(chunk);
  return words.map((word) => `=?UTF-8?B?${Buffer.from(word, 'utf8').toString('base64')}?=`).join(`${CRLF} `);
}

/** Base64 in lines of 76 characters (RFC 2045). */
const base64Lines = (value: string) =>
  (
    Buffer.from(value, 'utf8')
      .toString('base64')
      .match(/.{1,76}/g) ?? []
  ).join(CRLF);

/** RFC 5322 date: `Tue, 08 Dec 2026 10:00:00 +0000`. */
const mailDate = (date: Date) => date.toUTCString().replace(/GMT$/, '+0000');

/**
 * The Message-ID: the notification's id hashed (the id holds user ids, which must not travel in a
 * header), so a resent notification keeps its Message-ID; a random one for other mail.
 */
function messageId(id: string | undefined, domain: string): string {
  const local = id === undefined ? randomUUID() : createHash('sha256').update(id).digest('hex').slice(0, 32);
  return `<${local}@${domain}>`;
}

/** A text part's header lines and body: UTF-8, base64 in lines of 76 (7-bit on the wire whatever the language). */
const part = (subtype: 'plain' | 'html', body: string) =>
  `Content-Type: text/${subtype}; charset=UTF-8${CRLF}Content-Transfer-Encoding: base64${CRLF}${CRLF}${base64Lines(body)}${CRLF}`;

/**
 * Builds the raw message of a {@link MailMessage}: From, To, Subject (UTF-8), Date, Message-ID,
 * Content-Language, a plain-text part (with an HTML alternative when there is one), and for
 * optional notifications the one-click unsubscribe headers (RFC 8058). Throws
 * {@link MailHeaderError} for a header value with CR/LF or an address or URL that is not one.
 *
 * Written here rather than with a MIME library: the message has one fixed shape, every header
 * value is checked or encoded above, and the library we used (mimetext) brought 51 KB of browser
 * polyfills into each mail-sending Lambda bundle (issue 13, cold starts).
 */
export function buildMime(message: MailMessage, options: MimeOptions): MimeMail {
  const from = sender(options.from);
  const to = address('To', message.to);
  const subject = oneLine(message.subject);
  const domain = from.addr.split('@')[1] as string;
  const headers: Record<string, string> = {
    From: options.from.trim(),
    To: to,
    Subject: subject,
    Date: mailDate(options.date),
    'Message-ID': messageId(message.id, domain),
  };
  if (message.language !== undefined) {
    if (!/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(message.language)) throw new MailHeaderError('Content-Language');
    headers['Content-Language'] = message.language;
  }
  if (message.unsubscribeUrl !== undefined) {
    headers['List-Unsubscribe'] = `<${webUrl('List-Unsubscribe', message.unsubscribeUrl)}>`;
    headers['List-Unsubscribe-Post'] = 'List-Unsubscribe=One-Click';
  }

  // The display name always as an encoded-word: it may hold any language, quotes or commas.
  const fromField = from.name
    ? `=?UTF-8?B?${Buffer.from(from.name, 'utf8').toString('base64')}?= <${from.addr}>`
    : `<${from.addr}>`;
  const lines = [
    `Date: ${headers.Date}`,
    `From: ${fromField}`,
    `To: <${to}>`,
    `Message-ID: ${headers['Message-ID']}`,
    `Subject: ${encodeSubject(subject)}`,
    'MIME-Version: 1.0',
  ];
  for (const name of ['Content-Language', 'List-Unsubscribe', 'List-Unsubscribe-Post']) {
    if (headers[name] !== undefined) lines.push(`${name}: ${headers[name]}`);
  }
  const head = lines.join(CRLF) + CRLF;
  if (message.html === undefined) return { raw: head + part('plain', message.text), headers };
  // A base64 line never starts with "-", so the delimiter lines cannot occur in a part's body.
  const boundary = `qh-${randomBytes(12).toString('hex')}`;
  const raw =
    `${head}Content-Type: multipart/alternative; boundary=${boundary}${CRLF}${CRLF}` +
    `--${boundary}${CRLF}${part('plain', message.text)}${CRLF}` +
    `--${boundary}${CRLF}${part('html', message.html)}${CRLF}` +
    `--${boundary}--${CRLF}`;
  return { raw, headers };
}
