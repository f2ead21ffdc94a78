/**
 * The stack as the template tests read it (esbuild skipped: they read the template, not the
 * assets; cdk synth and test/infra/bundles-iam.test.ts prove the bundling), synthesized once per
 * worker. The infra project shares one module graph (isolate: false in vitest.config.ts), so its
 * template test files read this one synth instead of each importing aws-cdk-lib and synthesizing
 * the same app again.
 */
import type { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { buildApp, type QuartiershilfeStack } from '../../infra/stack.ts';

type Json = any;

export interface TemplateStack {
  app: App;
  stack: QuartiershilfeStack;
  template: Template;
  /** A copy of the template's Resources for the caller alone (a test may sort an array in it). */
  resources: Record<string, Json>;
}

let synthesized: Promise<{ app: App; stack: QuartiershilfeStack; template: Template }> | undefined;

export async function templateStack(): Promise<TemplateStack> {
  synthesized ??= (async () => {
    const { app, stack } = await buildApp({ context: { 'aws:cdk:bundling-stacks': [] }, nag: false });
    return { app, stack, template: Template.fromStack(stack) };
  })();
  const { app, stack, template } = await synthesized;
  return { app, stack, template, resources: structuredClone(template.toJSON().Resources) };
}
