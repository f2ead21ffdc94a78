import { createCandidateProjector } from '../candidate-projection.ts';
import type { Wired } from '../wire.ts';

export const candidateProjector = (w: Pick<Wired, 'db' | 'config'>) => createCandidateProjector(w.config, w.db);
