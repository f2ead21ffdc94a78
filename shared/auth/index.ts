export * from './caller.ts';
export * from './identity-provider.ts';
export * from './schemas.ts';
export * from './session-repository.ts';
export * from './staff-repository.ts';
export * from './token-verifier.ts';
