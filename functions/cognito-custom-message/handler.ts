import type { CustomMessageTriggerEvent } from 'aws-lambda';
import { handleCustomMessage } from './trigger.ts';

// No SDK and no table: the message is made from the event alone, in well under Cognito's 5 s.
export const handler = async (event: CustomMessageTriggerEvent): Promise<CustomMessageTriggerEvent> =>
  handleCustomMessage(event);
