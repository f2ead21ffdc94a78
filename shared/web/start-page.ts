/**
 * Where a person lands after signing in: each role on its own start page, and a `next` (the page a
 * sign-in was asked from) only when it names a page of the site's signed-in areas.
 */
import type { Role } from '../auth/caller.ts';
import { safeNext } from './safe-next.ts';

/** Each role's start page, the widest role first (staff hold one role; a volunteer only theirs). */
const START_PAGES: readonly (readonly [Role, string])[] = [
  ['admin', '/admin'],
  ['manager', '/manage'],
  ['initiative', '/initiative'],
  ['volunteer', '/dashboard'],
];

/** The role whose start page a person with these roles has; none for a person without a role (a failed sign-up trigger). */
export function startRoleOf(roles: readonly Role[]): Role | undefined {
  return START_PAGES.find(([role]) => roles.includes(role))?.[0];
}

/** The start page of a person with these roles; the landing page for one with none. */
export function startPageOf(roles: readonly Role[]): string {
  return START_PAGES.find(([role]) => roles.includes(role))?.[1] ?? '/';
}

/**
 * The signed-in areas a sign-in may lead on to (the page that asked for it, an e-mail's link):
 * their first path segment, then a sub-path, a query or nothing. Anything else, even a path of
 * this site (the sign-in itself, the language switch, `/`), leads to the start page instead.
 * A new signed-in area of pages is added here.
 */
const SIGN_IN_TARGET = /^\/(?:dashboard|profile|manage|initiative|admin|settings)(?:[/?]|$)/;

/**
 * `next` as a sign-in's target when it is safe ({@link safeNext}: a path of this site, re-serialised)
 * and lies in a signed-in area; else ''. What is carried in the sign-in form and redirected to.
 */
export function allowedNext(next: string | undefined): string {
  const safe = safeNext(next, '');
  return SIGN_IN_TARGET.test(safe) ? safe : '';
}

/** Where a sign-in sends this person: the allowed `next`, else their start page. */
export function afterSignIn(next: string | undefined, roles: readonly Role[]): string {
  return allowedNext(next) || startPageOf(roles);
}
