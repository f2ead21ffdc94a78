import type { Violation } from '../../../../shared/matching/types.ts';
import type { Need } from '../../../../shared/needs/schemas.ts';
import { type CatalogNames, scheduleText } from '../../../../shared/web/format.ts';
import type { PageContext } from '../../../../shared/web/layout.tsx';
import { NeedEssentials } from '../common/need-essentials.tsx';
import { fitText, StepButton } from '../common/volunteer-steps.tsx';
import { Where } from './cards.tsx';

/** An open need of the volunteer's quarters: what, when, where, places free, and the offer (or why it does not fit). */
export function OpenNeedCard(props: { page: PageContext; names: CatalogNames; need: Need; misfits: Violation[] }) {
  const { page, names, need, misfits } = props;
  const { t, lang } = page;
  return (
    <li>
      <h3>{need.title}</h3>
      <p>{scheduleText(t, lang, need.schedule)}</p>
      <Where names={names} venueId={need.venueId} quarterId={need.quarterId} />
      {need.description && <p class="pre">{need.description}</p>}
      <p>
        {t.count(need.places, 'placesFreeOne', 'placesFree', {
          n: Math.max(need.places - need.acceptedCount, 0),
          places: need.places,
        })}
      </p>
      <NeedEssentials page={page} names={names} need={need} />
      {misfits.length > 0 ? (
        <p class="hint">
          {t('dashNoFit')} {misfits.map((violation) => fitText(page, names, violation)).join('; ')}
        </p>
      ) : (
        <div class="buttons">
          <StepButton page={page} needId={need.needId} step="offer" title={need.title} />
        </div>
      )}
    </li>
  );
}
