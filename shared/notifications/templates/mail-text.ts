import type { MailContent, MailFact } from './mail-content.ts';

const fact = (item: MailFact) =>
  item.multiline ? `${item.label}:\n${item.value.trim()}` : `${item.label}: ${item.value}`;

/** The plain-text part: the same content as the HTML part, links written out. */
export function mailText(content: MailContent): string {
  const lines = [content.greeting, '', content.intro, '', ...content.facts.map(fact)];
  if (content.quote) {
    lines.push(
      '',
      `${content.quote.label}:`,
      ...content.quote.value
        .trim()
        .split(/\r?\n/)
        .map((line) => `> ${line}`),
    );
  }
  lines.push('', `${content.action.label}:`, content.action.href, '', content.closing);
  if (content.footer) {
    lines.push('', '--', content.footer.text);
    if (content.footer.unsubscribe)
      lines.push(`${content.footer.unsubscribe.label}: ${content.footer.unsubscribe.href}`);
    lines.push(`${content.footer.settings.label}: ${content.footer.settings.href}`);
  }
  return `${lines.join('\n')}\n`;
}
