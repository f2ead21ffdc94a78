import type { Catalog } from '../../../../shared/catalog/schemas.ts';
import type { Need } from '../../../../shared/needs/schemas.ts';
import { catalogNames, needStatusText, scheduleText } from '../../../../shared/web/format.ts';
import type { Lang, Translate } from '../../../../shared/web/i18n.ts';

/** "Hausaufgabenhilfe · Nordstadt · Mittwoch, 02.12.2026, 15:00–17:00 Uhr (Entwurf)". */
export function needLabel(t: Translate, lang: Lang, catalog: Catalog, need: Need): string {
  const label = [
    need.title,
    catalogNames(catalog, lang).quarter(need.quarterId),
    scheduleText(t, lang, need.schedule),
  ].join(' · ');
  return need.status === 'open' ? label : `${label} (${needStatusText(t, need.status)})`;
}
