export * from './availability.ts';
export * from './constraints.ts';
export * from './engine.ts';
export * from './occurrences.ts';
export * from './scope.ts';
export * from './score.ts';
export * from './types.ts';
