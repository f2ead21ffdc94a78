import { isLang } from '../i18n/languages.ts';
import { logger } from '../logging/logger.ts';
import type { Mailer } from '../mail/mailer.ts';
import { formatDate } from '../web/format.ts';
import { translator } from '../web/i18n.ts';
import type { AccountDirectory } from './account-directory.ts';
import { monthOf, monthsBefore, monthsBetween } from './activity-keys.ts';
import type { AccountActivity, ActivityRepository } from './activity-repository.ts';
import type { InactivitySettings } from './inactivity-settings.ts';
import type { PrivacyService } from './privacy-service.ts';

/** The first month sign-ins were recorded in: nothing older can be in the index. */
export const FIRST_ACTIVITY_MONTH = '2026-01';

/** The least notice a reminder gives before the erasure (when reminders were late, e.g. mail was down). */
const NOTICE_MS = 30 * 86400_000;

/** An erasure marker younger than this may still be running in a request: leave it be. */
const RESUME_AFTER_MS = 3600_000;

export interface InactivityJobDeps {
  activity: ActivityRepository;
  privacy: PrivacyService;
  accounts: AccountDirectory;
  mailer: Mailer;
  settings: InactivitySettings;
}

export interface InactivityRun {
  reminded: string[];
  erased: string[];
  resumed: string[];
  failed: string[];
}

const isStaff = (activity: AccountActivity) => activity.roles.some((role) => role !== 'volunteer');
const berlinDay = (date: Date) => date.toLocaleDateString('sv-SE', { timeZone: 'Europe/Berlin' });

/**
 * The daily job (EventBridge Scheduler in AWS, a timer locally): reminds accounts without a
 * sign-in for `reminderMonths`, erases volunteers' accounts after `deletionMonths` — only once
 * they were reminded, at least 30 days before — and finishes erasures that were interrupted. Reads what is due by key
 * (GSI1 `ACTIVITY#<month>`, `ERASURES`), never by Scan. Staff accounts are reminded but never
 * erased by the job: admins manage them. Safe to run twice or concurrently: a reminder is
 * claimed by a conditional write before it is sent, and erasure is idempotent.
 */
export class InactivityJob {
  constructor(private readonly deps: InactivityJobDeps) {}

  async run(now: Date): Promise<InactivityRun> {
    const result: InactivityRun = { reminded: [], erased: [], resumed: [], failed: [] };
    for (const request of await this.deps.privacy.pendingErasures()) {
      if (now.getTime() - Date.parse(request.requestedAt) < RESUME_AFTER_MS) continue;
      await this.attempt(result, request.userId, async () => {
        await this.deps.privacy.erase(request.userId, request.reason, now);
        result.resumed.push(request.userId);
      });
    }
    const remindBefore = monthsBefore(now, this.deps.settings.reminderMonths).toISOString();
    const eraseBefore = monthsBefore(now, this.deps.settings.deletionMonths).toISOString();
    for (const month of monthsBetween(FIRST_ACTIVITY_MONTH, monthOf(remindBefore))) {
      for (const activity of await this.deps.activity.lastSignedInBefore(month, remindBefore)) {
        await this.attempt(result, activity.userId, async () => {
          const reminded = activity.remindedFor === activity.lastSignInAt;
          if (!reminded) {
            if (await this.remind(activity, now)) result.reminded.push(activity.userId);
          } else if (
            activity.lastSignInAt < eraseBefore &&
            !isStaff(activity) &&
            now.getTime() - Date.parse(activity.remindedAt ?? '') >= NOTICE_MS
          ) {
            await this.deps.privacy.erase(activity.userId, 'inactive', now);
            result.erased.push(activity.userId);
          }
        });
      }
    }
    logger.info('inactivity job', {
      reminded: result.reminded.length,
      erased: result.erased.length,
      resumed: result.resumed.length,
      failed: result.failed.length,
    });
    return result;
  }

  /** One person's failure (logged) does not stop the others; the next run tries again. */
  private async attempt(result: InactivityRun, userId: string, work: () => Promise<void>): Promise<void> {
    try {
      await work();
    } catch (error) {
      result.failed.push(userId);
      logger.error('inactivity job: person failed', { error: error instanceof Error ? error.message : String(error) });
    }
  }

  /** Claims, then sends; gives the claim back if the e-mail fails. True if this run sent it. */
  private async remind(activity: AccountActivity, now: Date): Promise<boolean> {
    const account = await this.deps.accounts.get(activity.userId);
    if (!account?.email) return false;
    const claimedAt = now.toISOString();
    if (!(await this.deps.activity.claimReminder(activity.userId, activity.lastSignInAt, claimedAt))) return false;
    // In the language the account signed up in; the date as that language writes it.
    const lang = isLang(account.locale) ? account.locale : 'de';
    const t = translator(lang);
    const deleteOn = formatDate(
      lang,
      berlinDay(monthsBefore(new Date(activity.lastSignInAt), -this.deps.settings.deletionMonths)),
    );
    try {
      await this.deps.mailer.send({
        to: account.email,
        kind: 'InactivityReminder',
        subject: t('inactivityReminderSubject'),
        text: isStaff(activity)
          ? t('inactivityReminderStaffText', { months: this.deps.settings.reminderMonths })
          : t('inactivityReminderText', { months: this.deps.settings.reminderMonths, deleteOn }),
      });
    } catch (error) {
      await this.deps.activity.releaseReminder(activity.userId, activity.lastSignInAt, claimedAt);
      throw error;
    }
    return true;
  }
}
