export * from './catalog-admin.ts';
export * from './catalog-cache.ts';
export * from './catalog-entries.ts';
export * from './catalog-repository.ts';
export * from './known.ts';
export * from './languages.ts';
export * from './schemas.ts';
export * from './seed-data.ts';
