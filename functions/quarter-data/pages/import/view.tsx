import type { ImportKind } from '../../../../shared/imports/import-record.ts';
import type { DryRun } from '../../../../shared/imports/import-service.ts';
import { MAX_IMPORT_ROWS } from '../../../../shared/imports/index.ts';
import type { ImportStatus } from '../../../../shared/imports/schemas.ts';
import { ErrorSummary, FieldError, type FieldErrors, Notice } from '../../../../shared/web/form.tsx';
import { formatDateTime } from '../../../../shared/web/format.ts';
import { Layout, type PageContext } from '../../../../shared/web/layout.tsx';
import type { MessageKey } from '../../../../shared/web/messages-de.ts';
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

/**
 * /manage/import/<id>: where the import job stands. Queued and writing offer a link to look again
 * (no timed reload: WCAG 2.2.1 forbids a delayed refresh the person cannot turn off, axe's
 * `meta-refresh`); done tells what was written; failed tells why and tries again.
 */
export function ImportStatusPage(props: { page: PageContext; status: ImportStatus }) {
  const { page, status } = props;
  const { t } = page;
  const running = status.state === 'queued' || status.state === 'writing';
  const title =
    status.state === 'done' ? 'impDoneTitle' : status.state === 'failed' ? 'impFailedTitle' : 'impStatusTitle';
  const again = (label: MessageKey) => (
    <form method="post" action={`/manage/import/${status.importId}/confirm`}>
      <button type="submit">{t(label)}</button>
    </form>
  );
  return (
    <Layout page={page} title={t(title)}>
      {running && (
        <>
          <Notice>
            {status.state === 'queued'
              ? t('impQueued')
              : t('impWriting', { done: String(status.rowsDone), rows: String(status.rows) })}
          </Notice>
          <p class="hint">{t('impRefreshHint')}</p>
          <p class="actions">
            <a href={`/manage/import/${status.importId}`}>{t('impRefresh')}</a>
          </p>
        </>
      )}
      {status.state === 'done' && (
        <>
          <Notice>
            {t('impDone', { written: String(status.written ?? 0), present: String(status.present ?? 0) })}
          </Notice>
          {status.kind === 'volunteers' && <p>{t('impInvited', { count: String(status.invited ?? 0) })}</p>}
          {(status.uninvited ?? 0) > 0 && (
            <>
              <p>{t('impUninvited', { count: String(status.uninvited) })}</p>
              {again('impSendInvitations')}
            </>
          )}
        </>
      )}
      {status.state === 'failed' && (
        <>
          <Notice kind="alert">
            {status.failure?.code === 'IMPORT_CONFLICT'
              ? t('impConflict', { row: String(status.failure.row ?? '–') })
              : t('impFailedUnavailable')}
          </Notice>
          {again('impTryAgain')}
        </>
      )}
      <p class="actions">
        {status.state === 'done' && (
          <>
            <a href={status.kind === 'volunteers' ? '/manage/volunteers' : '/manage'}>
              {t(status.kind === 'volunteers' ? 'manageFindVolunteers' : 'backToNeeds')}
            </a>{' '}
          </>
        )}
        <a href="/manage/import">{t('impAgain')}</a>
      </p>
    </Layout>
  );
}
