import { createHash, randomUUID } from 'node:crypto';
// The browser entry point: the node one adds mime-types and its database (~110 KB) for attachment types we never send.
import { type EnvironmentContext, MIMEMessage } from 'mimetext/browser';
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

// mimetext's node entry point writes os.EOL (LF on Linux); RFC 5322 wants CRLF.
const environment: EnvironmentContext = {
  toBase64: (value) => Buffer.from(value, 'utf8').toString('base64'),
  toBase64WebSafe: (value) => Buffer.from(value, 'utf8').toString('base64url'),
  eol: CRLF,
  validateContentType: (value) => value,
};

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

/**
 * RFC 2047 encoded-words of at most 75 characters, folded onto continuation lines: mimetext would
 * write the whole subject as one encoded-word, past the limit for a long title.
 */
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

/**
 * Builds the raw message of a {@link MailMessage} with mimetext: From, To, Subject (UTF-8),
 * Date, Message-ID, Content-Language, a plain-text part (with an HTML alternative when there is
 * one), and for optional notifications the one-click unsubscribe headers (RFC 8058). Throws
 * {@link MailHeaderError} for a header value with CR/LF or an address or URL that is not one.
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

  const mime = new MIMEMessage(environment);
  mime.setSender(from.name ? { name: from.name, addr: from.addr } : { addr: from.addr });
  mime.setTo({ addr: to });
  mime.setSubject(subject);
  const subjectField = mime.headers.fields.find((field) => field.name === 'Subject');
  if (subjectField) subjectField.dump = () => encodeSubject(subject);
  for (const [name, value] of Object.entries(headers)) {
    if (name !== 'From' && name !== 'To' && name !== 'Subject') mime.setHeader(name, value);
  }
  mime.addMessage({ contentType: 'text/plain', encoding: 'base64', data: base64Lines(message.text) });
  if (message.html !== undefined) {
    mime.addMessage({ contentType: 'text/html', encoding: 'base64', data: base64Lines(message.html) });
  }
  return { raw: `${mime.asRaw()}${CRLF}`, headers };
}
