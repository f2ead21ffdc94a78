import { ErrorSummary, type FieldErrors, Notice } from '../../../../shared/web/form.tsx';
import { catalogNames, formatDate, formatNumber, matchStateText } from '../../../../shared/web/format.ts';
import { Layout, type PageContext } from '../../../../shared/web/layout.tsx';
import { SafeguardingForm, type SafeguardingValues } from '../../../../shared/web/safeguarding-form.tsx';
import { safeguardingStatusText } from '../../../../shared/web/safeguarding-status.ts';
import type { VolunteerPageData } from './loader.ts';

/** The volunteer page of a quarter manager: profile, contact, safeguarding (record a check), work with hours. */
export function VolunteerPage(props: {
  page: PageContext;
  data: VolunteerPageData;
  values: SafeguardingValues;
  errors: FieldErrors;
  notice?: string | undefined;
}) {
  const { page, data } = props;
  const { t, lang } = page;
  const { profile, safeguarding: current, work } = data;
  const names = catalogNames(data.catalog, lang);
  const quarters = profile.quarters === 'all' ? t('volQuartersAll') : profile.quarters.map(names.quarter).join(', ');
  return (
    <Layout page={page} title={`${profile.firstName} ${profile.lastName}`}>
      <ErrorSummary t={t} errors={props.errors} />
      {props.notice && <Notice>{props.notice}</Notice>}
      {profile.paused && <p class="badge">{t('volPaused')}</p>}
      <dl class="profile">
        <dt>{t('contactsEmail')}</dt>
        <dd>
          <a href={`mailto:${profile.email}`}>{profile.email}</a>
        </dd>
        <dt>{t('contactsPhone')}</dt>
        <dd>{profile.phone ?? t('contactsNoPhone')}</dd>
        <dt>{t('needLanguages')}</dt>
        <dd>{profile.languages.map((l) => `${names.language(l.code)} (${l.level})`).join(', ')}</dd>
        <dt>{t('volSkills')}</dt>
        <dd lang={profile.skills.length > 0 ? names.foreign : undefined}>
          {profile.skills.length > 0 ? profile.skills.map(names.skill).join(', ') : t('none')}
        </dd>
        <dt>{t('volQuarters')}</dt>
        <dd>{quarters}</dd>
        <dt>{t('volAvailability')}</dt>
        <dd>
          {profile.weeklySlots.map((slot) => `${t(`weekday_${slot.weekday}`)} ${slot.start}–${slot.end}`).join(', ')}
          <span class="hint block">
            {t('volAvailableFrom', { date: formatDate(lang, profile.availableFrom) })}
            {profile.availableUntil && ` ${t('volAvailableUntil', { date: formatDate(lang, profile.availableUntil) })}`}
            {' · '}
            {t.count(profile.maxHoursPerMonth, 'volHoursCapOne', 'volHoursCap', {
              hours: formatNumber(lang, profile.maxHoursPerMonth),
            })}
          </span>
        </dd>
      </dl>
      <section aria-labelledby="h-safeguarding">
        <h2 id="h-safeguarding">{t('volSafeguarding')}</h2>
        <p>{safeguardingStatusText(t, lang, current)}</p>
        <details open={Object.keys(props.errors).length > 0 || !current.recorded}>
          <summary>{t('volRecordCheck')}</summary>
          <p class="hint">{t('sgNoCopy')}</p>
          <SafeguardingForm
            page={page}
            values={props.values}
            errors={props.errors}
            action={`/manage/volunteers/${profile.volunteerId}/safeguarding`}
            fixedVolunteer
          />
        </details>
      </section>
      <section aria-labelledby="h-work">
        <h2 id="h-work">{t('volWork')}</h2>
        {work.length === 0 ? (
          <p>{t('volWorkNone')}</p>
        ) : (
          <ul class="cards">
            {work.map((entry) => (
              <li>
                <h3>
                  <a href={`/manage/needs/${entry.needId}`}>{entry.needTitle}</a>
                </h3>
                <p>
                  <span class={`badge state-${entry.status}`}>{matchStateText(t, entry.status)}</span>{' '}
                  {names.quarter(entry.quarterId)}
                  {entry.date !== undefined && ` · ${t('coverMatchDate', { date: formatDate(lang, entry.date) })}`}
                </p>
                <p>
                  {t.count(entry.doneDates.length, 'volWorkDoneOne', 'volWorkDone', {
                    n: entry.doneDates.length,
                    hours: formatNumber(lang, entry.doneHours),
                  })}
                  {' · '}
                  {t.count(entry.comingDates.length, 'volWorkComingOne', 'volWorkComing', {
                    n: entry.comingDates.length,
                    hours: formatNumber(lang, entry.comingHours),
                  })}
                  {entry.noShows.length > 0 && ` · ${t('volWorkNoShows', { n: entry.noShows.length })}`}
                </p>
                {entry.comingDates.length > 0 && (
                  <p class="hint">
                    {t('volWorkNext', {
                      dates: entry.comingDates
                        .slice(0, 4)
                        .map((d) => formatDate(lang, d))
                        .join(', '),
                    })}
                  </p>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
      <p>
        <a href="/manage/volunteers">{t('volBackToSearch')}</a>
      </p>
    </Layout>
  );
}
