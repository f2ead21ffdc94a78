/**
 * Stands in for `@aws-sdk/credential-provider-node` in the Lambda bundles (BUNDLING.alias in
 * bundling-options.ts). Lambda always puts the function role's credentials in the environment
 * (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN), so the default chain's other
 * sources (ini files, SSO, web identity, ECS/IMDS, login) and the nested STS/SSO clients they pull
 * in are dead weight there: about 60 KB and 30–40 ms of CPU per cold import (bench/README.md).
 * Local runs (tsx, not bundled) keep the SDK's default chain.
 */
import { fromEnv } from '@aws-sdk/credential-provider-env';

type FromEnvInit = Parameters<typeof fromEnv>[0];

/** The SDK clients call `defaultProvider(init)` for their credentials: here, the environment only. */
export const defaultProvider = (init?: FromEnvInit) => fromEnv(init);
