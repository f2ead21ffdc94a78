/**
 * Something a manager did to a need as a whole, kept in the need's history beside the match
 * events: `PK = NEED#<needId>`, `SK = EVENT#<at>#need#<rand>`, type `NeedEvent`. Written in the
 * same transaction as the change it records. The notifier turns `changed` into e-mails to
 * everyone invited or accepted, and `message` into e-mails to its audience; `cancelled` is
 * history only (each cancelled match has its own event, which carries the reason).
 */
export interface NeedEvent {
  needId: string;
  action: 'changed' | 'cancelled' | 'message';
  by: string;
  at: string;
  /** changed, cancelled: the manager's reason (optional free text). */
  reason?: string | undefined;
  /** changed: the NeedInput fields that changed. */
  changes?: string[] | undefined;
  /** message: the text, as written. */
  text?: string | undefined;
  /** message: who gets it. */
  audience?: 'accepted' | 'invitedAndAccepted' | undefined;
  /** message: its id (the idempotency key of the form or request). */
  messageId?: string | undefined;
}
