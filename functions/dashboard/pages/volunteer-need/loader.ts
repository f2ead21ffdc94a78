import type { Caller } from '../../../../shared/auth/caller.ts';
import type { DashboardServices } from '../../services.ts';
import { mayStep } from '../common/volunteer-steps.tsx';
import type { VolunteerNeed } from './view.tsx';

/** At most this many managers are named as contacts (a quarter has one or two). */
const MAX_CONTACTS = 3;

/**
 * Whom a volunteer may ask about a need: the quarter's managers, by their work e-mail address
 * only (the user pool holds no names of staff; their other data is none of the volunteer's).
 */
async function contactsOf(services: DashboardServices, quarterId: string): Promise<string[]> {
  const managers = (await services.staff.managersOf(quarterId)).slice(0, MAX_CONTACTS);
  const accounts = await Promise.all(managers.map((userId) => services.accounts.get(userId)));
  return accounts.flatMap((account) => (account?.email ? [account.email] : [])).sort();
}

/** The need as the volunteer may see it, their matches with it, whom to ask, and what keeps them from offering. */
export async function loadVolunteerNeed(
  services: DashboardServices,
  caller: Caller,
  needId: string,
): Promise<VolunteerNeed> {
  const now = services.clock();
  const { need, matches } = await services.matches.volunteerNeed(caller, needId, now);
  const [catalog, contacts, profile] = await Promise.all([
    services.catalog.get(now.getTime()),
    contactsOf(services, need.quarterId),
    services.profileRepository.get(caller.userId),
  ]);
  const series = matches.find((match) => match.date === undefined);
  // Fit is judged only where an offer is possible at all.
  const misfits = profile && mayStep('offer', series, need, now) ? services.matches.profileFit(profile, need, now) : [];
  return { need, matches, catalog, contacts, misfits, now, absenceCutoffHours: services.matches.absenceCutoffHours };
}
