import type { Hono } from 'hono';
import type { AppEnv } from '../../shared/http/app-env.ts';
import { createBaseApp } from '../../shared/http/base-app.ts';
import type { Services } from '../../shared/platform/services.ts';
import { Layout } from '../../shared/web/layout.tsx';
import { pageContext } from '../../shared/web/page-context.ts';
import { readOutbox } from './outbox.ts';

const KINDS = ['SignUp', 'ForgotPassword', 'AdminCreateUser'] as const;
const kindKey = (kind: string | undefined) =>
  KINDS.includes(kind as (typeof KINDS)[number])
    ? (`outbox_${kind}` as `outbox_${(typeof KINDS)[number]}`)
    : 'outbox_other';

/** /dev/outbox: the e-mails the platform would have sent (local platform only). */
export function createOutboxApp(services: Services, outboxFile: string): Hono<AppEnv> {
  const app = createBaseApp(services);
  app.get('/dev/outbox', async (c) => {
    const page = pageContext(c, true);
    const { t } = page;
    const entries = await readOutbox(outboxFile);
    c.header('cache-control', 'no-store');
    return c.html(
      <Layout page={page} title={t('outboxTitle')}>
        <p>{t('outboxIntro')}</p>
        {entries.length === 0 ? (
          <p>{t('outboxEmpty')}</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th scope="col">{t('outboxAt')}</th>
                <th scope="col">{t('outboxKind')}</th>
                <th scope="col">{t('outboxTo')}</th>
                <th scope="col">{t('outboxCode')}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => (
                <tr>
                  <td>
                    {new Date(entry.at).toLocaleString(page.lang === 'de' ? 'de-DE' : 'en-GB', {
                      timeZone: 'Europe/Berlin',
                    })}
                  </td>
                  <td>{t(kindKey(entry.kind))}</td>
                  <td class="outbox-to">{entry.to}</td>
                  <td>
                    <code class="outbox-code">{entry.code ?? '–'}</code>
                    {entry.subject && <div class="hint">{entry.subject}</div>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Layout>,
    );
  });
  return app;
}
