import type { Context } from 'hono';
import type { Caller } from '../../../../shared/auth/caller.ts';
import type { AppEnv } from '../../../../shared/http/app-env.ts';
import type { ConflictRow } from '../../../../shared/web/conflict-panel.tsx';
import type { FieldErrors } from '../../../../shared/web/form.tsx';
import { Layout } from '../../../../shared/web/layout.tsx';
import { pageContext } from '../../../../shared/web/page-context.ts';
import type { ManageServices } from '../../services.ts';
import { loadNeedForm } from './loader.ts';
import type { NeedFormValues } from './values.ts';
import { NeedFormPage } from './view.tsx';

/** The need form (new, or the edit of \`needId\`) with the values, errors or conflict to show. */
export async function renderNeedForm(
  c: Context<AppEnv>,
  services: ManageServices,
  caller: Caller,
  values: NeedFormValues,
  needId: string | undefined,
  options: {
    status?: 200 | 400 | 409;
    errors?: FieldErrors;
    message?: string;
    conflict?: { rows: ConflictRow[]; seenVersion: string };
  } = {},
) {
  const page = pageContext(c, services.config.localPlatform);
  const { catalog, quarters } = await loadNeedForm(services, caller);
  if (quarters.length === 0) {
    return c.html(
      <Layout page={page} title={page.t('needCreate')}>
        <p>{page.t('manageNoQuarters')}</p>
      </Layout>,
    );
  }
  return c.html(
    <NeedFormPage
      page={page}
      catalog={catalog}
      quarters={quarters}
      values={values}
      errors={options.errors ?? {}}
      message={options.message}
      conflict={options.conflict}
      action={needId ? `/manage/needs/${needId}/edit` : '/manage/needs/new'}
      cancelHref={needId ? `/manage/needs/${needId}` : '/manage'}
      title={needId ? page.t('needEdit') : page.t('needCreate')}
      editing={needId !== undefined}
    />,
    options.status ?? 200,
  );
}
