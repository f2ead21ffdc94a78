import { Alert, type PageAlert } from '../../../../shared/web/alert.tsx';
import { Notice } from '../../../../shared/web/form.tsx';
import { formatDate } from '../../../../shared/web/format.ts';
import { Layout, type PageContext } from '../../../../shared/web/layout.tsx';
import { CandidatesSection } from '../common/candidates.tsx';
import type { CoverView } from './loader.ts';

/** One date of a series: who comes, who is absent or asked, and the candidates for that date alone. */
export function CoverPage(props: { page: PageContext; view: CoverView; notice?: string; alert?: PageAlert }) {
  const { page, view } = props;
  const { need, entry } = view;
  const { t, lang } = page;
  const date = formatDate(lang, entry.date);
  const names = (people: { firstName: string }[]) =>
    people.length > 0 ? people.map((p) => p.firstName).join(', ') : t('coverNobody');
  return (
    <Layout page={page} title={t('coverPageTitle', { date, title: need.title })}>
      {props.notice && <Notice>{props.notice}</Notice>}
      {props.alert && <Alert alert={props.alert} />}
      <p class="status-line">
        <strong>{t.count(need.places, 'coverOpenOne', 'coverOpen', { n: entry.open, places: need.places })}</strong>
      </p>
      <dl class="profile">
        <dt>{t('coverComing')}</dt>
        <dd>{names(entry.coming)}</dd>
        <dt>{t('coverAbsent')}</dt>
        <dd>{names(entry.absent)}</dd>
        <dt>{t('coverInvited')}</dt>
        <dd>{names(entry.invited)}</dd>
      </dl>
      {view.list ? (
        <CandidatesSection
          page={page}
          need={need}
          names={view.catalogNames}
          list={view.list}
          defaultTop={Math.min(Math.max(entry.open - entry.invited.length, 1), 20)}
          withoutCheck={false}
          now={view.now}
          date={entry.date}
        />
      ) : (
        <p class="hint">{t('coverNoCandidates')}</p>
      )}
      <p>
        <a href={`/manage/needs/${need.needId}`}>{t('coverBack')}</a>
      </p>
    </Layout>
  );
}
