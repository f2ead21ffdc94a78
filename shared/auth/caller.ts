/** The Cognito groups, one per role. */
export const ROLES = ['volunteer', 'manager', 'initiative', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** Who is calling: verified from a session cookie or a Cognito JWT. */
export interface Caller {
  userId: string;
  email?: string | undefined;
  roles: Role[];
}

export function rolesFromGroups(groups: unknown): Role[] {
  if (!Array.isArray(groups)) return [];
  return ROLES.filter((role) => groups.includes(role));
}

export function hasRole(caller: Caller, role: Role): boolean {
  return caller.roles.includes(role);
}
