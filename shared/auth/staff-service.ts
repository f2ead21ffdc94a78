import type { AuditRecorder } from '../audit/audit-trail.ts';
import type { Via } from '../audit/schemas.ts';
import type { CatalogCache } from '../catalog/catalog-cache.ts';
import { ForbiddenError, InvalidTransitionError, NotFoundError, ValidationError } from '../errors/index.ts';
import type { InitiativeRepository } from '../initiatives/initiative-repository.ts';
import { type Caller, hasRole, type Role } from './caller.ts';
import type { IdentityAdmin, StaffAccount, StaffRole } from './identity-admin.ts';
import type { SessionRepository } from './session-repository.ts';
import type { StaffAssignment, StaffRepository } from './staff-repository.ts';

export interface StaffServiceDeps {
  identity: IdentityAdmin;
  staff: StaffRepository;
  initiatives: InitiativeRepository;
  catalog: CatalogCache;
  sessions: Pick<SessionRepository, 'changeRoles' | 'deleteAllOf'>;
  audit: AuditRecorder;
}

export interface AssignmentInput {
  quarters?: string[] | undefined;
  initiativeId?: string | undefined;
}

/** Admins invite staff accounts and decide which quarters a manager manages and which initiative a member belongs to. */
export class StaffService {
  constructor(private readonly deps: StaffServiceDeps) {}

  private async checkAssignment(role: Role, input: AssignmentInput, now: Date): Promise<void> {
    const issues = [];
    if (role === 'manager') {
      const known = new Set((await this.deps.catalog.get(now.getTime())).quarters.map((q) => q.id));
      if (!input.quarters || input.quarters.length === 0)
        issues.push({ path: 'quarters', code: 'required', message: 'A manager needs at least one quarter' });
      input.quarters?.forEach((quarter, index) => {
        if (!known.has(quarter))
          issues.push({ path: `quarters.${index}`, code: 'unknown_quarter', message: 'Unknown quarter' });
      });
    }
    if (role === 'initiative') {
      if (!input.initiativeId)
        issues.push({ path: 'initiativeId', code: 'required', message: 'Choose the initiative' });
      else {
        const initiative = await this.deps.initiatives.get(input.initiativeId);
        if (!initiative)
          issues.push({ path: 'initiativeId', code: 'unknown_initiative', message: 'Unknown initiative' });
        else if (initiative.deactivatedAt)
          issues.push({ path: 'initiativeId', code: 'initiative_inactive', message: 'The initiative is deactivated' });
      }
    }
    if (issues.length > 0) throw new ValidationError(issues);
  }

  async invite(
    caller: Caller,
    email: string,
    role: Exclude<Role, 'volunteer'>,
    input: AssignmentInput,
    via: Via,
    now: Date,
  ): Promise<StaffAssignment> {
    if (!hasRole(caller, 'admin')) throw new ForbiddenError('Admins only');
    await this.checkAssignment(role, input, now);
    const userId = await this.deps.identity.invite(email, role);
    // The account's id exists only now; its assignment is written after the entry.
    await this.deps.audit.record(caller, 'staff.invite', [userId], via, now);
    const assignment: StaffAssignment = { userId, quarters: input.quarters ?? [], initiativeId: input.initiativeId };
    await this.deps.staff.put(assignment);
    return assignment;
  }

  async assign(
    caller: Caller,
    userId: string,
    role: 'manager' | 'initiative',
    input: AssignmentInput,
    via: Via,
    now: Date,
  ): Promise<StaffAssignment> {
    if (!hasRole(caller, 'admin')) throw new ForbiddenError('Admins only');
    const members = await this.deps.identity.members(role);
    if (!members.some((member) => member.userId === userId)) throw new NotFoundError(`${role} account`);
    await this.checkAssignment(role, input, now);
    await this.deps.audit.record(
      caller,
      role === 'manager' ? 'staff.quarters' : 'staff.initiative',
      [userId],
      via,
      now,
    );
    const assignment: StaffAssignment = { userId, quarters: input.quarters ?? [], initiativeId: input.initiativeId };
    await this.deps.staff.put(assignment);
    return assignment;
  }

  /**
   * Gives an account one staff role, or none (`undefined`: back to what self-sign-up gives). The
   * person's open web sessions carry the new roles from their next request on; API tokens keep
   * the roles they were issued with until they expire (minutes, see the user pool client).
   * Quarters or an organisation are assigned separately ({@link assign}); until then a new manager
   * manages no quarter.
   *
   * @returns every role the account has now
   */
  async setRole(caller: Caller, userId: string, role: StaffRole | undefined, via: Via, now: Date): Promise<Role[]> {
    if (!hasRole(caller, 'admin')) throw new ForbiddenError('Admins only');
    // An admin taking their own role away could leave the platform without any admin.
    if (userId === caller.userId) throw new ForbiddenError('Admins cannot change their own role');
    const roles = await this.deps.identity.setStaffRole(userId, role);
    await this.deps.audit.record(caller, 'staff.role', [userId], via, now);
    await this.deps.sessions.changeRoles(userId, roles, now);
    return roles;
  }

  /** The staff account with this id (any staff role), or NotFoundError: only staff accounts are managed here. */
  private async staffAccount(userId: string): Promise<StaffAccount> {
    for (const role of ['manager', 'initiative', 'admin'] as const) {
      const account = (await this.deps.identity.members(role)).find((member) => member.userId === userId);
      if (account) return account;
    }
    throw new NotFoundError('Staff account');
  }

  /**
   * Deactivates a staff account: Cognito refuses its sign-in from now on, and its open web
   * sessions end at once (API tokens already issued run out within their lifetime, 15 minutes).
   * Reactivating lets it sign in again; nothing else about the account changes. Idempotent.
   */
  async setActive(caller: Caller, userId: string, active: boolean, via: Via, now: Date): Promise<StaffAccount> {
    if (!hasRole(caller, 'admin')) throw new ForbiddenError('Admins only');
    // An admin locking themselves out could leave the platform without any admin.
    if (userId === caller.userId) throw new ForbiddenError('Admins cannot deactivate their own account');
    const account = await this.staffAccount(userId);
    await this.deps.audit.record(caller, active ? 'staff.reactivate' : 'staff.deactivate', [userId], via, now);
    await this.deps.identity.setEnabled(userId, active);
    if (!active) await this.deps.sessions.deleteAllOf(userId);
    return { ...account, enabled: active };
  }

  /**
   * Sends an invited account that has not signed in yet a new temporary password (Cognito's
   * invitation e-mail again). An account that already chose its own password is refused (409):
   * it uses "forgot password" instead.
   */
  async reinvite(caller: Caller, userId: string, via: Via, now: Date): Promise<void> {
    if (!hasRole(caller, 'admin')) throw new ForbiddenError('Admins only');
    const account = await this.staffAccount(userId);
    if (account.status !== 'FORCE_CHANGE_PASSWORD') {
      throw new InvalidTransitionError(
        'Account',
        account.status,
        'The account has already signed in: no invitation to resend',
      );
    }
    await this.deps.audit.record(caller, 'staff.reinvite', [userId], via, now);
    await this.deps.identity.reinvite(userId);
  }

  /** Every staff account with its assignment; the listing is audited per account (e-mail addresses are personal data). */
  async list(
    caller: Caller,
    via: Via,
    now: Date,
  ): Promise<(StaffAccount & { assignment?: StaffAssignment | undefined })[]> {
    if (!hasRole(caller, 'admin')) throw new ForbiddenError('Admins only');
    const accounts = (
      await Promise.all((['manager', 'initiative', 'admin'] as const).map((role) => this.deps.identity.members(role)))
    ).flat();
    const listed = await Promise.all(
      accounts.map(async (account) => ({ ...account, assignment: await this.deps.staff.get(account.userId) })),
    );
    await this.deps.audit.record(
      caller,
      'staff.read',
      listed.map((account) => account.userId),
      via,
      now,
    );
    return listed;
  }
}
