import { createCognitoClient, IdentityProvider } from '../../shared/auth/identity-provider.ts';
import { configFromEnv } from '../../shared/config/env.ts';
import { httpHandler } from '../../shared/lambda/http-handler.ts';
import { createServices } from '../../shared/platform/services.ts';
import { createAccountsApp } from './app.tsx';

const config = configFromEnv();
const identity = new IdentityProvider(createCognitoClient(config), config.cognito.clientId);

export const handler = httpHandler(createAccountsApp(createServices(config), identity));
