import type { Caller } from '../auth/caller.ts';
import type { Lang } from '../web/i18n.ts';

/** Request-scoped values every app sets in its middleware. */
export interface AppEnv {
  Variables: {
    caller: Caller | undefined;
    /** The raw session token, when the caller came with a session cookie. */
    sessionToken: string | undefined;
    lang: Lang;
  };
}
