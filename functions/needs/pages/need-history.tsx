import { SYSTEM_ACTOR } from '../../../shared/matches/lifecycle.ts';
import type { MatchEvent } from '../../../shared/matches/schemas.ts';
import { formatDateTime, matchStateText } from '../../../shared/web/format.ts';
import type { PageContext } from '../../../shared/web/layout.tsx';
import { TableSection } from './table-section.tsx';

const EVENT_ACTIONS = [
  'invite',
  'offer',
  'accept',
  'decline',
  'withdraw',
  'complete',
  'no_show',
  'cancel',
  'close',
  'review_confirmed',
  'review_concern',
] as const;

/** The history of a need's matches: who did what, when (oldest first). */
export function HistorySection(props: { page: PageContext; events: MatchEvent[]; nameOf: (userId: string) => string }) {
  const { page, events } = props;
  const { t, lang } = page;
  const sorted = [...events].sort((a, b) => a.at.localeCompare(b.at));
  return (
    <TableSection
      id="h-history"
      title={t('historyTitle')}
      empty={t('historyNone')}
      columns={[t('colWhen'), t('colWho'), t('colWhat')]}
      count={sorted.length}
    >
      {sorted.map((event) => {
        const action = (EVENT_ACTIONS as readonly string[]).includes(event.action)
          ? t(`event_${event.action as (typeof EVENT_ACTIONS)[number]}`)
          : event.action;
        // Reviews are not lifecycle steps: their text says it all, and an initiative member did it.
        const review = event.action.startsWith('review_');
        return (
          <tr>
            <td>{formatDateTime(lang, event.at)}</td>
            <td>
              {review
                ? t('historyInitiative')
                : event.by === SYSTEM_ACTOR
                  ? t('historySystem')
                  : props.nameOf(event.by)}
            </td>
            <td>
              {action}: {props.nameOf(event.volunteerId)}{' '}
              {!review && (
                <span class="hint">
                  ({matchStateText(t, event.from)} → {matchStateText(t, event.to)})
                </span>
              )}
              {/* A close says its reason in its name; other reasons are an initiative's own words. */}
              {event.reason && event.action !== 'close' && <span> – {event.reason}</span>}
            </td>
          </tr>
        );
      })}
    </TableSection>
  );
}
