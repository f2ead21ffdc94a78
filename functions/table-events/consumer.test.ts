import type { DynamoDBRecord } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { consumeTableEvents } from './consumer.ts';

const NOW = new Date('2026-11-24T10:00:00Z');

const record = (sequence: string, pk: string, sk: string): DynamoDBRecord => ({
  eventName: 'MODIFY',
  dynamodb: { SequenceNumber: sequence, Keys: { PK: { S: pk }, SK: { S: sk } } },
});

/** A projector that records its calls and fails for the volunteers named. */
function projector(failing: string[] = []) {
  const calls: string[] = [];
  return {
    calls,
    project: async (volunteerId: string, now: Date) => {
      expect(now).toBe(NOW);
      calls.push(volunteerId);
      if (failing.includes(volunteerId)) throw new Error('throttled');
      return { written: 2, deleted: 1 };
    },
  };
}

describe('table events consumer', () => {
  it('re-projects each volunteer whose profile or safeguarding facts changed, once per batch', async () => {
    const fake = projector();
    const response = await consumeTableEvents(
      {
        Records: [
          record('1', 'VOLUNTEER#a', 'PROFILE'),
          record('2', 'VOLUNTEER#a', 'CAND#A#nordstadt#tue#07#*#15:00'),
          record('3', 'VOLUNTEER#b', 'SAFEGUARDING'),
          record('4', 'VOLUNTEER#a', 'SAFEGUARDING'),
          record('5', 'NEED#n', 'NEED'),
          record('6', 'VOLUNTEER#c', 'LEDGER'),
        ],
      },
      { candidateProjector: fake, clock: () => NOW },
    );
    expect(fake.calls).toEqual(['a', 'b']);
    expect(response).toEqual({ batchItemFailures: [] });
  });

  it('reports the first record of the earliest volunteer that failed, so Lambda retries from there', async () => {
    const fake = projector(['c', 'b']);
    const response = await consumeTableEvents(
      {
        Records: [
          record('10', 'VOLUNTEER#a', 'PROFILE'),
          record('11', 'VOLUNTEER#b', 'PROFILE'),
          record('12', 'VOLUNTEER#c', 'PROFILE'),
          record('13', 'VOLUNTEER#b', 'SAFEGUARDING'),
          record('14', 'VOLUNTEER#d', 'PROFILE'),
        ],
      },
      { candidateProjector: fake, clock: () => NOW },
    );
    // Every volunteer is still tried: the others' work is not lost while b and c are retried.
    expect([...fake.calls].sort()).toEqual(['a', 'b', 'c', 'd']);
    expect(response).toEqual({ batchItemFailures: [{ itemIdentifier: '11' }] });
  });
});
