export * from './access-policy.ts';
export * from './consent.ts';
export * from './profile-reader.ts';
export * from './profile-repository.ts';
export * from './profile-service.ts';
export * from './schemas.ts';
