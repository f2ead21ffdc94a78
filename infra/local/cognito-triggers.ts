import type { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import type { CustomMessageTriggerEvent, PostConfirmationTriggerEvent } from 'aws-lambda';
import { handleCustomMessage } from '../../functions/cognito-custom-message/trigger.ts';
import { handlePostConfirmation } from '../../functions/cognito-post-confirmation/trigger.ts';
import { CUSTOM_MESSAGE_FUNCTION, POST_CONFIRMATION_FUNCTION } from './engines/cognito.ts';

/**
 * Runs the Cognito trigger `name` (as cognito-local's config.json names it) on a parsed event, as
 * Lambda would run its handler; undefined for a function there is none of.
 */
export async function runCognitoTrigger(
  name: string,
  event: unknown,
  deps: { cognito: CognitoIdentityProviderClient },
): Promise<{ result: unknown } | undefined> {
  if (name === POST_CONFIRMATION_FUNCTION) {
    return { result: await handlePostConfirmation(event as PostConfirmationTriggerEvent, deps) };
  }
  if (name === CUSTOM_MESSAGE_FUNCTION) return { result: handleCustomMessage(event as CustomMessageTriggerEvent) };
  return undefined;
}
