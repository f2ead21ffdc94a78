export * from './audit-entry.ts';
export * from './audit-keys.ts';
export * from './audit-repository.ts';
export * from './audit-trail.ts';
export * from './period.ts';
export * from './schemas.ts';
export * from './via.ts';
