import type { Context } from 'hono';
import type { JSX } from 'hono/jsx/jsx-runtime';
import type * as z from 'zod/mini';
import { IdentityError, RateLimitedError } from '../../../shared/errors/index.ts';
import type { AppEnv } from '../../../shared/http/app-env.ts';
import { retryAfterOf, statusOf } from '../../../shared/http/error-handler.ts';
import { toFieldIssues } from '../../../shared/http/issues.ts';
import { fieldErrors, formString, readForm } from '../../../shared/web/form.tsx';
import { chooseLanguage, switchedLanguage } from '../../../shared/web/language-switch.ts';
import { pageContext } from '../../../shared/web/page-context.ts';
import { allowedNext } from '../../../shared/web/start-page.ts';
import type { AccountsServices } from '../services.ts';
import type { FormState } from './account-form.tsx';

export type PageRenderer = (page: ReturnType<typeof pageContext>, form: FormState) => JSX.Element;
export type Form = Awaited<ReturnType<typeof readForm>>;

export interface FormOptions<S extends z.ZodMiniType> {
  schema: S;
  /** Values shown again on the form after a mistake (never the password); `next` only when allowed. */
  keep: string[];
  render: PageRenderer;
  /** The fields the schema validates; default every field posted but `next`. */
  fields?: string[];
}

/**
 * Handles a posted account form: validates it with the API's schema, runs the action, and on
 * a mistake re-renders the form with the errors and the values typed (never the password).
 */
export async function handleForm<S extends z.ZodMiniType>(
  c: Context<AppEnv>,
  services: AccountsServices,
  options: FormOptions<S>,
  action: (input: z.output<S>, form: Form) => Promise<Response>,
): Promise<Response> {
  const form = await readForm(c.req.raw);
  // A redirect target is kept only when it is allowed, so a hostile one is not carried on.
  const values = Object.fromEntries(
    options.keep.map((name) => [name, name === 'next' ? allowedNext(formString(form, name)) : formString(form, name)]),
  );
  const switched = switchedLanguage(form);
  // The language switch: the same form again in the other language, with what was typed.
  if (switched) chooseLanguage(c, switched, services.config.cookieSecure);
  const page = pageContext(c, services.config.localPlatform);
  if (switched) return c.html(options.render(page, { values, errors: {} }));
  // Fields the schema knows are validated; passwords are taken verbatim (spaces count).
  const names = options.fields ?? Object.keys(form).filter((name) => name !== 'next');
  const fields = Object.fromEntries(
    names.map((name) => [name, name === 'password' ? String(form[name] ?? '') : formString(form, name)]),
  );
  const parsed = options.schema.safeParse(fields);
  if (!parsed.success) {
    return c.html(
      options.render(page, { values, errors: fieldErrors(page.t, toFieldIssues(parsed.error.issues)) }),
      400,
    );
  }
  try {
    return await action(parsed.data, form);
  } catch (error) {
    if (error instanceof RateLimitedError) {
      // In the visitor's language, on the form they used, with the wait as the API gives it.
      const minutes = Math.ceil(error.retryAfterSeconds / 60);
      c.header('Retry-After', String(retryAfterOf(error)));
      return c.html(
        options.render(page, { values, errors: {}, message: page.t('err_RATE_LIMITED', { minutes }) }),
        429,
      );
    }
    if (!(error instanceof IdentityError)) throw error;
    return c.html(options.render(page, { values, errors: {}, message: page.t(`err_${error.code}`) }), statusOf(error));
  }
}
