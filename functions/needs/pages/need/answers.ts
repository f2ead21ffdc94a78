import type { Context } from 'hono';
import type { Caller } from '../../../../shared/auth/caller.ts';
import type { AppEnv } from '../../../../shared/http/app-env.ts';
import type { PageAlert } from '../../../../shared/web/alert.tsx';
import { conflictText } from '../../../../shared/web/explain.ts';
import { catalogNames } from '../../../../shared/web/format.ts';
import { pageContext } from '../../../../shared/web/page-context.ts';
import type { NeedsServices } from '../../services.ts';
import { renderNeedDetail } from './render.tsx';
import type { PageTyping } from './view.tsx';

/**
 * How the need page's buttons answer: back to the page with a notice (303), or, for a domain error
 * the manager can understand (full, not eligible, changed meanwhile), the page with it in words.
 */
export function needAnswers(services: NeedsServices) {
  const back = (c: Context<AppEnv>, needId: string, notice: string, n?: number) =>
    c.redirect(`/manage/needs/${needId}?notice=${notice}${n === undefined ? '' : `&n=${n}`}`, 303);

  const explain = async (c: Context<AppEnv>, error: unknown): Promise<PageAlert | undefined> => {
    const { t, lang } = pageContext(c, services.config.localPlatform);
    const catalog = await services.catalog.get(services.clock().getTime());
    return conflictText(t, lang, catalogNames(catalog, lang), error);
  };

  /** Runs a step; a domain error becomes the need page with the error in words (and the typing kept). */
  const attempt = async (
    c: Context<AppEnv>,
    caller: Caller,
    needId: string,
    step: () => Promise<Response>,
    typing?: PageTyping,
  ) => {
    try {
      return await step();
    } catch (error) {
      const alert = await explain(c, error);
      if (!alert) throw error;
      return renderNeedDetail(c, services, caller, needId, { status: 409, alert, typing });
    }
  };

  return { back, explain, attempt };
}
