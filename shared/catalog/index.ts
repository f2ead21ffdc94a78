export * from './catalog-cache.ts';
export * from './catalog-repository.ts';
export * from './languages.ts';
export * from './schemas.ts';
export * from './seed-data.ts';
