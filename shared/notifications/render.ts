import type { MailMessage } from '../mail/mailer.ts';
import type { Notification, RenderedMail } from './notification.ts';
import { mailContent } from './templates/mail-content.ts';
import { mailHtml } from './templates/mail-html.tsx';
import { mailText } from './templates/mail-text.ts';

/**
 * A notification's e-mail in the recipient's language: a subject naming the need, a plain-text
 * part and an HTML part with the same content and one link to where the recipient acts.
 * Throws only on a wiring bug (a link that is not http(s)).
 */
export function renderNotification(n: Notification): RenderedMail {
  const content = mailContent(n);
  return { subject: content.subject, text: mailText(content), html: mailHtml(content) };
}

/** The message a {@link Mailer} sends for a notification (rendered, with its id, language and unsubscribe URL). */
export function notificationMessage(n: Notification): MailMessage {
  return {
    ...renderNotification(n),
    to: n.recipient.email,
    kind: n.kind,
    id: n.id,
    language: n.recipient.language,
    unsubscribeUrl: n.unsubscribeUrl,
  };
}
