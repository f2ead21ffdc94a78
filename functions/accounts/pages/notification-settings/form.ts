import type { Role } from '../../../../shared/auth/caller.ts';
import type { FieldIssue } from '../../../../shared/errors/index.ts';
import { MAIL_LANGUAGES, type MailLanguage, type OptionalKind } from '../../../../shared/notifications/kinds.ts';
import { offeredKinds } from '../../../../shared/notifications/preferences.ts';
import type { NotificationSettings } from '../../../../shared/notifications/settings.ts';
import type { SettingsChoice } from '../../../../shared/notifications/settings-repository.ts';
import type { FieldText } from '../../../../shared/web/conflict-panel.tsx';
import { formList, formString } from '../../../../shared/web/form.tsx';
import { isLang, type Lang, type Translate } from '../../../../shared/web/i18n.ts';
import { languageChoiceLabel } from '../../../../shared/web/language-menu.tsx';

/** The preferences form as typed: every field a string, so a wrong one is shown as it was. */
export interface NotificationFormValues {
  version: string;
  /** '' = the account's language. */
  language: string;
  /** The offered kinds ticked (the person gets them). */
  receive: string[];
}

export function valuesFromSettings(settings: NotificationSettings, roles: readonly Role[]): NotificationFormValues {
  return {
    version: String(settings.version),
    language: settings.language ?? '',
    receive: offeredKinds(roles).filter((kind) => !settings.optOut.includes(kind)),
  };
}

export function valuesFromForm(form: Record<string, string | string[]>): NotificationFormValues {
  return {
    version: formString(form, 'version'),
    language: formString(form, 'language'),
    receive: formList(form, 'receive'),
  };
}

/** The choice the form stands for, or the issues (by form field name) that keep it from being one. */
export function choiceFromValues(
  values: NotificationFormValues,
  roles: readonly Role[],
): { choice: SettingsChoice; version: number } | { issues: FieldIssue[] } {
  const issues: FieldIssue[] = [];
  const offered = offeredKinds(roles);
  if (!/^\d{1,9}$/.test(values.version)) issues.push({ path: 'version', code: 'invalid', message: 'Not a version' });
  if (values.language !== '' && !(MAIL_LANGUAGES as readonly string[]).includes(values.language))
    issues.push({ path: 'language', code: 'invalid', message: 'Not a language of the e-mails' });
  if (values.receive.some((kind) => !(offered as string[]).includes(kind)))
    issues.push({ path: 'receive', code: 'invalid', message: 'Not a kind offered to you' });
  if (issues.length > 0) return { issues };
  return {
    version: Number(values.version),
    choice: {
      language: values.language === '' ? undefined : (values.language as MailLanguage),
      optOut: offered.filter((kind) => !values.receive.includes(kind)),
    },
  };
}

/** The form's fields as comparable texts for the conflict panel (stored and typed go through here alike). */
export function notificationFieldTexts(
  values: NotificationFormValues,
  roles: readonly Role[],
  t: Translate,
  lang: Lang,
): Record<string, FieldText> {
  const language = isLang(values.language)
    ? languageChoiceLabel(lang, values.language)
    : values.language === ''
      ? t('notifLanguageAccount')
      : values.language;
  const texts: Record<string, FieldText> = { language: { label: t('personLanguage'), text: language } };
  for (const kind of offeredKinds(roles) as OptionalKind[]) {
    texts[kind] = { label: t(`nkind_${kind}`), text: t(values.receive.includes(kind) ? 'notifOn' : 'notifOff') };
  }
  return texts;
}
