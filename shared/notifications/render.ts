import type { Notification, RenderedMail } from './notification.ts';

// Placeholder until helper A's templates are merged (the lead keeps A's file): the signature is
// the contract, the texts are not.
const SUBJECTS: Record<'de' | 'en', string> = {
  de: 'Quartiershilfe: Neuigkeiten zu',
  en: 'Quartiershilfe: news about',
};

const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

/** Renders a notification in its recipient's language: subject, plain text and HTML. */
export function renderNotification(n: Notification): RenderedMail {
  const subject = `${SUBJECTS[n.recipient.language]} ${n.need.title} (${n.kind})`;
  const lines = [subject, '', n.need.title, `${n.need.venueName}, ${n.need.quarterName}`];
  for (const value of [n.volunteerFirstName, n.answerBy, n.date, n.reason, n.text]) if (value) lines.push(value);
  lines.push('', n.link);
  if (n.unsubscribeUrl) lines.push('', n.unsubscribeUrl);
  const text = lines.join('\n');
  return { subject, text, html: `<pre>${escapeHtml(text)}</pre>` };
}
