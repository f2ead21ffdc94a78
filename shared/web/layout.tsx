import { raw } from 'hono/html';
import type { Child } from 'hono/jsx';
import type { Caller } from '../auth/caller.ts';
import { directionOf } from '../i18n/languages.ts';
import type { Lang, Translate } from './i18n.ts';
import { LanguageMenu } from './language-menu.tsx';

export interface PageContext {
  lang: Lang;
  t: Translate;
  caller: Caller | undefined;
  /** The current path, so the language switch can come back to it. */
  path: string;
  localPlatform: boolean;
}

/** The frame of every page: doctype (else quirks mode), language, navigation, main landmark. */
export function Layout(props: {
  page: PageContext;
  title: string;
  children: Child;
  /**
   * The page's form: the language switch submits it (see language-switch.ts), so a switch keeps
   * what was typed. `action`: the value of `name="action"` its own submit button sends, if any.
   */
  langForm?: { id: string; action?: string } | undefined;
  /** Shows the page on screen as it prints (app.css has the same rules for print itself). */
  printPreview?: boolean | undefined;
}) {
  const { page } = props;
  const { t, caller } = page;
  return (
    <>
      {raw('<!doctype html>')}
      <html lang={page.lang} dir={directionOf(page.lang) === 'rtl' ? 'rtl' : undefined}>
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <title>{`${props.title} · ${t('appName')}`}</title>
          <link rel="stylesheet" href="/assets/app.css" />
          {props.printPreview && <link rel="stylesheet" href="/assets/print.css" media="screen" />}
          <link rel="icon" href="data:," />
        </head>
        <body>
          {props.langForm && (
            // Enter in a field submits with the form's first submit button in document order: the
            // header's language switch would be that one, so this plain submit comes first.
            <button
              type="submit"
              form={props.langForm.id}
              name={props.langForm.action === undefined ? undefined : 'action'}
              value={props.langForm.action}
              class="default-submit"
              tabindex={-1}
            >
              {t('save')}
            </button>
          )}
          <a class="skip" href="#main">
            {t('skipToContent')}
          </a>
          {page.localPlatform && <p class="dev">{t('devBanner')}</p>}
          <header class="site">
            <a class="brand" href="/">
              {t('appName')}
            </a>
            <nav aria-label="Navigation">
              <ul>
                <li>
                  <a href="/">{t('navHome')}</a>
                </li>
                {caller ? (
                  <>
                    {caller.roles.includes('volunteer') && (
                      <>
                        <li>
                          <a href="/dashboard">{t('navDashboard')}</a>
                        </li>
                        <li>
                          <a href="/profile">{t('navProfile')}</a>
                        </li>
                      </>
                    )}
                    {(caller.roles.includes('manager') || caller.roles.includes('admin')) && (
                      <li>
                        <a href="/manage">{t('navManage')}</a>
                      </li>
                    )}
                    {caller.roles.includes('initiative') && (
                      <li>
                        <a href="/initiative">{t('navInitiative')}</a>
                      </li>
                    )}
                    {caller.roles.includes('admin') && (
                      <li>
                        <a href="/admin">{t('navAdmin')}</a>
                      </li>
                    )}
                    <li>
                      <form method="post" action="/signout">
                        <button class="link" type="submit">
                          {t('navSignOut')}
                        </button>
                      </form>
                    </li>
                  </>
                ) : (
                  <>
                    <li>
                      <a href="/signin">{t('navSignIn')}</a>
                    </li>
                    <li>
                      <a href="/signup">{t('navSignUp')}</a>
                    </li>
                  </>
                )}
                {page.localPlatform && (
                  <li>
                    <a href="/dev/outbox">{t('navOutbox')}</a>
                  </li>
                )}
              </ul>
            </nav>
            <LanguageMenu page={page} langForm={props.langForm} />
          </header>
          <main id="main">
            <h1>{props.title}</h1>
            {props.children}
          </main>
        </body>
      </html>
    </>
  );
}
