import { TABLE } from '../db/table.ts';
import { firstDate, needPartition } from '../needs/need-keys.ts';
import type { Match, MatchEvent } from './schemas.ts';

export const matchKey = (needId: string, volunteerId: string) => ({
  [TABLE.partitionKey]: needPartition(needId),
  [TABLE.sortKey]: `MATCH#${volunteerId}`,
});

/** The invitation's own item: it carries the TTL, so DynamoDB deletes it once it has expired. */
export const inviteKey = (needId: string, volunteerId: string) => ({
  [TABLE.partitionKey]: needPartition(needId),
  [TABLE.sortKey]: `INVITE#${volunteerId}`,
});

export const ledgerKey = (volunteerId: string) => ({
  [TABLE.partitionKey]: `VOLUNTEER#${volunteerId}`,
  [TABLE.sortKey]: 'LEDGER',
});

/** A volunteer's matches: `GSI1PK = MATCHES#<volunteer>`, by the need's first date. */
export function matchItem(match: Match) {
  return {
    ...matchKey(match.needId, match.volunteerId),
    GSI1PK: `MATCHES#${match.volunteerId}`,
    GSI1SK: `${firstDate(match)}#${match.needId}`,
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
