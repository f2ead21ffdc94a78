import { logger } from '../../shared/logging/logger.ts';
import type { MailMessage } from '../../shared/mail/mailer.ts';
import type { NotifierDeps, NotifyResult } from './notifier.ts';

/**
 * Sends one e-mail exactly once under its delivery record `id`: claims the record, builds and
 * sends the mail, marks it sent. A failed send releases the claim and counts as failed (the
 * record is retried, and a mail already sent is skipped then); so does a claim another
 * invocation still holds.
 */
export async function sendOnce(
  id: string,
  kind: string,
  build: () => MailMessage,
  deps: Pick<NotifierDeps, 'deliveries' | 'mailer' | 'clock'>,
): Promise<keyof NotifyResult> {
  const claim = await deps.deliveries.claim(id, deps.clock());
  if (claim.outcome === 'sent') return 'skipped';
  if (claim.outcome === 'busy') {
    logger.warn('notification claimed by another invocation; retried later', { kind });
    return 'failed';
  }
  try {
    await deps.mailer.send(build());
  } catch (error) {
    logger.error('notification not sent', { kind, error: (error as Error).message });
    await deps.deliveries.release(id, claim.owner);
    return 'failed';
  }
  // Sent is sent: a failure to record it must not fail the record (a retry would send it again
  // once the lease ran out).
  const marked = await deps.deliveries.markSent(id, claim.owner, deps.clock()).catch((error: unknown) => {
    logger.error('notification sent but not recorded', { kind, error: (error as Error).message });
    return true;
  });
  if (!marked) logger.warn('notification sent after its claim ran out', { kind });
  return 'sent';
}
