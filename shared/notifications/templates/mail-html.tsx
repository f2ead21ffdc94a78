import { raw } from 'hono/html';
import { directionOf } from '../../i18n/languages.ts';
import type { MailContent, MailFact } from './mail-content.ts';

// Inline styles only: many mail programs drop <style> blocks. Logical properties and `dir` on
// <html> and <body> (some programs drop the <html>): Arabic and Farsi mails read right to left. One narrow column that reads on a phone.
const COLOR = '#1f2933';
const ACCENT = '#0b5d6b';
const S = {
  body: 'margin:0;padding:0;background:#eef1f4;',
  column: `max-width:560px;margin:0 auto;padding:16px;background:#ffffff;color:${COLOR};font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;`,
  brand: `margin:0 0 16px;font-weight:bold;color:${ACCENT};`,
  p: 'margin:0 0 16px;',
  facts: 'margin:0 0 16px;padding:0;',
  label: 'margin:12px 0 0;font-weight:bold;font-size:14px;color:#52606d;',
  value: 'margin:0;overflow-wrap:anywhere;',
  multiline: 'margin:0;overflow-wrap:anywhere;white-space:pre-wrap;',
  quote: `margin:0 0 16px;padding:8px 12px;border-inline-start:4px solid ${ACCENT};background:#f5f7f9;white-space:pre-wrap;overflow-wrap:anywhere;`,
  button: `display:inline-block;padding:12px 20px;background:${ACCENT};color:#ffffff;text-decoration:none;border-radius:4px;font-weight:bold;`,
  fallback: 'margin:0 0 16px;font-size:14px;color:#52606d;overflow-wrap:anywhere;word-break:break-all;',
  link: `color:${ACCENT};`,
  footer: 'margin:24px 0 0;padding-top:12px;border-top:1px solid #d9e2ec;font-size:14px;color:#52606d;',
} as const;

function Fact(props: { item: MailFact }) {
  return (
    <>
      <dt style={S.label}>{props.item.label}</dt>
      <dd style={props.item.multiline ? S.multiline : S.value}>
        {props.item.multiline ? props.item.value.trim() : props.item.value}
      </dd>
    </>
  );
}

function Mail(props: { content: MailContent }) {
  const c = props.content;
  return (
    <html lang={c.lang} dir={directionOf(c.lang)}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{c.subject}</title>
      </head>
      <body style={S.body} dir={directionOf(c.lang)}>
        <div style={S.column}>
          <p style={S.brand}>Quartiershilfe Wuppertal</p>
          <p style={S.p}>{c.greeting}</p>
          <p style={S.p}>{c.intro}</p>
          <dl style={S.facts}>
            {c.facts.map((item) => (
              <Fact item={item} />
            ))}
          </dl>
          {c.quote && (
            <>
              <p style={`${S.p}font-weight:bold;`}>{c.quote.label}</p>
              <blockquote style={S.quote}>{c.quote.value.trim()}</blockquote>
            </>
          )}
          <p style={S.p}>
            <a href={c.action.href} style={S.button}>
              {c.action.label}
            </a>
          </p>
          <p style={S.fallback}>
            {c.linkFallback}
            <br />
            <a href={c.action.href} style={S.link}>
              {c.action.href}
            </a>
          </p>
          <p style={S.p}>{c.closing}</p>
          {c.footer && (
            <p style={S.footer}>
              {c.footer.text}
              <br />
              {c.footer.unsubscribe && (
                <>
                  <a href={c.footer.unsubscribe.href} style={S.link}>
                    {c.footer.unsubscribe.label}
                  </a>
                  {' · '}
                </>
              )}
              <a href={c.footer.settings.href} style={S.link}>
                {c.footer.settings.label}
              </a>
            </p>
          )}
        </div>
      </body>
    </html>
  );
}

/** The HTML part: a whole document, every value escaped by hono/jsx. */
export function mailHtml(content: MailContent): string {
  const html = (
    <>
      {raw('<!doctype html>')}
      <Mail content={content} />
    </>
  ).toString();
  // Synchronous components only: an async one would be a bug here.
  if (typeof html !== 'string') throw new Error('The mail template rendered asynchronously');
  return html;
}
