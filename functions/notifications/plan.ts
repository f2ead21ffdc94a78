import { effectiveState } from '../../shared/matches/lifecycle.ts';
import { comingDates, roster } from '../../shared/matches/roster.ts';
import type { Match } from '../../shared/matches/schemas.ts';
import { occurrences } from '../../shared/matching/occurrences.ts';
import type { Need } from '../../shared/needs/schemas.ts';
import type { NotificationKind } from '../../shared/notifications/kinds.ts';
import type { Notification } from '../../shared/notifications/notification.ts';
import type { NeedSource, NotificationSource } from './source.ts';

/** Who gets a planned notification: one volunteer, or every manager of the need's quarter. */
export type Addressee = { to: 'volunteer'; volunteerId: string } | { to: 'managers' };

/** What the event says, beside the need and the recipient (the template's optional fields). */
export type NotificationDetails = Pick<
  Notification,
  'volunteerFirstName' | 'answerBy' | 'date' | 'reason' | 'changes' | 'text' | 'openPlaces'
>;

export interface PlannedNotification {
  kind: NotificationKind;
  addressee: Addressee;
  details: NotificationDetails;
  /** The person whose step caused it: never mailed about it. */
  actor?: string | undefined;
}

export interface PlanContext {
  need: Need;
  /** The need's matches as they are now (stored states; effective states are derived with `now`). */
  matches: Match[];
  now: Date;
}

const state = (match: Match | undefined, context: PlanContext) => effectiveState(match, context.now, context.need);
const isDateOf = (need: Need, date: string | undefined) =>
  date !== undefined && occurrences(need.schedule).some((occurrence) => occurrence.date === date);

/** Whether the volunteer still comes on the date: an accepted match of theirs has it among its coming dates. */
function comesOn(volunteerId: string, date: string | undefined, context: PlanContext): boolean {
  return context.matches.some(
    (match) =>
      match.volunteerId === volunteerId &&
      state(match, context) === 'accepted' &&
      date !== undefined &&
      comingDates(match, context.need.schedule).includes(date),
  );
}

/** A date and the places it has open (its gap): what an absence's mail and the shortage warning say. */
function dateGap(date: string, context: PlanContext): NotificationDetails {
  const current = context.matches.map((match) => ({ ...match, status: state(match, context) as Match['status'] }));
  const entry = roster(context.need, current).find((candidate) => candidate.date === date);
  return { date, openPlaces: entry?.open ?? 0 };
}

/**
 * The notifications one event becomes (PLAN-9.md, "Which event becomes which mail"). Pure: the
 * caller reads the need and its matches when it handles the event. Scheduled notices are checked
 * against the present (the match still accepted, the invitation still open with the same expiry,
 * the need still short): a notice that no longer holds becomes nothing.
 */
export function planNotifications(source: NeedSource, context: PlanContext): PlannedNotification[] {
  const planned =
    source.from === 'match'
      ? planMatchEvent(source.event, context)
      : source.from === 'need'
        ? planNeedEvent(source.event, context)
        : planNotice(source.notice, context);
  return planned;
}

function planMatchEvent(
  event: Extract<NotificationSource, { from: 'match' }>['event'],
  context: PlanContext,
): PlannedNotification[] {
  // An absence concerns the series match; other dated steps the cover match of that date if there
  // is one (a no-show may concern either), undated steps the series match.
  const ofVolunteer = context.matches.filter((m) => m.volunteerId === event.volunteerId);
  const series = ofVolunteer.find((m) => m.date === undefined);
  const match = event.action === 'absent' ? series : (ofVolunteer.find((m) => m.date === event.date) ?? series);
  const volunteer: Addressee = { to: 'volunteer', volunteerId: event.volunteerId };
  const managers: Addressee = { to: 'managers' };
  const firstName = match?.firstName;
  const one = (kind: NotificationKind, addressee: Addressee, details: NotificationDetails = {}) => [
    {
      kind,
      addressee,
      actor: event.by,
      details: {
        ...(addressee.to === 'managers' && firstName && { volunteerFirstName: firstName }),
        // Cover concerns one date: every mail about it names that date.
        ...(event.date !== undefined && { date: event.date }),
        ...details,
      },
    },
  ];
  switch (event.action) {
    case 'invite':
      return one(event.date === undefined ? 'invitation' : 'coverInvitation', volunteer, {
        answerBy: match?.status === 'invited' ? match.inviteExpiresAt : undefined,
      });
    case 'offer':
      return one('offerReceived', managers);
    case 'accept':
      if (event.from === 'invited') return one('invitationAccepted', managers);
      if (event.from === 'offered') return one('offerAccepted', volunteer);
      return [];
    case 'decline':
      if (event.from === 'invited') return one('invitationDeclined', managers);
      if (event.from === 'offered') return one('offerDeclined', volunteer);
      return [];
    case 'withdraw':
      return one('volunteerWithdrew', managers);
    case 'cancel':
      return one('commitmentCancelled', volunteer, { reason: event.reason });
    case 'close':
      return event.reason === 'need_full' || event.reason === 'date_full' ? one('invitationClosed', volunteer) : [];
    case 'review_concern':
      return one('concernRaised', managers, { reason: event.reason });
    case 'absent':
      return event.date === undefined ? [] : one('volunteerAbsent', managers, dateGap(event.date, context));
    default:
      return [];
  }
}

function planNeedEvent(
  event: Extract<NotificationSource, { from: 'need' }>['event'],
  context: PlanContext,
): PlannedNotification[] {
  const toEach = (states: string[], kind: NotificationKind, details: NotificationDetails) =>
    context.matches
      .filter((match) => states.includes(state(match, context)))
      .map((match) => ({
        kind,
        addressee: { to: 'volunteer', volunteerId: match.volunteerId } as const,
        actor: event.by,
        details,
      }));
  if (event.action === 'changed')
    return toEach(['invited', 'accepted'], 'needChanged', { reason: event.reason, changes: event.changes });
  if (event.action === 'message' && event.text !== undefined)
    return toEach(event.audience === 'invitedAndAccepted' ? ['invited', 'accepted'] : ['accepted'], 'needMessage', {
      text: event.text,
    });
  return [];
}

function planNotice(
  notice: Extract<NotificationSource, { from: 'notice' }>['notice'],
  context: PlanContext,
): PlannedNotification[] {
  const { need } = context;
  const theirs = context.matches.filter((m) => m.volunteerId === notice.volunteerId);
  // A reminder is for the date: the cover match of that date, or the series.
  const match =
    notice.kind === 'reminder'
      ? (theirs.find((m) => m.date !== undefined && m.date === notice.date) ?? theirs.find((m) => m.date === undefined))
      : notice.kind === 'invitationExpiring'
        ? theirs.find((m) => m.inviteExpiresAt === notice.inviteExpiresAt)
        : undefined;
  switch (notice.kind) {
    case 'reminder':
      if (!notice.volunteerId || !isDateOf(need, notice.date) || !comesOn(notice.volunteerId, notice.date, context))
        return [];
      return [
        {
          kind: 'reminder',
          addressee: { to: 'volunteer', volunteerId: notice.volunteerId },
          details: { date: notice.date },
        },
      ];
    case 'invitationExpiring':
      if (
        !notice.volunteerId ||
        state(match, context) !== 'invited' ||
        match?.inviteExpiresAt === undefined ||
        match.inviteExpiresAt !== notice.inviteExpiresAt
      )
        return [];
      return [
        {
          kind: 'invitationExpiring',
          addressee: { to: 'volunteer', volunteerId: notice.volunteerId },
          details: { answerBy: match.inviteExpiresAt, ...(match.date !== undefined && { date: match.date }) },
        },
      ];
    case 'needShortOfPeople': {
      // Places are counted per date: a filled series has a gap where someone is absent.
      if ((need.status !== 'open' && need.status !== 'filled') || !isDateOf(need, notice.date)) return [];
      const openPlaces = dateGap(notice.date as string, context).openPlaces ?? 0;
      if (openPlaces <= 0) return [];
      return [{ kind: 'needShortOfPeople', addressee: { to: 'managers' }, details: { date: notice.date, openPlaces } }];
    }
    default:
      return [];
  }
}
