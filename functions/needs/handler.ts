import { createCognitoClient } from '../../shared/auth/identity-provider.ts';
import { configFromEnv } from '../../shared/config/env.ts';
import { httpHandler } from '../../shared/lambda/http-handler.ts';
import { createServices } from '../../shared/platform/services.ts';
import { CognitoAccountDirectory } from '../../shared/privacy/cognito-account-directory.ts';
import { createNeedsApp } from './app.ts';

const config = configFromEnv();
// The need's page for volunteers names the quarter managers' addresses, read from the user pool.
const accounts = new CognitoAccountDirectory(createCognitoClient(config), config.cognito.userPoolId);

export const handler = httpHandler(createNeedsApp(createServices(config, undefined, { accounts })));
