import type { Context } from 'hono';
import type { AppEnv } from '../http/app-env.ts';
import { translator } from './i18n.ts';
import type { PageContext } from './layout.tsx';

export function pageContext(c: Context<AppEnv>, localPlatform: boolean): PageContext {
  // Errors raised before the language middleware ran (e.g. CSRF) still render in German.
  const lang = c.get('lang') ?? 'de';
  const url = new URL(c.req.url);
  return { lang, t: translator(lang), caller: c.get('caller'), path: url.pathname + url.search, localPlatform };
}
