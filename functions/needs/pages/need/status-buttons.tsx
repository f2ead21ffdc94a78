import type * as z from 'zod/mini';
import type { Need, NeedStatus, NeedTransitionInput } from '../../../../shared/needs/schemas.ts';

type NeedTransition = z.infer<typeof NeedTransitionInput>['action'];

import type { PageContext } from '../../../../shared/web/layout.tsx';

/** The status buttons and the statuses they show in (cancelling has its own form). */
const STATUS_ACTIONS = {
  publish: ['draft'],
  close: ['open', 'filled'],
} as const satisfies Partial<Record<NeedTransition, readonly NeedStatus[]>>;

/** Edit, publish or close the need (as its status allows), and the way back to the list. */
export function StatusButtons(props: { page: PageContext; need: Need }) {
  const { page, need } = props;
  const { t } = page;
  const editable = need.status === 'draft' || need.status === 'open' || need.status === 'filled';
  return (
    <div class="actions">
      {editable && (
        <a class="button" href={`/manage/needs/${need.needId}/edit`}>
          {t('needEdit')}
        </a>
      )}
      {(Object.keys(STATUS_ACTIONS) as (keyof typeof STATUS_ACTIONS)[])
        .filter((action) => (STATUS_ACTIONS[action] as readonly string[]).includes(need.status))
        .map((action) => (
          <form method="post" action={`/manage/needs/${need.needId}/status`}>
            <input type="hidden" name="action" value={action} />
            <input type="hidden" name="version" value={String(need.version)} />
            <button type="submit" class={action === 'publish' ? undefined : 'secondary'}>
              {t(`needAction_${action}`)}
            </button>
          </form>
        ))}
      <a href="/manage">{t('backToNeeds')}</a>
    </div>
  );
}
