import { TABLE } from '../db/table.ts';

/**
 * A scheduled notification that has come due: written once by the schedule job (conditional
 * Put, so two runs fire it once), read from the stream by the notifier, which checks it still
 * holds (the match still accepted, the invitation still open, the need still short) and sends.
 * `PK = NOTICE#<kind>#<needId>#<volunteerId or ->#<date or expiry>`, `SK = NOTICE`, type `Notice`.
 */
export interface Notice {
  kind: 'reminder' | 'invitationExpiring' | 'needShortOfPeople';
  needId: string;
  /** reminder, invitationExpiring: the volunteer. */
  volunteerId?: string | undefined;
  /** reminder, needShortOfPeople: the date (YYYY-MM-DD, Europe/Berlin). */
  date?: string | undefined;
  /** invitationExpiring: the invitation's expiry it warns about (ISO). */
  inviteExpiresAt?: string | undefined;
  /** When the job fired it (ISO). */
  firedAt: string;
}

export const NOTICE_SORT_KEY = 'NOTICE';

export function noticeKey(notice: Pick<Notice, 'kind' | 'needId' | 'volunteerId' | 'date' | 'inviteExpiresAt'>) {
  const which = notice.date ?? notice.inviteExpiresAt ?? '-';
  return {
    [TABLE.partitionKey]: `NOTICE#${notice.kind}#${notice.needId}#${notice.volunteerId ?? '-'}#${which}`,
    [TABLE.sortKey]: NOTICE_SORT_KEY,
  };
}
