import { AccountLocales } from '../../shared/auth/account-locales.ts';
import { createCognitoClient, IdentityProvider } from '../../shared/auth/identity-provider.ts';
import { configFromEnv } from '../../shared/config/env.ts';
import { primeInLambda } from '../../shared/db/prime.ts';
import { httpHandler } from '../../shared/lambda/http-handler.ts';
import { accountExistsNotices } from '../../shared/platform/factories/account-exists-notices.ts';
import { activity } from '../../shared/platform/factories/activity.ts';
import { challenges, sessions } from '../../shared/platform/factories/auth.ts';
import { catalog, catalogRepository } from '../../shared/platform/factories/catalog.ts';
import { db } from '../../shared/platform/factories/db.ts';
import { notificationSettings } from '../../shared/platform/factories/notification-settings.ts';
import { profileRepository } from '../../shared/platform/factories/profile-repository.ts';
import { attempts } from '../../shared/platform/factories/throttle.ts';
import { verifier } from '../../shared/platform/factories/verifier.ts';
import { lambdaBase, wire } from '../../shared/platform/wire.ts';
import { createAccountsApp } from './app.tsx';
import type { AccountsServices } from './services.ts';

const config = configFromEnv();
const cognito = createCognitoClient(config);
const identity = new IdentityProvider(cognito, config.cognito.clientId);
const locales = new AccountLocales(cognito, config.cognito.userPoolId);

const wired = wire(lambdaBase(config), {
  db,
  verifier,
  sessions,
  challenges,
  activity,
  attempts,
  catalogRepository,
  catalog,
  notificationSettings,
  profileRepository,
  accountExistsNotices,
});
// Opens the storage connection in the init phase, whose CPU is boosted (shared/db/prime.ts).
await primeInLambda(wired);
const services: AccountsServices = wired;

export const handler = httpHandler(createAccountsApp(services, identity, locales));
