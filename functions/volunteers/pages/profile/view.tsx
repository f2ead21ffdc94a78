import type { Catalog } from '../../../../shared/catalog/schemas.ts';
import type { SafeguardingStatus } from '../../../../shared/safeguarding/safeguarding-service.ts';
import type { VolunteerProfile } from '../../../../shared/volunteers/schemas.ts';
import { CalendarFeedSection } from '../../../../shared/web/calendar-feed-section.tsx';
import { Notice } from '../../../../shared/web/form.tsx';
import { catalogNames, formatDate, languageName as nameOfLanguage } from '../../../../shared/web/format.ts';
import { Layout, type PageContext } from '../../../../shared/web/layout.tsx';
import { NotificationSettingsLink } from '../../../../shared/web/settings-link.tsx';
import { PrivacySection } from './privacy-section.tsx';

export function ProfileViewPage(props: {
  safeguarding?: SafeguardingStatus;
  page: PageContext;
  catalog: Catalog;
  profile: VolunteerProfile | undefined;
  notice?: string | undefined;
  /** The volunteer's calendar feed URL, when made. */
  feedUrl?: string | undefined;
}) {
  const { page, profile, catalog } = props;
  const { t, lang } = page;
  if (!profile) {
    return (
      <Layout page={page} title={t('profileTitle')}>
        {props.notice && <Notice>{props.notice}</Notice>}
        <p>{t('profileNone')}</p>
        <p>
          <a class="button" href="/profile/edit">
            {t('profileCreate')}
          </a>
        </p>
        <NotificationSettingsLink t={t} />
        <PrivacySection page={page} />
      </Layout>
    );
  }
  // Retired entries too: a profile keeps a skill or quarter an admin has retired since.
  const { skill: skillName, quarter: quarterName, foreign } = catalogNames(catalog, lang);
  return (
    <Layout page={page} title={t('profileTitle')}>
      {props.notice && <Notice>{props.notice}</Notice>}
      <p role="status">
        <strong>{profile.paused ? t('profilePaused') : t('profileActive')}</strong>
      </p>
      <dl class="profile">
        <dt>{t('firstName')}</dt>
        <dd>{profile.firstName}</dd>
        <dt>{t('lastName')}</dt>
        <dd>{profile.lastName}</dd>
        <dt>{t('email')}</dt>
        <dd>{profile.email}</dd>
        <dt>{t('phoneView')}</dt>
        <dd>{profile.phone ?? '–'}</dd>
        <dt>{t('languages')}</dt>
        <dd>
          <ul>
            {profile.languages.map((language) => (
              <li>
                {nameOfLanguage(lang, language.code)}:{' '}
                {language.level === 'native' ? t('level_native') : language.level}
              </li>
            ))}
          </ul>
        </dd>
        <dt>{t('skills')}</dt>
        <dd lang={profile.skills.length > 0 ? foreign : undefined}>
          {profile.skills.length > 0 ? profile.skills.map(skillName).join(', ') : t('none')}
        </dd>
        <dt>{t('quarters')}</dt>
        <dd>{profile.quarters === 'all' ? t('allQuartersShort') : profile.quarters.map(quarterName).join(', ')}</dd>
        <dt>{t('weeklySlots')}</dt>
        <dd>
          <ul>
            {profile.weeklySlots.map((slot) => (
              <li>
                {t(`weekday_${slot.weekday}`)} {slot.start}–{slot.end}
              </li>
            ))}
          </ul>
        </dd>
        <dt>{t('availableFrom')}</dt>
        <dd>{formatDate(lang, profile.availableFrom)}</dd>
        <dt>{t('availableUntilView')}</dt>
        <dd>{profile.availableUntil ? formatDate(lang, profile.availableUntil) : '–'}</dd>
        <dt>{t('blackouts')}</dt>
        <dd>
          {profile.blackouts.length === 0
            ? t('none')
            : profile.blackouts
                .map((period) => `${formatDate(lang, period.from)}–${formatDate(lang, period.until)}`)
                .join(', ')}
        </dd>
        <dt>{t('maxHoursPerMonth')}</dt>
        <dd>
          {t.count(profile.maxHoursPerMonth, 'hoursPerMonthOne', 'hoursPerMonth', { n: profile.maxHoursPerMonth })}
        </dd>
        <dt>{t('safeguarding')}</dt>
        <dd>
          {!props.safeguarding?.recorded
            ? t('safeguardingNone')
            : t(props.safeguarding.validUntil ? 'safeguardingValid' : 'safeguardingInvalid', {
                date: formatDate(lang, props.safeguarding.inspectedOn ?? ''),
                until: formatDate(lang, props.safeguarding.validUntil ?? ''),
                deleteOn: formatDate(lang, props.safeguarding.deleteOn ?? ''),
              })}
        </dd>
        <dt>{t('consent')}</dt>
        <dd>
          {t('consentGiven', { date: formatDate(lang, profile.consent.acceptedAt), version: profile.consent.version })}
        </dd>
      </dl>
      <div class="actions">
        <a class="button" href="/profile/edit">
          {t('profileEdit')}
        </a>
        <form method="post" action={profile.paused ? '/profile/resume' : '/profile/pause'}>
          <button class="secondary" type="submit">
            {profile.paused ? t('resume') : t('pause')}
          </button>
        </form>
      </div>
      <details>
        <summary>{t('deleteProfile')}</summary>
        <form method="post" action="/profile/delete">
          <input type="hidden" name="confirm" value="yes" />
          <button class="danger" type="submit">
            {t('deleteConfirm')}
          </button>
        </form>
      </details>
      <CalendarFeedSection
        page={page}
        url={props.feedUrl}
        action="/profile/calendar"
        intro="calendarFeedIntroVolunteer"
      />
      <NotificationSettingsLink t={t} />
      <PrivacySection page={page} />
    </Layout>
  );
}
