import { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import middy from '@middy/core';
import type { PostConfirmationTriggerEvent } from 'aws-lambda';
import { COGNITO_CLIENT_LIMITS } from '../../shared/auth/identity-provider.ts';
import { handlePostConfirmation } from './trigger.ts';

// Bounded like every Cognito client: Cognito waits only 5 s for this trigger.
const cognito = new CognitoIdentityProviderClient({ ...COGNITO_CLIENT_LIMITS });

export const handler = middy<PostConfirmationTriggerEvent, PostConfirmationTriggerEvent>().handler((event) =>
  handlePostConfirmation(event, { cognito }),
);
