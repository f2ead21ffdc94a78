import { AccountLocales } from '../../shared/auth/account-locales.ts';
import { createCognitoClient, IdentityProvider } from '../../shared/auth/identity-provider.ts';
import { configFromEnv } from '../../shared/config/env.ts';
import { httpHandler } from '../../shared/lambda/http-handler.ts';
import { SesMailer } from '../../shared/mail/ses-mailer.ts';
import { createServices } from '../../shared/platform/services.ts';
import { createAccountsApp } from './app.tsx';

const config = configFromEnv();
// This function e-mails account owners (someone tried to sign up with their address): no mail
// configuration is a deployment mistake, found at cold start rather than at the first sign-up.
if (!config.mail) throw new Error('Missing environment variable MAIL_FROM');
const mailer = new SesMailer({ region: config.region, ...config.mail });
const cognito = createCognitoClient(config);
const identity = new IdentityProvider(cognito, config.cognito.clientId);
const locales = new AccountLocales(cognito, config.cognito.userPoolId);

export const handler = httpHandler(createAccountsApp(createServices(config, undefined, { mailer }), identity, locales));
