import { TABLE } from '../db/table.ts';
import { firstDate, needPartition } from '../needs/need-keys.ts';
import type { Match, MatchEvent } from './schemas.ts';

/**
 * A volunteer's match with a need: `MATCH#<volunteer>` for the series (or a one-off need),
 * `MATCH#<volunteer>#<date>` for a cover match on one date of a series. Both sort under `MATCH#`,
 * so one query of the need's partition reads them all.
 */
export const matchKey = (needId: string, volunteerId: string, date?: string) => ({
  [TABLE.partitionKey]: needPartition(needId),
  [TABLE.sortKey]: date === undefined ? `MATCH#${volunteerId}` : `MATCH#${volunteerId}#${date}`,
});

/** The invitation's own item: it carries the TTL, so DynamoDB deletes it once it has expired. */
export const inviteKey = (needId: string, volunteerId: string, date?: string) => ({
  [TABLE.partitionKey]: needPartition(needId),
  [TABLE.sortKey]: date === undefined ? `INVITE#${volunteerId}` : `INVITE#${volunteerId}#${date}`,
});

export const ledgerKey = (volunteerId: string) => ({
  [TABLE.partitionKey]: `VOLUNTEER#${volunteerId}`,
  [TABLE.sortKey]: 'LEDGER',
});

/** A volunteer's matches: `GSI1PK = MATCHES#<volunteer>`, by the need's first date. */
export function matchItem(match: Match) {
  return {
    ...matchKey(match.needId, match.volunteerId, match.date),
    GSI1PK: `MATCHES#${match.volunteerId}`,
    GSI1SK:
      match.date === undefined ? `${firstDate(match)}#${match.needId}` : `${match.date}#${match.needId}#${match.date}`,
    type: 'Match',
    ...match,
  };
}

export function eventItem(event: MatchEvent, sequence: string) {
  return {
    [TABLE.partitionKey]: needPartition(event.needId),
    [TABLE.sortKey]: `EVENT#${event.at}#${event.volunteerId}#${sequence}`,
    type: 'MatchEvent',
    ...event,
  };
}
