import { createCognitoClient } from '../../shared/auth/identity-provider.ts';
import { configFromEnv } from '../../shared/config/env.ts';
import { httpHandler } from '../../shared/lambda/http-handler.ts';
import { createServices } from '../../shared/platform/services.ts';
import { CognitoAccountDirectory } from '../../shared/privacy/cognito-account-directory.ts';
import { createVolunteersApp } from './app.tsx';

const config = configFromEnv();
// Export reads the account's attributes and erasure deletes the user: the user pool's admin side.
const accounts = new CognitoAccountDirectory(createCognitoClient(config), config.cognito.userPoolId);

export const handler = httpHandler(createVolunteersApp(createServices(config, () => new Date(), { accounts })));
