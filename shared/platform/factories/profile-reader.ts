import { ProfileReader } from '../../volunteers/profile-reader.ts';
import type { Wired } from '../wire.ts';

/** Reading profiles alone: no erasure, so no match service comes with it (its own module: importing it brings only this). */
export const profileReader = (w: Pick<Wired, 'profileRepository' | 'staff' | 'audit'>) =>
  new ProfileReader({ profiles: w.profileRepository, staff: w.staff, audit: w.audit });
