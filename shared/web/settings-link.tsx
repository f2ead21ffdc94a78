import type { Translate } from './i18n.ts';

/** The small link from a person's start page to their e-mail preferences. */
export function NotificationSettingsLink(props: { t: Translate }) {
  return (
    <p class="settings-link">
      <a href="/settings/notifications">{props.t('notifSettingsLink')}</a>
    </p>
  );
}
