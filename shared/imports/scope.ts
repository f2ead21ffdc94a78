/** The quarters a caller manages: every one for admins, their assigned ones for managers. */
export type ManagedQuarters = 'all' | readonly string[];

/**
 * Whether a volunteer's row lies outside what the importing manager manages: it does when it names
 * none of their quarters. A volunteer who helps in one of the manager's quarters and others besides
 * (or in all) is the manager's to import, with every quarter as the volunteer chose them: that is
 * what their consent names. Returns the field path to report, or none.
 */
export function volunteerOutOfScope(quarters: 'all' | readonly string[], managed: ManagedQuarters): string[] {
  if (managed === 'all' || quarters === 'all') return [];
  return quarters.some((quarter) => managed.includes(quarter)) ? [] : ['quarters'];
}
