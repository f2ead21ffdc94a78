import type { ImportKind, ImportRecord } from '../../../../shared/imports/import-record.ts';
import type { DryRun } from '../../../../shared/imports/import-service.ts';
import { MAX_IMPORT_ROWS } from '../../../../shared/imports/index.ts';
import { ErrorSummary, FieldError, type FieldErrors, Notice } from '../../../../shared/web/form.tsx';
import { formatDateTime } from '../../../../shared/web/format.ts';
import { Layout, type PageContext } from '../../../../shared/web/layout.tsx';
import { problemText } from './problem-text.ts';

const KINDS: ImportKind[] = ['volunteers', 'needs'];

/** /manage/import: what the file holds, the file, and "Check the file" (nothing is written yet). */
export function ImportFormPage(props: { page: PageContext; kind: ImportKind; errors: FieldErrors; status?: string }) {
  const { page, errors } = props;
  const { t } = page;
  return (
    <Layout page={page} title={t('impTitle')}>
      <p class="actions">
        <a href="/manage">{t('backToNeeds')}</a>
      </p>
      <ErrorSummary t={t} errors={errors} />
      {props.status && <Notice kind="alert">{props.status}</Notice>}
      <p>{t('impIntro', { rows: String(MAX_IMPORT_ROWS) })}</p>
      <form method="post" action="/manage/import" enctype="multipart/form-data">
        <fieldset>
          <legend>{t('impKind')}</legend>
          {KINDS.map((kind) => (
            <label class="inline">
              <input type="radio" name="kind" value={kind} checked={props.kind === kind} required />
              {t(kind === 'volunteers' ? 'impKind_volunteers' : 'impKind_needs')}
            </label>
          ))}
          <FieldError name="kind" errors={errors} />
        </fieldset>
        <div>
          <label for="f-file">{t('impFile')}</label>
          <input
            id="f-file"
            type="file"
            name="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            required
            aria-invalid={errors.file ? 'true' : undefined}
            aria-describedby={errors.file ? 'e-file' : undefined}
          />
          <FieldError name="file" errors={errors} />
        </div>
        <p>
          <button type="submit">{t('impCheck')}</button>
        </p>
      </form>
      <h2>{t('impColumnsTitle')}</h2>
      <p>{t('impColumnsVolunteers')}</p>
      <p>{t('impColumnsNeeds')}</p>
      <p class="hint">{t('impGuarantee')}</p>
    </Layout>
  );
}

/** The dry run: counts, every problem by row and column, and the button that writes the valid rows. */
export function DryRunPage(props: { page: PageContext; result: DryRun }) {
  const { page, result } = props;
  const { t, lang } = page;
  const broken = new Set(result.problems.map((problem) => problem.row)).size;
  return (
    <Layout page={page} title={t('impResultTitle')}>
      <p class="actions">
        <a href="/manage/import">{t('impAgain')}</a> <a href="/manage">{t('backToNeeds')}</a>
      </p>
      <p>{t('impSummary', { rows: String(result.rows), valid: String(result.valid), broken: String(broken) })}</p>
      {result.problems.length > 0 && (
        <section aria-labelledby="h-problems">
          <h2 id="h-problems">{t('impProblemsTitle')}</h2>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('impRow')}</th>
                <th scope="col">{t('impColumn')}</th>
                <th scope="col">{t('impProblem')}</th>
              </tr>
            </thead>
            <tbody>
              {result.problems.map((problem) => (
                <tr>
                  <td>{problem.row}</td>
                  <td>{problem.column ?? ''}</td>
                  <td>{t(problemText(problem.code))}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      {result.importId ? (
        <form method="post" action={`/manage/import/${result.importId}/confirm`}>
          <p class="hint">{t('impConfirmHint', { until: formatDateTime(lang, result.validUntil as string) })}</p>
          {result.kind === 'volunteers' && <p class="hint">{t('impVolunteersHint')}</p>}
          <button type="submit">{t('impConfirm', { valid: String(result.valid) })}</button>
        </form>
      ) : (
        <p>{t('impNothing')}</p>
      )}
    </Layout>
  );
}

/** /manage/import/<id>: what the import wrote. */
export function ImportDonePage(props: { page: PageContext; record: ImportRecord }) {
  const { page, record } = props;
  const { t } = page;
  const uninvited = record.uninvited?.length ?? 0;
  return (
    <Layout page={page} title={t('impDoneTitle')}>
      <Notice>{t('impDone', { written: String(record.written ?? 0), present: String(record.present ?? 0) })}</Notice>
      {uninvited > 0 && (
        <form method="post" action={`/manage/import/${record.importId}/confirm`}>
          <p>{t('impUninvited', { count: String(uninvited) })}</p>
          <button type="submit">{t('impSendInvitations')}</button>
        </form>
      )}
      <p class="actions">
        <a href={record.kind === 'volunteers' ? '/manage/volunteers' : '/manage'}>
          {t(record.kind === 'volunteers' ? 'manageFindVolunteers' : 'backToNeeds')}
        </a>{' '}
        <a href="/manage/import">{t('impAgain')}</a>
      </p>
    </Layout>
  );
}
