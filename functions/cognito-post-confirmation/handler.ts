import { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import middy from '@middy/core';
import type { PostConfirmationTriggerEvent } from 'aws-lambda';
import { handlePostConfirmation } from './trigger.ts';

const cognito = new CognitoIdentityProviderClient({});

export const handler = middy<PostConfirmationTriggerEvent, PostConfirmationTriggerEvent>().handler((event) =>
  handlePostConfirmation(event, { cognito }),
);
