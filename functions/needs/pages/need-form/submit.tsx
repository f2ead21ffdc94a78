import type { Context } from 'hono';
import {
  type FieldIssue,
  InvalidTransitionError,
  StateConflictError,
  ValidationError,
  VersionConflictError,
} from '../../../../shared/errors/index.ts';
import type { AppEnv } from '../../../../shared/http/app-env.ts';
import { toFieldIssues } from '../../../../shared/http/issues.ts';
import { managerCaller } from '../../../../shared/http/page-callers.ts';
import { NeedInput } from '../../../../shared/needs/schemas.ts';
import { acknowledgedVersion, conflictRows } from '../../../../shared/web/conflict-panel.tsx';
import { formString, readForm } from '../../../../shared/web/form.tsx';
import { chooseLanguage, switchedLanguage } from '../../../../shared/web/language-switch.ts';
import { pageContext } from '../../../../shared/web/page-context.ts';
import type { NeedsServices } from '../../services.ts';
import { needFieldTexts } from './conflict.ts';
import { postableQuarters } from './loader.ts';
import { renderNeedForm } from './render.tsx';
import { inputFromValues, type NeedFormValues, needFieldErrors, valuesFromForm, valuesFromNeed } from './values.ts';

/**
 * A posted need form: the language switch shows it again; otherwise it is checked (the schema and
 * the manager's quarters), saved, and answered with the need page, the form with its errors, or
 * the conflict panel when someone else saved the need meanwhile.
 */
export async function submitNeedForm(c: Context<AppEnv>, services: NeedsServices, needId: string | undefined) {
  const caller = managerCaller(c);
  const form = await readForm(c.req.raw);
  const values = valuesFromForm(form);
  const switched = switchedLanguage(form);
  if (switched) {
    // The language switch: the same form again in the other language, with what was typed.
    chooseLanguage(c, switched, services.config.cookieSecure);
    return renderNeedForm(c, services, caller, values, needId);
  }
  const { t, lang } = pageContext(c, services.config.localPlatform);
  const now = services.clock();
  // Only the conflict panel's "keep mine" saves over the stored version, and only the one the manager was shown.
  const acknowledged = acknowledgedVersion(formString(form, 'action'), formString(form, 'seenVersion'));
  const { input, fieldName } = inputFromValues(
    needId && acknowledged !== undefined ? { ...values, version: acknowledged } : values,
  );
  const parsed = NeedInput.safeParse(input);
  const issues: FieldIssue[] = parsed.success ? [] : toFieldIssues(parsed.error.issues);
  const catalog = await services.catalog.get(now.getTime());
  const quarters = await postableQuarters(services, caller, catalog);
  if (values.quarterId !== '' && !quarters.some((quarter) => quarter.id === values.quarterId)) {
    issues.push({ path: 'quarterId', code: 'not_my_quarter', message: 'Not one of your quarters' });
  }
  if (!parsed.success || issues.length > 0) {
    return renderNeedForm(c, services, caller, values, needId, {
      status: 400,
      errors: needFieldErrors(t, issues, fieldName),
    });
  }
  try {
    const need = needId
      ? await services.needs.update(caller, needId, parsed.data, now)
      : await services.needs.create(caller, parsed.data, now, values.requestKey || undefined);
    return c.redirect(`/manage/needs/${need.needId}?notice=${needId ? 'saved' : 'created'}`, 303);
  } catch (error) {
    if (error instanceof ValidationError) {
      return renderNeedForm(c, services, caller, values, needId, {
        status: 400,
        errors: needFieldErrors(t, error.issues, fieldName),
      });
    }
    if (error instanceof VersionConflictError && needId) {
      // The typing keeps the version it was based on: saving it plainly conflicts again.
      const stored = await services.needs.read(caller, needId);
      const texts = (v: NeedFormValues) => needFieldTexts(v, t, lang, catalog);
      const rows = conflictRows(texts(valuesFromNeed(stored, stored.quarterId)), texts(values));
      return renderNeedForm(c, services, caller, values, needId, {
        status: 409,
        conflict: { rows, seenVersion: String(stored.version) },
      });
    }
    if (error instanceof StateConflictError || error instanceof InvalidTransitionError) {
      const key = error instanceof StateConflictError ? 'conflict_NEED_HAS_COMMITMENTS' : 'needNotEditable';
      return renderNeedForm(c, services, caller, values, needId, { status: 409, message: t(key) });
    }
    throw error;
  }
}
