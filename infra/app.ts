/**
 * The CDK app (cdk.json: `npx tsx infra/app.ts`). Synth runs cdk-nag's AwsSolutions checks as a
 * validation plugin: an unacknowledged finding fails `cdk synth`.
 */
import { buildApp } from './stack.ts';

const { app } = await buildApp();
app.synth();
