/**
 * One e-mail to one person. The text part is always there (many volunteers read mail on simple
 * phones); the HTML part is optional.
 */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html?: string | undefined;
  /** What the message is about (e.g. `AccountExists`): for logs and the local outbox, never sent. */
  kind: string;
  /**
   * One-click unsubscribe (RFC 8058) for optional notifications: the mailer adds the
   * `List-Unsubscribe: <url>` and `List-Unsubscribe-Post: List-Unsubscribe=One-Click` headers.
   * Built by the platform from its own base URL and a stored token, never from request input.
   */
  unsubscribeUrl?: string | undefined;
  /** Stable id of the notification (delivery key): becomes the Message-ID's local part, hashed. */
  id?: string | undefined;
  /** The recipient's language (the MIME `Content-Language`). */
  language?: string | undefined;
}

/**
 * Sends e-mail: SES v2 in AWS (./ses-mailer.ts), the outbox on the local platform
 * (infra/local/outbox-mailer.ts). Functions that send mail get a real one wired in their
 * handler; every other function gets {@link unwiredMailer}.
 */
export interface Mailer {
  send(message: MailMessage): Promise<void>;
}

/** The mailer of functions that must not send mail: a call is a wiring bug, not a user error. */
export const unwiredMailer: Mailer = {
  send: async (message) => {
    throw new Error(`No mailer is wired in this function (tried to send ${message.kind})`);
  },
};
