import type { Hono } from 'hono';
import { ValidationError } from '../../../../shared/errors/index.ts';
import type { AppEnv } from '../../../../shared/http/app-env.ts';
import { toFieldIssues } from '../../../../shared/http/issues.ts';
import { managerCaller } from '../../../../shared/http/page-callers.ts';
import { NeedMessageInput } from '../../../../shared/needs/schemas.ts';
import { fieldErrors, readForm } from '../../../../shared/web/form.tsx';
import { chooseLanguage, switchedLanguage } from '../../../../shared/web/language-switch.ts';
import { pageContext } from '../../../../shared/web/page-context.ts';
import { needIdOf } from '../../../../shared/web/path-params.ts';
import type { NeedsServices } from '../../services.ts';
import { needAnswers } from './answers.ts';
import { messageValuesFromForm } from './message.tsx';
import { renderNeedDetail } from './render.tsx';

/** POST /manage/needs/:needId/messages: the manager's message to the need's people. */
export function registerMessageAction(app: Hono<AppEnv>, services: NeedsServices): void {
  const { back, attempt } = needAnswers(services);

  app.post('/manage/needs/:needId/messages', async (c) => {
    const caller = managerCaller(c);
    const needId = needIdOf(c);
    const form = await readForm(c.req.raw);
    const values = messageValuesFromForm(form);
    const switched = switchedLanguage(form);
    if (switched) {
      chooseLanguage(c, switched, services.config.cookieSecure);
      return renderNeedDetail(c, services, caller, needId, { typing: { message: values } });
    }
    const parsed = NeedMessageInput.safeParse({ text: values.text, audience: values.audience || undefined });
    if (!parsed.success) {
      const { t } = pageContext(c, services.config.localPlatform);
      const errors = fieldErrors(t, toFieldIssues(parsed.error.issues));
      return renderNeedDetail(c, services, caller, needId, {
        status: 400,
        alert: { text: t('formHasErrors') },
        typing: { message: values, errors },
      });
    }
    return attempt(
      c,
      caller,
      needId,
      async () => {
        try {
          await services.needs.message(caller, needId, parsed.data, services.clock(), values.requestKey || undefined);
        } catch (error) {
          if (!(error instanceof ValidationError)) throw error;
          // The form's key is no key (not a form we rendered): ask again with a fresh one.
          const { t } = pageContext(c, services.config.localPlatform);
          return renderNeedDetail(c, services, caller, needId, {
            status: 400,
            alert: { text: t('badRequest') },
            typing: { message: { ...values, requestKey: '' } },
          });
        }
        return back(c, needId, 'messageSent');
      },
      { message: values },
    );
  });
}
