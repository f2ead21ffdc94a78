import { logger } from '../logging/logger.ts';
import { addDays } from '../time/calendar.ts';
import type { DueNotice } from './due-notice.ts';
import { EXPIRING_LEAD_HOURS, REMINDER_LEAD_HOURS, SHORT_OF_PEOPLE_LEAD_HOURS } from './due-planner.ts';
import type { NoticeScheduleRepository } from './notice-schedule-repository.ts';

/** What one run did: the window it read, what it read and fired. */
export interface NoticeRun {
  /** The window: due after `from`, at or before `until` (ISO). */
  from: string;
  until: string;
  /** Items the Queries read (the cursor's one GetItem not included). */
  itemsRead: number;
  /** Due items in the window. */
  due: number;
  /** Notices this run wrote. */
  fired: number;
  /** Due items another run (or an earlier try of this one) had fired already. */
  alreadyFired: number;
  /** Due items so late (the job was down) that what they announce has begun: not fired. */
  stale: number;
  /** Whether this run moved the cursor (false: a run that started later had already moved it further). */
  cursorMoved: boolean;
}

/** Without a cursor (the very first run), the window reaches back this far. */
const FIRST_WINDOW_HOURS = 24;
/** How long after its due time a notice's occasion comes (the date starts, the invitation expires). */
const LEAD_HOURS: Record<DueNotice['kind'], number> = {
  reminder: REMINDER_LEAD_HOURS,
  invitationExpiring: EXPIRING_LEAD_HOURS,
  needShortOfPeople: SHORT_OF_PEOPLE_LEAD_HOURS,
};
/** Conditional Puts in flight at once. */
const PARALLEL = 16;
const MAX_CURSOR_ATTEMPTS = 5;

/**
 * Fires the scheduled notices that have come due: reads the schedule index by key from the
 * cursor to now (one key range per UTC day, no Scan), writes each notice once (a conditional Put
 * on its `noticeKey`: two runs, overlapping or repeated, fire it once), then moves the cursor to
 * now, conditional on the value it read. A run that fails leaves the cursor where it was: the
 * next run reads the same window again and fires only what is still missing.
 */
export class NoticeScheduleJob {
  constructor(private readonly repository: NoticeScheduleRepository) {}

  async run(now: Date): Promise<NoticeRun> {
    const until = now.toISOString();
    let cursor = await this.repository.cursor();
    const from = cursor ?? new Date(now.getTime() - FIRST_WINDOW_HOURS * 3_600_000).toISOString();
    const run: NoticeRun = {
      from,
      until,
      itemsRead: 0,
      due: 0,
      fired: 0,
      alreadyFired: 0,
      stale: 0,
      cursorMoved: false,
    };
    if (from >= until) return this.done(run);
    const batch: DueNotice[] = [];
    const flush = async () => {
      const results = await Promise.all(batch.splice(0).map((due) => this.repository.fire(due, now)));
      for (const fired of results) {
        if (fired) run.fired++;
        else run.alreadyFired++;
      }
    };
    for (let day = from.slice(0, 10); day <= until.slice(0, 10); day = addDays(day, 1)) {
      for await (const due of this.repository.dueOn(day, from, until, (read) => {
        run.itemsRead += read;
      })) {
        run.due++;
        if (Date.parse(due.dueAt) + LEAD_HOURS[due.kind] * 3_600_000 <= now.getTime()) {
          run.stale++;
          continue;
        }
        batch.push(due);
        if (batch.length >= PARALLEL) await flush();
      }
    }
    await flush();
    for (let attempt = 0; attempt < MAX_CURSOR_ATTEMPTS; attempt++) {
      if (await this.repository.moveCursor(cursor, until)) {
        run.cursorMoved = true;
        break;
      }
      // Another run moved it. Further than this run read: leave it. Not as far: move it on from there.
      cursor = await this.repository.cursor();
      if (cursor !== undefined && cursor >= until) break;
    }
    return this.done(run);
  }

  private done(run: NoticeRun): NoticeRun {
    logger.info('notice schedule run', { ...run });
    return run;
  }
}
