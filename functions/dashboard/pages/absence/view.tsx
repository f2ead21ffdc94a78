import type { Match } from '../../../../shared/matches/schemas.ts';
import { formatDate } from '../../../../shared/web/format.ts';
import { Layout, type PageContext } from '../../../../shared/web/layout.tsx';

/** "Really not on this date?": the confirmation of an absence, posting again with `confirm=1`. */
export function AbsenceConfirmPage(props: { page: PageContext; match: Match; date: string }) {
  const { page, match, date } = props;
  const { t, lang } = page;
  return (
    <Layout page={page} title={t('absenceConfirmTitle', { title: match.needTitle })}>
      <p>{t('absenceConfirmText', { date: formatDate(lang, date) })}</p>
      <form method="post" action={`/dashboard/needs/${match.needId}/absences`}>
        <input type="hidden" name="date" value={date} />
        <input type="hidden" name="confirm" value="1" />
        <div class="actions">
          <button type="submit" class="danger">
            {t('absenceConfirmButton')}
          </button>
          <a href={`/dashboard#need-${match.needId}`}>{t('absenceConfirmBack')}</a>
        </div>
      </form>
    </Layout>
  );
}
