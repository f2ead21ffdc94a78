import type { Role } from '../auth/caller.ts';
import type { FieldIssue } from '../errors/index.ts';
import { NOTIFICATION_KINDS, type NotificationKind, OPTIONAL_KINDS, type OptionalKind } from './kinds.ts';

type Audience = 'volunteer' | 'staff';

/**
 * Whom a person is mailed as: a volunteer, staff, both or neither. The staff e-mails go to the
 * managers of a need's quarter only; initiative members and admins get none (only their
 * account's own e-mails: codes, invitations), so they are offered no switches either.
 */
export function audiencesOf(roles: readonly Role[]): Audience[] {
  const audiences: Audience[] = [];
  if (roles.includes('volunteer')) audiences.push('volunteer');
  if (roles.includes('manager')) audiences.push('staff');
  return audiences;
}

/** The optional kinds a person with these roles may switch off (their preferences page offers these). */
export function offeredKinds(roles: readonly Role[]): OptionalKind[] {
  const audiences = audiencesOf(roles);
  return OPTIONAL_KINDS.filter((kind) => audiences.includes(NOTIFICATION_KINDS[kind].audience));
}

/** The kinds a person with these roles always gets. */
export function alwaysSentKinds(roles: readonly Role[]): NotificationKind[] {
  const audiences = audiencesOf(roles);
  return (Object.keys(NOTIFICATION_KINDS) as NotificationKind[]).filter(
    (kind) => !NOTIFICATION_KINDS[kind].optional && audiences.includes(NOTIFICATION_KINDS[kind].audience),
  );
}

/**
 * Issues for switched-off kinds that are not offered to this person (a volunteer cannot switch off
 * a manager's mail: it would never reach them anyway, and storing it would only mislead).
 */
export function unofferedIssues(optOut: readonly OptionalKind[], roles: readonly Role[]): FieldIssue[] {
  const offered = offeredKinds(roles);
  return optOut.flatMap((kind, index) =>
    offered.includes(kind)
      ? []
      : [{ path: `optOut.${index}`, code: 'not_offered', message: `${kind} is not sent to your role` }],
  );
}
