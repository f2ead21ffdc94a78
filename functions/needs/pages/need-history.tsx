import type { MatchEvent } from '../../../shared/matches/schemas.ts';
import type { PageContext } from '../../../shared/web/layout.tsx';
import { formatDateTime, matchStateText } from './format.ts';

const EVENT_ACTIONS = [
  'invite',
  'offer',
  'accept',
  'decline',
  'withdraw',
  'complete',
  'no_show',
  'cancel',
  'review_confirmed',
  'review_concern',
] as const;

/** The history of a need's matches: who did what, when (oldest first). */
export function HistorySection(props: { page: PageContext; events: MatchEvent[]; nameOf: (userId: string) => string }) {
  const { page, events } = props;
  const { t, lang } = page;
  const sorted = [...events].sort((a, b) => a.at.localeCompare(b.at));
  return (
    <section aria-labelledby="h-history">
      <h2 id="h-history">{t('historyTitle')}</h2>
      {sorted.length === 0 ? (
        <p>{t('historyNone')}</p>
      ) : (
        <div class="table-wrap">
          <table>
            <caption class="sr-only">{t('historyTitle')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('colWhen')}</th>
                <th scope="col">{t('colWho')}</th>
                <th scope="col">{t('colWhat')}</th>
              </tr>
            </thead>
            <tbody>
              {sorted.map((event) => {
                const action = (EVENT_ACTIONS as readonly string[]).includes(event.action)
                  ? t(`event_${event.action as (typeof EVENT_ACTIONS)[number]}`)
                  : event.action;
                // Reviews are not lifecycle steps: their text says it all, and an initiative member did it.
                const review = event.action.startsWith('review_');
                return (
                  <tr>
                    <td>{formatDateTime(lang, event.at)}</td>
                    <td>{review ? t('historyInitiative') : props.nameOf(event.by)}</td>
                    <td>
                      {action}: {props.nameOf(event.volunteerId)}{' '}
                      {!review && (
                        <span class="hint">
                          ({matchStateText(t, event.from)} → {matchStateText(t, event.to)})
                        </span>
                      )}
                      {event.reason && <span> – {event.reason}</span>}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
