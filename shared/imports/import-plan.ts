import { TABLE } from '../db/table.ts';
import { autoCoverItem, sweptNeed } from '../needs/auto-cover-keys.ts';
import { needItem } from '../needs/need-keys.ts';
import type { Need } from '../needs/schemas.ts';
import { consentItem, indexItems, profileKey } from '../volunteers/profile-keys.ts';
import type { VolunteerProfile } from '../volunteers/schemas.ts';

type Item = Record<string, unknown>;

/** DynamoDB's limit of items per transaction. */
export const MAX_TRANSACTION_ITEMS = 100;

/**
 * What one row of an import writes: its main item (a profile or a need, written only where none
 * is: `attribute_not_exists`) carrying the import's id, and the items that belong to it
 * (quarter memberships and the consent record of a profile; automatic cover's entry of a need).
 */
export interface RowWrite {
  row: number;
  main: Item;
  companions: Item[];
}

/** A profile's items as the profile repository writes them on create, marked with the import. */
export function volunteerWrite(row: number, profile: VolunteerProfile, importId: string): RowWrite {
  return {
    row,
    main: { ...profileKey(profile.volunteerId), type: 'VolunteerProfile', ...profile, importId },
    companions: [...indexItems(profile), consentItem(profile)],
  };
}

/** A need's items as the need repository writes them on create, marked with the import. */
export function needWrite(row: number, need: Need, importId: string): RowWrite {
  return {
    row,
    main: { ...needItem(need), importId },
    companions: sweptNeed(need) ? [autoCoverItem(need)] : [],
  };
}

export const keyOf = (item: Item) => ({
  [TABLE.partitionKey]: item[TABLE.partitionKey] as string,
  [TABLE.sortKey]: item[TABLE.sortKey] as string,
});

/**
 * The rows in transactions of at most `MAX_TRANSACTION_ITEMS - reserved` items each, in row
 * order, a row never split (its items are written together or not at all). `reserved` leaves
 * room for the import's own cursor update in each transaction.
 */
export function packTransactions(rows: readonly RowWrite[], reserved = 1): RowWrite[][] {
  const room = MAX_TRANSACTION_ITEMS - reserved;
  const groups: RowWrite[][] = [];
  let current: RowWrite[] = [];
  let size = 0;
  for (const row of rows) {
    const items = 1 + row.companions.length;
    if (items > room) throw new Error(`Row ${row.row} needs ${items} items, more than a transaction holds`);
    if (size + items > room) {
      groups.push(current);
      current = [];
      size = 0;
    }
    current.push(row);
    size += items;
  }
  if (current.length > 0) groups.push(current);
  return groups;
}
