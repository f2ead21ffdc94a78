import { NeedContacts } from '../../manager-desk/need-contacts.ts';
import type { Wired } from '../wire.ts';

/** The contacts on a manager's need page (its own module: importing it brings none of the desk). */
export const needContacts = (w: Pick<Wired, 'profileRepository' | 'staff' | 'audit'>) =>
  new NeedContacts({ profiles: w.profileRepository, staff: w.staff, audit: w.audit });
