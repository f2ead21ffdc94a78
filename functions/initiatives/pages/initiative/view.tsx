import type { Catalog } from '../../../../shared/catalog/schemas.ts';
import type { InitiativeNeedView } from '../../../../shared/initiatives/schemas.ts';
import type { Need } from '../../../../shared/needs/schemas.ts';
import { ErrorSummary, type FieldErrors, Notice } from '../../../../shared/web/form.tsx';
import { catalogNames, fillText, needStatusText, scheduleText } from '../../../../shared/web/format.ts';
import { Layout, type PageContext } from '../../../../shared/web/layout.tsx';
import { NotificationSettingsLink } from '../../../../shared/web/settings-link.tsx';
import { MatchItem, reasonKey } from './match-item.tsx';

export interface InitiativePageProps {
  page: PageContext;
  catalog: Catalog;
  /** The initiative's name; undefined when the account belongs to no initiative yet. */
  name: string | undefined;
  needs: InitiativeNeedView[];
  /** An admin deactivated the initiative: say so instead of listing needs. */
  deactivated?: boolean;
  notice?: string | undefined;
  alert?: string | undefined;
  /** Errors of a concern form, by {@link reasonKey}. */
  errors?: FieldErrors;
  /** What was typed into a concern form, by {@link reasonKey}. */
  reasons?: Record<string, string>;
}

/**
 * What an initiative member sees: the needs linked to their initiative, how full they are,
 * when and where, and of each accepted match only the first name and languages, with the
 * forms to confirm it or raise a concern.
 */
export function InitiativePage(props: InitiativePageProps) {
  const { page, catalog } = props;
  const { t, lang } = page;
  const errors = props.errors ?? {};
  if (props.name === undefined) {
    return (
      <Layout page={page} title={t('iniTitle')}>
        <p>{t('iniNotAssigned')}</p>
        <NotificationSettingsLink t={t} />
      </Layout>
    );
  }
  const n = catalogNames(catalog, lang);
  return (
    <Layout page={page} title={props.name}>
      <ErrorSummary t={t} errors={errors} message={props.alert} />
      {props.notice && <Notice>{props.notice}</Notice>}
      {props.deactivated && <Notice kind="alert">{t('iniDeactivated')}</Notice>}
      {!props.deactivated && <p>{t('iniIntro')}</p>}
      {props.deactivated ? null : props.needs.length === 0 ? (
        <p>{t('iniNoNeeds')}</p>
      ) : (
        <ul class="cards">
          {props.needs.map((need) => (
            <li id={`need-${need.needId}`}>
              <h2>{need.title}</h2>
              <p>
                <span class={`badge status-${need.status}`}>{needStatusText(t, need.status)}</span> {fillText(t, need)}
              </p>
              <dl class="profile">
                <dt>{t('iniWhen')}</dt>
                <dd>{scheduleText(t, lang, need.schedule as Need['schedule'])}</dd>
                <dt>{t('iniWhere')}</dt>
                <dd>{t('iniWhereText', { venue: n.venue(need.venueId), quarter: n.quarter(need.quarterId) })}</dd>
              </dl>
              <h3>{t('iniMatchesTitle', { n: need.matches.length })}</h3>
              {need.matches.length === 0 ? (
                <p>{t('iniMatchesNone')}</p>
              ) : (
                <ul class="plain">
                  {need.matches.map((match) => (
                    <MatchItem
                      page={page}
                      needId={need.needId}
                      match={match}
                      language={n.language}
                      errors={errors}
                      reason={props.reasons?.[reasonKey(need.needId, match.volunteerId)]}
                    />
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      )}
      <NotificationSettingsLink t={t} />
    </Layout>
  );
}
