import { LANGS } from '../../../../shared/i18n/languages.ts';
import type { NotificationKind, OptionalKind } from '../../../../shared/notifications/kinds.ts';
import { ConflictPanel, type ConflictRow } from '../../../../shared/web/conflict-panel.tsx';
import { Checkbox, ErrorSummary, type FieldErrors, Fieldset, Notice, Select } from '../../../../shared/web/form.tsx';
import { languageChoiceLabel } from '../../../../shared/web/language-menu.tsx';
import { Layout, type PageContext } from '../../../../shared/web/layout.tsx';
import type { NotificationFormValues } from './form.ts';

export interface NotificationSettingsPageProps {
  page: PageContext;
  values: NotificationFormValues;
  offered: OptionalKind[];
  alwaysSent: NotificationKind[];
  errors: FieldErrors;
  notice?: string | undefined;
  /** After a lost race: what is stored now beside the typing (which keeps its old version). */
  conflict?: { rows: ConflictRow[]; seenVersion: string } | undefined;
}

/** The person's e-mail preferences: the language and, for their role, what they may switch off. */
export function NotificationSettingsPage(props: NotificationSettingsPageProps) {
  const { page, values, errors } = props;
  const { t } = page;
  // Initiative members and admins get no e-mails about the work: only their language to choose.
  const worksByMail = props.offered.length > 0 || props.alwaysSent.length > 0;
  return (
    <Layout page={page} title={t('notifSettingsTitle')} langForm={{ id: 'notification-settings', action: 'save' }}>
      {props.notice && <Notice>{props.notice}</Notice>}
      <ErrorSummary t={t} errors={errors} />
      {worksByMail && <p>{t('notifSettingsIntro')}</p>}
      <form method="post" action="/settings/notifications" id="notification-settings" novalidate>
        <input type="hidden" name="version" value={values.version} />
        {props.conflict && (
          <ConflictPanel
            t={t}
            rows={props.conflict.rows}
            seenVersion={props.conflict.seenVersion}
            storedHref="/settings/notifications"
          />
        )}
        <Select
          name="language"
          label={t('personLanguage')}
          value={values.language}
          errors={errors}
          options={[
            { value: '', label: t('notifLanguageAccount') },
            ...LANGS.map((code) => ({ value: code, label: languageChoiceLabel(page.lang, code) })),
          ]}
        />
        <p class="hint">{t('personLanguageHint')}</p>
        {worksByMail && (
          <Fieldset legend={t('notifOptionalLegend')} name="receive" errors={errors} hint={t('notifOptionalHint')}>
            {props.offered.length === 0 ? (
              <p>{t('notifNoOptional')}</p>
            ) : (
              props.offered.map((kind) => (
                <div>
                  <Checkbox
                    name="receive"
                    value={kind}
                    checked={values.receive.includes(kind)}
                    label={t(`nkind_${kind}`)}
                  />
                </div>
              ))
            )}
          </Fieldset>
        )}
        <div class="actions">
          <button type="submit" name="action" value="save">
            {t('notifSave')}
          </button>
        </div>
      </form>
      {worksByMail && (
        <section aria-labelledby="always-sent">
          <h2 id="always-sent">{t('notifAlwaysLegend')}</h2>
          <p class="hint">{t('notifAlwaysHint')}</p>
          <ul>
            {props.alwaysSent.map((kind) => (
              <li>{t(`nkind_${kind}`)}</li>
            ))}
          </ul>
        </section>
      )}
    </Layout>
  );
}
