import { directionOf } from '../../../../shared/i18n/languages.ts';
import { SYSTEM_ACTOR } from '../../../../shared/matches/lifecycle.ts';
import { MatchEvent } from '../../../../shared/matches/schemas.ts';
import type { VISIBLE_FIELDS } from '../../../../shared/needs/need-events.ts';
import type { NeedEvent } from '../../../../shared/notifications/need-event.ts';
import { formatDate, formatDateTime, matchStateText } from '../../../../shared/web/format.ts';
import type { PageContext } from '../../../../shared/web/layout.tsx';
import type { MessageKey } from '../../../../shared/web/messages-de.ts';
import { TableSection } from '../common/table-section.tsx';

/** Whether a stored action is one the schema knows (and so has its words); older data may hold others. */
const knownAction = (action: string): action is MatchEvent['action'] =>
  MatchEvent.shape.action.safeParse(action).success;

/** The labels of the fields an edit changed: every field a volunteer sees has one. */
const FIELD_LABELS: Record<(typeof VISIBLE_FIELDS)[number], MessageKey> = {
  title: 'needTitle',
  description: 'needDescription',
  quarterId: 'needQuarter',
  venueId: 'needVenue',
  schedule: 'needWhen',
  places: 'needPlaces',
  requiredSkills: 'needRequiredSkills',
  niceToHaveSkills: 'needNiceToHave',
  languages: 'needLanguages',
  involvesMinors: 'needMinorsShort',
};

/** What a need event says: the changed fields, the audience and text of a message, the reason. */
function NeedEventText(props: { page: PageContext; event: NeedEvent }) {
  const { t } = props.page;
  const { event } = props;
  const fields = (event.changes ?? []).map((field) =>
    Object.hasOwn(FIELD_LABELS, field) ? t(FIELD_LABELS[field as keyof typeof FIELD_LABELS]) : field,
  );
  return (
    <>
      {t(`needEvent_${event.action}`)}
      {event.action === 'changed' && fields.length > 0 && <>: {fields.join(', ')}</>}
      {event.action === 'message' && event.audience && (
        <>
          {' '}
          <span class="hint">({t(`messageAudience_${event.audience}`)})</span>
        </>
      )}
      {event.action === 'message' && event.text && <span class="block pre">{event.text}</span>}
      {event.reason && <span class="block">{t('needEventReason', { reason: event.reason })}</span>}
    </>
  );
}

type Entry = { kind: 'match'; event: MatchEvent } | { kind: 'need'; event: NeedEvent };

/** The history of a need and its matches: who did what, when (oldest first). */
export function HistorySection(props: {
  page: PageContext;
  events: MatchEvent[];
  needEvents: NeedEvent[];
  nameOf: (userId: string) => string;
}) {
  const { page } = props;
  const { t, lang } = page;
  const sorted: Entry[] = [
    ...props.events.map((event): Entry => ({ kind: 'match', event })),
    ...props.needEvents.map((event): Entry => ({ kind: 'need', event })),
  ].sort((a, b) => a.event.at.localeCompare(b.event.at));
  return (
    <TableSection
      id="h-history"
      title={t('historyTitle')}
      empty={t('historyNone')}
      columns={[t('colWhen'), t('colWho'), t('colWhat')]}
      count={sorted.length}
    >
      {sorted.map((entry) => {
        if (entry.kind === 'need') {
          return (
            <tr>
              <td>{formatDateTime(lang, entry.event.at)}</td>
              <td>{props.nameOf(entry.event.by)}</td>
              <td>
                <NeedEventText page={page} event={entry.event} />
              </td>
            </tr>
          );
        }
        const { event } = entry;
        const action =
          event.action === 'absent'
            ? t('event_absent', { date: event.date ? formatDate(lang, event.date) : '' })
            : knownAction(event.action)
              ? t(`event_${event.action}`)
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
              {action}: {props.nameOf(event.volunteerId)}
              {event.date && <>, {formatDate(lang, event.date)}</>}{' '}
              {/* A date's no-show (or its undoing) keeps the match's state: no arrow to show. */}
              {!review && event.from !== event.to && (
                <span class="hint">
                  ({matchStateText(t, event.from)} {directionOf(lang) === 'rtl' ? '←' : '→'}{' '}
                  {matchStateText(t, event.to)})
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
