import middy from '@middy/core';
import type { DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';
import { createCognitoClient } from '../../shared/auth/identity-provider.ts';
import { configFromEnv } from '../../shared/config/env.ts';
import { SesMailer } from '../../shared/mail/ses-mailer.ts';
import { CognitoAccountDirectory } from '../../shared/privacy/cognito-account-directory.ts';
import { consumeNotificationEvents } from './consumer.ts';
import { createNotifierDeps } from './wiring.ts';

const config = configFromEnv();
if (!config.mail || !config.publicUrl) throw new Error('The notifier needs MAIL_FROM and PUBLIC_URL');
const deps = createNotifierDeps(config, {
  mailer: new SesMailer({ region: config.region, ...config.mail }),
  accounts: new CognitoAccountDirectory(createCognitoClient(config), config.cognito.userPoolId),
  publicUrl: config.publicUrl,
});

/** The table's stream, filtered to new match events, need events, notices and account-exists notices by the event source mapping. */
export const handler = middy<DynamoDBStreamEvent, DynamoDBBatchResponse>().handler((event) =>
  consumeNotificationEvents(event, deps),
);
