import type { Catalog } from '../../shared/catalog/schemas.ts';
import { logger } from '../../shared/logging/logger.ts';
import type { Mailer } from '../../shared/mail/mailer.ts';
import { autoCoverOn } from '../../shared/matches/auto-cover.ts';
import type { Match } from '../../shared/matches/schemas.ts';
import type { Need } from '../../shared/needs/schemas.ts';
import type { DeliveryClaim } from '../../shared/notifications/delivery-repository.ts';
import { NOTIFICATION_KINDS } from '../../shared/notifications/kinds.ts';
import type { Notification, RenderedMail } from '../../shared/notifications/notification.ts';
import type { Clock } from '../../shared/platform/services.ts';
import { type AccountExistsDeps, notifyAccountExists } from './account-exists.ts';
import { linkFor, needSummary } from './need-summary.ts';
import { type PlannedNotification, planNotifications } from './plan.ts';
import type { Person, Recipients } from './recipients.ts';
import { sendOnce } from './send-once.ts';
import type { NeedSource, SourceItem } from './source.ts';

export interface NotifierDeps extends AccountExistsDeps {
  needs: { get(needId: string): Promise<Need | undefined> };
  matches: { matchesOf(needId: string, options: { consistent?: boolean }): Promise<Match[]> };
  managers: { managersOf(quarterId: string): Promise<string[]> };
  catalog: { get(nowMs: number): Promise<Catalog> };
  recipients: Recipients;
  deliveries: {
    claim(notificationId: string, now: Date): Promise<DeliveryClaim>;
    markSent(notificationId: string, owner: string, now: Date): Promise<boolean>;
    release(notificationId: string, owner: string): Promise<boolean>;
  };
  render: (notification: Notification) => RenderedMail;
  mailer: Mailer;
  clock: Clock;
  publicUrl: string;
  /**
   * Automatic cover's sweep (ManagerMatches.coverSweep), run when an event of a need with it on
   * arrives: a decline, a withdrawal, an absence moves the waiting list on at once.
   */
  coverSweep?: (needId: string, now: Date) => Promise<number>;
}

/** What handling one event came to: e-mails sent, and those that must be tried again. */
export interface NotifyResult {
  sent: number;
  /** Already sent (the event came again), opted out, or no address. */
  skipped: number;
  failed: number;
}

const needIdOf = (source: NeedSource) => (source.from === 'notice' ? source.notice.needId : source.event.needId);

/**
 * Turns one event into its e-mails and sends each exactly once: reads the need and its matches,
 * plans (./plan.ts), resolves the recipients, and per recipient claims the delivery record,
 * sends, marks it sent. A failed send releases the claim and counts as failed (the caller
 * reports the record for a retry, in which what was sent is skipped); so does a claim another
 * invocation still holds.
 */
export async function notify(item: SourceItem, deps: NotifierDeps): Promise<NotifyResult> {
  if (item.source.from === 'accountExists') return notifyAccountExists(item, item.source.notice, deps);
  const result: NotifyResult = { sent: 0, skipped: 0, failed: 0 };
  const now = deps.clock();
  const needId = needIdOf(item.source);
  const need = await deps.needs.get(needId);
  if (!need) {
    logger.warn('notification for a need that is gone', { needId });
    return result;
  }
  if (deps.coverSweep && movesWaitingList(item.source) && autoCoverOn(need)) await sweep(deps.coverSweep, needId, now);
  const planned = planNotifications(item.source, {
    need,
    matches: await deps.matches.matchesOf(needId, { consistent: true }),
    now,
  });
  if (planned.length === 0) return result;
  const managers = planned.some((p) => p.addressee.to === 'managers')
    ? await deps.managers.managersOf(need.quarterId)
    : [];
  const wanted = planned.flatMap((p) => peopleOf(p, managers).map((person) => ({ person, kind: p.kind, planned: p })));
  const resolutions = await deps.recipients.resolve(wanted);
  const summary = needSummary(need, await deps.catalog.get(now.getTime()));

  await Promise.all(
    wanted.map(async ({ person, kind, planned: p }, index) => {
      const resolution = resolutions[index];
      if (resolution?.outcome !== 'send') {
        result.skipped++;
        return;
      }
      const notification: Notification = {
        kind,
        id: `${item.eventKey}#${person.userId}`,
        recipient: resolution.recipient,
        need: summary,
        link: linkFor(person.audience, need.needId, deps.publicUrl),
        ...(resolution.unsubscribeUrl && { unsubscribeUrl: resolution.unsubscribeUrl }),
        ...p.details,
      };
      const outcome = await deliverOnce(notification, deps);
      result[outcome]++;
    }),
  );
  return result;
}

/** Events after which the waiting list may have a place to ask for: any but its own invitations. */
const movesWaitingList = (source: NeedSource) =>
  source.from === 'need' || (source.from === 'match' && source.event.action !== 'invite');

/** The sweep is idempotent and the schedule runs it again: a failure is logged, the mails still go out. */
async function sweep(run: NonNullable<NotifierDeps['coverSweep']>, needId: string, now: Date): Promise<void> {
  try {
    await run(needId, now);
  } catch (error) {
    logger.warn('cover sweep after an event failed; the schedule runs it again', {
      needId,
      error: error instanceof Error ? error.name : String(error),
    });
  }
}

/** The people a planned notification goes to: never the one whose step caused it. */
function peopleOf(planned: PlannedNotification, managers: string[]): Person[] {
  const audience = NOTIFICATION_KINDS[planned.kind].audience;
  const ids = planned.addressee.to === 'managers' ? managers : [planned.addressee.volunteerId];
  return [...new Set(ids)].filter((userId) => userId !== planned.actor).map((userId) => ({ userId, audience }));
}

function deliverOnce(notification: Notification, deps: NotifierDeps): Promise<keyof NotifyResult> {
  return sendOnce(
    notification.id,
    notification.kind,
    () => {
      const mail = deps.render(notification);
      return {
        to: notification.recipient.email,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        kind: notification.kind,
        id: notification.id,
        language: notification.recipient.language,
        unsubscribeUrl: notification.unsubscribeUrl,
      };
    },
    deps,
  );
}
