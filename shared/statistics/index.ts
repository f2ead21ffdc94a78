export * from './counts.ts';
export * from './month-statistics.ts';
export * from './need-counts.ts';
export * from './statistics-keys.ts';
export * from './statistics-projector.ts';
export * from './statistics-repository.ts';
export * from './volunteer-counts.ts';
