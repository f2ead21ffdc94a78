import { createCognitoClient } from '../../shared/auth/identity-provider.ts';
import { configFromEnv } from '../../shared/config/env.ts';
import { primeInLambda } from '../../shared/db/prime.ts';
import { httpHandler } from '../../shared/lambda/http-handler.ts';
import { volunteerMatches } from '../../shared/platform/factories/match-sides.ts';
import { profileRepository } from '../../shared/platform/factories/profile-repository.ts';
import { safeguardingRepository } from '../../shared/platform/factories/safeguarding-repository.ts';
import { signedInCore } from '../../shared/platform/factories/signed-in-core.ts';
import { lambdaBase, wire } from '../../shared/platform/wire.ts';
import { CognitoAccountDirectory } from '../../shared/privacy/cognito-account-directory.ts';
import { createDashboardApp } from './app.ts';
import type { DashboardServices } from './services.ts';

const config = configFromEnv();
// The need's page for volunteers names the quarter managers' addresses, read from the user pool.
const accounts = new CognitoAccountDirectory(createCognitoClient(config), config.cognito.userPoolId);

const wired = wire(lambdaBase(config), {
  ...signedInCore,
  profileRepository,
  safeguardingRepository,
  // The volunteer's side of matching alone: no candidates, invitations or automatic cover.
  matches: volunteerMatches,
  accounts: () => accounts,
});
// Opens the storage connection in the init phase, whose CPU is boosted (shared/db/prime.ts).
await primeInLambda(wired);
const services: DashboardServices = wired;

export const handler = httpHandler(createDashboardApp(services));
