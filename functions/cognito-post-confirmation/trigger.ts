import {
  AdminAddUserToGroupCommand,
  type CognitoIdentityProviderClient,
} from '@aws-sdk/client-cognito-identity-provider';
import type { PostConfirmationTriggerEvent } from 'aws-lambda';

/**
 * Self sign-up creates volunteers only: after a user confirms their sign-up, they join the
 * `volunteer` group. Staff accounts are created by admins and never pass through here as a
 * sign-up (and a password reset, the other PostConfirmation source, changes nothing).
 */
export async function handlePostConfirmation(
  event: PostConfirmationTriggerEvent,
  deps: { cognito: CognitoIdentityProviderClient },
): Promise<PostConfirmationTriggerEvent> {
  if (event.triggerSource === 'PostConfirmation_ConfirmSignUp') {
    await deps.cognito.send(
      new AdminAddUserToGroupCommand({
        UserPoolId: event.userPoolId,
        Username: event.userName,
        GroupName: 'volunteer',
      }),
    );
  }
  return event;
}
