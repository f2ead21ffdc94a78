import { Hono } from 'hono';
import { NotFoundError } from '../../shared/errors/index.ts';
import { createBaseApp } from '../../shared/http/base-app.ts';
import { INTL_LOCALES } from '../../shared/i18n/languages.ts';
import { NOTIFICATION_KINDS } from '../../shared/notifications/kinds.ts';
import type { Services } from '../../shared/platform/services.ts';
import type { Lang, Translate } from '../../shared/web/i18n.ts';
import { Layout } from '../../shared/web/layout.tsx';
import type { MessageKey } from '../../shared/web/messages-de.ts';
import { pageContext } from '../../shared/web/page-context.ts';
import { type OutboxEntry, readOutbox } from './outbox.ts';

const ACCOUNT_KINDS = [
  'SignUp',
  'ResendCode',
  'ForgotPassword',
  'AdminCreateUser',
  'AccountExists',
  'InactivityReminder',
] as const;
type LabelledKind = (typeof ACCOUNT_KINDS)[number] | keyof typeof NOTIFICATION_KINDS;
// A kind without its words in the messages fails to compile here (a missing one made the list a 500).
const labelKey = (kind: LabelledKind): MessageKey => `outbox_${kind}`;
const LABELLED_KINDS = new Set<string>([...ACCOUNT_KINDS, ...Object.keys(NOTIFICATION_KINDS)]);

/** The kind in words; an unknown one as it is (cognito-local has a few rare ones). */
const kindText = (t: Translate, kind: string | undefined) =>
  kind === undefined ? t('outbox_other') : LABELLED_KINDS.has(kind) ? t(labelKey(kind as LabelledKind)) : kind;

const timeText = (lang: Lang, at: string) =>
  new Date(at).toLocaleString(INTL_LOCALES[lang], { timeZone: 'Europe/Berlin' });

/** Links in the mail leave the outbox (as from a mail program): the frame may not show our pages. */
function framed(html: string): string {
  const base = '<base target="_top">';
  if (/<head[^>]*>/i.test(html)) return html.replace(/<head[^>]*>/i, (head) => `${head}${base}`);
  if (/<html[^>]*>/i.test(html)) return html.replace(/<html[^>]*>/i, (tag) => `${tag}<head>${base}</head>`);
  return `${base}${html}`;
}

/**
 * The message view's policy: the site's, except that the mail's inline styles may apply (a
 * `srcdoc` frame inherits its page's policy). Scripts stay off, and the frame is sandboxed too.
 */
const MESSAGE_VIEW_CSP =
  "default-src 'self'; script-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'";

/** /dev/outbox: the e-mails the platform would have sent, each viewable as it would arrive (local platform only). */
export function createOutboxApp(services: Services, outboxFile: string): Hono {
  const app = createBaseApp(services);

  app.get('/dev/outbox', async (c) => {
    const page = pageContext(c, true);
    const { t } = page;
    const entries = await readOutbox(outboxFile);
    return c.html(
      <Layout page={page} title={t('outboxTitle')}>
        <p>{t('outboxIntro')}</p>
        {entries.length === 0 ? (
          <p>{t('outboxEmpty')}</p>
        ) : (
          <table class="outbox">
            <thead>
              <tr>
                <th scope="col">
                  {t('outboxAt')} · {t('outboxKind')}
                </th>
                <th scope="col">
                  {t('outboxTo')} · {t('outboxSubject')}
                </th>
                <th scope="col">{t('outboxCode')}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry, i) => (
                <tr>
                  <td>
                    {timeText(page.lang, entry.at)}
                    <div class="hint">{kindText(t, entry.kind)}</div>
                  </td>
                  <td class="outbox-to">
                    {entry.to}
                    <div>
                      <a href={`/dev/outbox/${entries.length - 1 - i}`}>{entry.subject || t('outboxOpen')}</a>
                    </div>
                  </td>
                  <td>
                    <code class="outbox-code">{entry.code ?? '–'}</code>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Layout>,
    );
  });

  app.get('/dev/outbox/:n{[0-9]{1,9}}', async (c) => {
    const page = pageContext(c, true);
    const { t } = page;
    const entry: OutboxEntry | undefined = (await readOutbox(outboxFile)).reverse()[Number(c.req.param('n'))];
    if (!entry) throw new NotFoundError('E-mail');
    const headers = entry.headers ?? {
      To: entry.to,
      ...(entry.subject && { Subject: entry.subject }),
      Date: timeText(page.lang, entry.at),
    };
    return c.html(
      <Layout page={page} title={entry.subject || kindText(t, entry.kind)}>
        <p>
          <a href="/dev/outbox">{t('outboxBack')}</a>
        </p>
        <article class="outbox-mail">
          <p class="hint">{kindText(t, entry.kind)}</p>
          <h2>{t('outboxHeaders')}</h2>
          <dl class="profile">
            {Object.entries(headers).map(([name, value]) => (
              <>
                <dt>{name}</dt>
                <dd>{value}</dd>
              </>
            ))}
            {entry.code && (
              <>
                <dt>{t('outboxCode')}</dt>
                <dd>
                  <code class="outbox-code">{entry.code}</code>
                </dd>
              </>
            )}
          </dl>
          <h2>{t('outboxHtmlPart')}</h2>
          {entry.html ? (
            <iframe
              title={t('outboxHtmlFrame')}
              sandbox="allow-top-navigation-by-user-activation"
              referrerpolicy="no-referrer"
              srcdoc={framed(entry.html)}
            />
          ) : (
            <p>{t('outboxNoHtml')}</p>
          )}
          <h2>{t('outboxTextPart')}</h2>
          <pre class="outbox-text">{entry.body ?? ''}</pre>
          {entry.raw && (
            <details>
              <summary>{t('outboxRaw')}</summary>
              <pre>{entry.raw}</pre>
            </details>
          )}
        </article>
      </Layout>,
    );
  });

  // After the base app's security headers (which would overwrite it): the one relaxed directive.
  const outer = new Hono();
  outer.all('*', async (c) => {
    const response = await app.fetch(c.req.raw, c.env);
    if (!/^\/dev\/outbox\/\d+$/.test(c.req.path) || response.status !== 200) return response;
    const headers = new Headers(response.headers);
    headers.set('content-security-policy', MESSAGE_VIEW_CSP);
    return new Response(response.body, { status: response.status, headers });
  });
  return outer;
}
