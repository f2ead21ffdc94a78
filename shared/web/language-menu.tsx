import { displayLanguageName } from '../i18n/display-names.ts';
import { AUTONYMS, LANGS, type Lang } from '../i18n/languages.ts';
import { LANG_SWITCH_FIELD } from './language-switch.ts';
import type { PageContext } from './layout.tsx';

/**
 * The language menu of every page, without JavaScript: a disclosure with one entry per language,
 * each named in its own language (and marked so, for screen readers). On a page with a form each
 * entry is a submit button of that form (`form` attribute), so what was typed comes along and the
 * page is drawn again in the chosen language with it (language-switch.ts); elsewhere a link.
 */
export function LanguageMenu(props: { page: PageContext; langForm?: { id: string } | undefined }) {
  const { page, langForm } = props;
  return (
    <details class="lang-menu">
      <summary>
        {page.t('langMenu')}: {AUTONYMS[page.lang]}
      </summary>
      <ul>
        {LANGS.map((code) => (
          <li>
            {code === page.lang ? (
              <span lang={code} aria-current="true">
                {AUTONYMS[code]}
              </span>
            ) : langForm ? (
              <button
                type="submit"
                class="link"
                form={langForm.id}
                name={LANG_SWITCH_FIELD}
                value={code}
                formnovalidate
                lang={code}
              >
                {AUTONYMS[code]}
              </button>
            ) : (
              <a href={`/lang/${code}?next=${encodeURIComponent(page.path)}`} lang={code} hreflang={code}>
                {AUTONYMS[code]}
              </a>
            )}
          </li>
        ))}
      </ul>
    </details>
  );
}

/** A language as a choice on a page of `pageLang`: "Arabisch (العربية)", its own name alone on its own page. */
export function languageChoiceLabel(pageLang: Lang, code: Lang): string {
  if (code === pageLang) return AUTONYMS[code];
  const name = displayLanguageName(pageLang, code);
  return name ? `${name} (${AUTONYMS[code]})` : AUTONYMS[code];
}
