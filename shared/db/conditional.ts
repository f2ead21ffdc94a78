/**
 * Storage errors that mean "a condition did not hold": a plain conditional write, or a
 * transaction cancelled because one of its conditions failed. Repositories translate these
 * into domain conflicts; everything else stays an unexpected error.
 */
export function isConditionFailure(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  if (error.name === 'ConditionalCheckFailedException') return true;
  if (error.name === 'TransactionCanceledException') {
    const reasons = (error as { CancellationReasons?: { Code?: string }[] }).CancellationReasons ?? [];
    return reasons.some((reason) => reason.Code === 'ConditionalCheckFailed');
  }
  return false;
}

/**
 * A cancelled transaction: the index of the first item whose condition failed (-1 for none), and
 * whether it collided with another transaction. Also finds the cancellation behind the
 * ServiceUnavailableError the client middleware makes of a collision (./storage-unavailable.ts).
 * undefined when the error is not a cancelled transaction.
 */
export function transactionCancellation(error: unknown): { failed: number; collided: boolean } | undefined {
  const raw =
    error instanceof Error && error.name !== 'TransactionCanceledException' && error.cause instanceof Error
      ? error.cause
      : error;
  const reasons = (raw as { CancellationReasons?: { Code?: string }[] } | undefined)?.CancellationReasons;
  if (!(raw instanceof Error) || raw.name !== 'TransactionCanceledException' || !reasons) return undefined;
  return {
    failed: reasons.findIndex((reason) => reason.Code === 'ConditionalCheckFailed'),
    collided: reasons.some((reason) => reason.Code === 'TransactionConflict'),
  };
}
