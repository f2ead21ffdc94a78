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
