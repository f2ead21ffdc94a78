export * from './attempt-guard.ts';
export * from './policy.ts';
export * from './rules.ts';
export * from './throttle-repository.ts';
