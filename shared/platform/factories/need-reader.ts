import { NeedReader } from '../../needs/need-reader.ts';
import type { Wired } from '../wire.ts';

/** Reading needs alone: no commands, so no match service comes with it (its own module: importing it brings only this). */
export const needReader = (w: Pick<Wired, 'needRepository' | 'staff' | 'profileRepository'>) =>
  new NeedReader({ needs: w.needRepository, staff: w.staff, profiles: w.profileRepository });
