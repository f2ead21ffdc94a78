import { randomUUID } from 'node:crypto';
import { type DynamoDBDocumentClient, GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { isConditionFailure } from '../db/conditional.ts';
import { TABLE } from '../db/table.ts';

/** How long a claim holds: longer than sending one e-mail can take (SES: 2 attempts × 3 s), far shorter than the retries. */
export const DELIVERY_LEASE_MS = 2 * 60_000;
/** Delivery records outlive every retry of the stream (24 h) by far. */
export const DELIVERY_RETENTION_DAYS = 90;

/**
 * What claiming a notification found: it is ours to send now, it was sent already, or someone
 * else is sending it (their lease has not run out: try again later).
 */
export type DeliveryClaim = { outcome: 'claimed'; owner: string } | { outcome: 'sent' } | { outcome: 'busy' };

export const deliveryKey = (notificationId: string) => ({
  [TABLE.partitionKey]: `DELIVERY#${notificationId}`,
  [TABLE.sortKey]: 'DELIVERY',
});

/**
 * One record per notification (event and recipient): the e-mail goes out once, however often
 * the stream delivers the event or a batch is retried. Claim (a conditional Put, with a lease),
 * send, mark sent; a failed send releases the claim so the retry can send.
 */
export class DeliveryRepository {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async claim(notificationId: string, now: Date): Promise<DeliveryClaim> {
    const owner = randomUUID();
    try {
      await this.db.send(
        new PutCommand({
          TableName: this.tableName,
          Item: {
            ...deliveryKey(notificationId),
            type: 'Delivery',
            status: 'sending',
            owner,
            leaseUntil: now.getTime() + DELIVERY_LEASE_MS,
            claimedAt: now.toISOString(),
            expiresAt: Math.floor(now.getTime() / 1000) + DELIVERY_RETENTION_DAYS * 86_400,
          },
          // Absent, or a claim whose holder gave up or died (its lease ran out).
          ConditionExpression: 'attribute_not_exists(#pk) OR (#status = :sending AND leaseUntil < :now)',
          ExpressionAttributeNames: { '#pk': TABLE.partitionKey, '#status': 'status' },
          ExpressionAttributeValues: { ':sending': 'sending', ':now': now.getTime() },
        }),
      );
      return { outcome: 'claimed', owner };
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
    }
    const current = await this.db.send(
      new GetCommand({ TableName: this.tableName, Key: deliveryKey(notificationId), ConsistentRead: true }),
    );
    return current.Item?.status === 'sent' ? { outcome: 'sent' } : { outcome: 'busy' };
  }

  /** Records the e-mail as sent. False when the claim was no longer ours (our lease ran out and another took it). */
  async markSent(notificationId: string, owner: string, now: Date): Promise<boolean> {
    return this.ifOwner(notificationId, owner, 'SET #status = :sent, sentAt = :at REMOVE leaseUntil', {
      ':sent': 'sent',
      ':at': now.toISOString(),
    });
  }

  /** Gives a claim up after a failed send: the lease ends now, so the next try claims it again. */
  async release(notificationId: string, owner: string): Promise<boolean> {
    return this.ifOwner(notificationId, owner, 'SET leaseUntil = :ended', { ':ended': 0 });
  }

  private async ifOwner(
    notificationId: string,
    owner: string,
    update: string,
    values: Record<string, unknown>,
  ): Promise<boolean> {
    try {
      await this.db.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: deliveryKey(notificationId),
          UpdateExpression: update,
          ConditionExpression: '#owner = :owner AND #status = :sending',
          ExpressionAttributeNames: { '#owner': 'owner', '#status': 'status' },
          ExpressionAttributeValues: { ...values, ':owner': owner, ':sending': 'sending' },
        }),
      );
      return true;
    } catch (error) {
      if (isConditionFailure(error)) return false;
      throw error;
    }
  }
}
