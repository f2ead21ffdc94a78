import type { CustomMessageTriggerEvent } from 'aws-lambda';
import { logger } from '../../shared/logging/logger.ts';
import { mailLanguages } from './language.ts';
import { cognitoMail, isCustomMessageSource } from './message.ts';

/** Cognito's limits for a custom e-mail: its body and subject lengths in characters. */
const MAX_BODY = 20_000;
const MAX_SUBJECT = 140;

/**
 * Writes the e-mail Cognito is about to send in the account's language (its `locale` attribute).
 * Sets only the e-mail (the pool sends no SMS). Whatever goes wrong, the event goes back unchanged
 * and Cognito sends the pool's own German and English template (infra/constructs/identity.ts): a
 * failed trigger would fail the sign-up, the password reset or the invitation itself.
 */
export function handleCustomMessage(event: CustomMessageTriggerEvent): CustomMessageTriggerEvent {
  const source = event.triggerSource;
  try {
    if (!isCustomMessageSource(source)) {
      logger.warn('custom message: unknown trigger source, pool template used', { source: String(source) });
      return event;
    }
    const { codeParameter, usernameParameter, userAttributes } = event.request;
    const mail = cognitoMail({
      source,
      langs: mailLanguages(userAttributes?.locale),
      codeParameter,
      usernameParameter,
      email: userAttributes?.email,
    });
    const problem = check(mail, event);
    if (problem) {
      logger.warn('custom message refused, pool template used', { source, problem });
      return event;
    }
    event.response.emailSubject = mail.subject;
    event.response.emailMessage = mail.html;
    return event;
  } catch (error) {
    logger.error('custom message failed, pool template used', {
      source: String(source),
      error: error instanceof Error ? error.message : String(error),
    });
    return event;
  }
}

/** What Cognito would refuse: a missing placeholder, a body or subject too long. */
function check(mail: { subject: string; html: string }, event: CustomMessageTriggerEvent): string | undefined {
  if (!event.request.codeParameter || !mail.html.includes(event.request.codeParameter)) return 'no code placeholder';
  if (event.triggerSource === 'CustomMessage_AdminCreateUser') {
    const username = event.request.usernameParameter;
    if (!username || !mail.html.includes(username)) return 'no username placeholder';
  }
  if (mail.html.length > MAX_BODY) return 'body too long';
  if (mail.subject.length > MAX_SUBJECT) return 'subject too long';
  return undefined;
}
