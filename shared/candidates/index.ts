export * from './candidate-keys.ts';
export * from './candidate-projector.ts';
export * from './candidate-repository.ts';
