import type { Caller } from '../../../../shared/auth/caller.ts';
import type { Catalog } from '../../../../shared/catalog/schemas.ts';
import { berlinDate } from '../../../../shared/time/calendar.ts';
import { type ConflictRow, conflictRows } from '../../../../shared/web/conflict-panel.tsx';
import type { PageContext } from '../../../../shared/web/layout.tsx';
import type { VolunteersServices } from '../../services.ts';
import { profileFieldTexts } from './conflict.ts';
import { type ProfileFormValues, valuesFromProfile } from './form.ts';

/** The form's surroundings: the catalogue to choose from and the account's e-mail address. */
export async function loadProfileForm(
  { profiles, catalog, clock }: VolunteersServices,
  caller: Caller,
): Promise<{ catalog: Catalog; email: string }> {
  const current = await catalog.get(clock().getTime());
  const own = await profiles.own(caller);
  return { catalog: current, email: own?.email ?? caller.email ?? '' };
}

/** The stored profile as the form shows it (a new one starts available today). */
export async function loadProfileValues(
  { profiles, clock }: VolunteersServices,
  caller: Caller,
): Promise<ProfileFormValues> {
  return valuesFromProfile(await profiles.own(caller), berlinDate(clock()));
}

/**
 * After a lost race: what is stored now beside what was typed, field by field, and the version
 * the conflict panel's "keep mine" may save over (`0` when the profile is gone).
 */
export async function loadProfileConflict(
  services: VolunteersServices,
  caller: Caller,
  typed: ProfileFormValues,
  page: Pick<PageContext, 't' | 'lang'>,
): Promise<{ rows: ConflictRow[]; seenVersion: string; gone: boolean }> {
  const { profiles, clock } = services;
  const stored = await profiles.own(caller);
  const catalog = await services.catalog.get(clock().getTime());
  const texts = (values: ProfileFormValues) => profileFieldTexts(values, page.t, page.lang, catalog);
  const rows = stored ? conflictRows(texts(valuesFromProfile(stored, berlinDate(clock()))), texts(typed)) : [];
  return { rows, seenVersion: stored ? String(stored.version) : '0', gone: !stored };
}
