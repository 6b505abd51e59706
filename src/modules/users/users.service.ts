/** Users and their scoped roles. Every change is one transaction with its audit record. */
import { isUniqueViolation } from '../../core/db/errors.ts';
import type { Clock } from '../../core/clock/clock.ts';
import type { Database } from '../../core/db/database.ts';
import type { Actor, Role, UnitRef } from '../../core/auth/roles.ts';
import { hashPassword } from '../../core/auth/password.ts';
import { assertPasswordPolicy } from '../../core/auth/password-policy.ts';
import { actorScope } from '../../core/auth/scope.ts';
import { AppError } from '../../core/errors/app-error.ts';
import { mayReadAgency } from '../agencies/agencies.policy.ts';
import { AgenciesRepository } from '../agencies/agencies.repository.ts';
import { AuditLogRepository } from '../audit-log/audit-log.repository.ts';
import { AuthRepository } from '../auth/auth.repository.ts';
import { alertStaffChange, isCaseRole, type StaffChange } from '../notifications/staff-alerts.ts';
import { UnitsRepository } from '../units/units.repository.ts';
import { authorizeRoleGrant, authorizeUser, authorizeUserRow, type UserSubject } from './users.policy.ts';
import { UsersRepository, type RoleRow, type UserRow } from './users.repository.ts';
import type { TCreateUserRequest, TRoleGrant, TUpdateUserRequest, TUser } from './users.schema.ts';

function presentUser(user: UserRow, roles: RoleRow[]): TUser {
  return {
    id: user.id,
    username: user.username,
    fullName: user.full_name,
    agencyId: user.agency_id,
    isActive: user.is_active,
    createdAt: new Date(user.created_at).toISOString(),
    roles: roles
      .filter((r) => r.userId === user.id)
      .map((r) => ({ id: r.id, role: r.role, unitId: r.unitId, unitName: r.unitName })),
  };
}

const roleUnitRef = (r: RoleRow): UnitRef | null =>
  r.unitId === null ? null : { id: r.unitId, provinceId: r.provinceId, districtId: r.districtId };

/** The case roles among a user's roles, as staff alerts name them. */
const caseRolesOf = (roles: RoleRow[]): StaffChange['roles'] =>
  roles.flatMap((r) => (isCaseRole(r.role) ? [{ role: r.role, unit: roleUnitRef(r) }] : []));

export class UsersService {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
  ) {}

  async list(actor: Actor, q: string | undefined, limit: number): Promise<TUser[]> {
    authorizeUser(actor, 'list');
    const scope = actorScope(actor, ['unit_admin']);
    const repo = new UsersRepository(this.db);
    const users = await repo.list(scope, q?.toLowerCase(), limit);
    const roles = await repo.rolesOf(users.map((u) => u.id));
    return users.map((u) => presentUser(u, roles));
  }

  /** Checks a role grant and returns the unit it is scoped to (only units in force). */
  private async resolveGrant(grant: TRoleGrant): Promise<{ role: Role; unit: UnitRef | null }> {
    if (grant.role === 'system_admin' && grant.unitId !== null) {
      throw new AppError('VALIDATION_FAILED', [
        { path: 'roles.unitId', message: 'system_admin is national: unitId must be null' },
      ]);
    }
    if (grant.unitId === null) return { role: grant.role, unit: null };
    const unit = await new UnitsRepository(this.db).findById(grant.unitId);
    if (!unit) throw new AppError('UNIT_NOT_FOUND');
    if (unit.version !== '2025') throw new AppError('UNIT_NOT_CURRENT');
    return {
      role: grant.role,
      unit: { id: unit.id, provinceId: unit.province_id, districtId: unit.district_id },
    };
  }

  /**
   * The unit of an agency: the user's own, or (with `asker`) one named in a request, which must be
   * an agency the asker reads (agencies.policy.ts), else it does not exist for them.
   */
  private async agencyUnit(agencyId: number | null | undefined, asker?: Actor): Promise<UnitRef | null> {
    if (!agencyId) return null;
    const agency = await new AgenciesRepository(this.db).findById(agencyId);
    if (!agency) throw new AppError('AGENCY_NOT_FOUND');
    const unit = { id: agency.unit_id, provinceId: agency.province_id, districtId: agency.unit_district_id };
    if (asker && !mayReadAgency(asker, unit)) throw new AppError('AGENCY_NOT_FOUND');
    return unit;
  }

  async create(actor: Actor, req: TCreateUserRequest): Promise<TUser> {
    const grants = await Promise.all(req.roles.map((g) => this.resolveGrant(g)));
    const subject: UserSubject = { roles: grants, agencyUnit: await this.agencyUnit(req.agencyId, actor) };
    authorizeUser(actor, 'create', subject);
    for (const g of grants) authorizeRoleGrant(actor, g.role, g.unit);
    assertPasswordPolicy(req.password, req.username);
    const passwordHash = await hashPassword(req.password);
    try {
      return await this.db.transaction().execute(async (tx) => {
        const repo = new UsersRepository(tx);
        if (await repo.findByUsername(req.username)) throw new AppError('USERNAME_TAKEN');
        const user = await repo.insert({
          username: req.username,
          fullName: req.fullName,
          passwordHash,
          agencyId: req.agencyId ?? null,
        });
        const seen = new Set<string>();
        for (const g of grants) {
          const key = `${g.role}:${g.unit?.id ?? 0}`;
          if (seen.has(key)) continue;
          seen.add(key);
          const roleId = await repo.insertRole({
            userId: user.id,
            role: g.role,
            unitId: g.unit?.id ?? null,
            provinceId: g.unit?.provinceId ?? null,
          });
          if (isCaseRole(g.role))
            await alertStaffChange(
              tx,
              actor,
              {
                what: 'role',
                userId: user.id,
                roles: [{ role: g.role, unit: g.unit }],
                roleId,
              },
              this.clock,
            );
        }
        const first = grants[0]?.unit ?? subject.agencyUnit;
        await new AuditLogRepository(tx).insert(actor, {
          action: 'user.create',
          entityType: 'user',
          entityId: user.id,
          unitId: first?.id ?? null,
          provinceId: first?.provinceId ?? null,
          details: { username: user.username, roles: req.roles, agencyId: req.agencyId ?? null },
        });
        return presentUser(user, await repo.rolesOf([user.id]));
      });
    } catch (err) {
      if (isUniqueViolation(err)) throw new AppError('USERNAME_TAKEN');
      throw err;
    }
  }

  private async loadSubject(id: number): Promise<{ user: UserRow; roles: RoleRow[]; subject: UserSubject }> {
    const repo = new UsersRepository(this.db);
    const user = await repo.findById(id);
    if (!user) throw new AppError('USER_NOT_FOUND');
    const roles = await repo.rolesOf([id]);
    const subject = {
      roles: roles.map((r) => ({ role: r.role, unit: roleUnitRef(r) })),
      agencyUnit: await this.agencyUnit(user.agency_id),
    };
    return { user, roles, subject };
  }

  async update(actor: Actor, id: number, req: TUpdateUserRequest): Promise<TUser> {
    const { user, roles, subject } = await this.loadSubject(id);
    authorizeUserRow(actor, 'update', subject);
    // the new agency must lie in the caller's subtree too (clearing it places the user nowhere new)
    if (req.agencyId)
      authorizeUser(actor, 'update', { roles: [], agencyUnit: await this.agencyUnit(req.agencyId, actor) });
    if (req.isActive === false && actor.userId === id) throw new AppError('CANNOT_CHANGE_SELF');
    if (req.password) assertPasswordPolicy(req.password, user.username);
    const passwordHash = req.password ? await hashPassword(req.password) : undefined;
    return this.db.transaction().execute(async (tx) => {
      const repo = new UsersRepository(tx);
      await repo.update(id, {
        fullName: req.fullName,
        isActive: req.isActive,
        passwordHash,
        agencyId: req.agencyId,
      });
      if (req.isActive === false || passwordHash) await new AuthRepository(tx).deleteSessionsOfUser(id);
      const caseRoles = caseRolesOf(roles);
      if (passwordHash)
        await alertStaffChange(tx, actor, { what: 'password', userId: id, roles: caseRoles }, this.clock);
      if (req.isActive === true && !user.is_active)
        await alertStaffChange(tx, actor, { what: 'reactivated', userId: id, roles: caseRoles }, this.clock);
      const where = roles[0];
      await new AuditLogRepository(tx).insert(actor, {
        action: 'user.update',
        entityType: 'user',
        entityId: id,
        unitId: where?.unitId ?? null,
        provinceId: where?.provinceId ?? null,
        details: {
          fullName: req.fullName !== undefined ? 'changed' : undefined,
          isActive: req.isActive,
          passwordChanged: passwordHash !== undefined,
          agencyId: req.agencyId,
          usernameBefore: user.username,
        },
      });
      const updated = await repo.findById(id);
      if (!updated) throw new AppError('USER_NOT_FOUND');
      return presentUser(updated, await repo.rolesOf([id]));
    });
  }

  async addRole(actor: Actor, id: number, grant: TRoleGrant): Promise<TUser> {
    const { subject } = await this.loadSubject(id);
    authorizeUserRow(actor, 'update', subject);
    const g = await this.resolveGrant(grant);
    authorizeRoleGrant(actor, g.role, g.unit);
    return this.db.transaction().execute(async (tx) => {
      const repo = new UsersRepository(tx);
      if (await repo.hasRole(id, g.role, g.unit?.id ?? null)) throw new AppError('ROLE_ALREADY_ASSIGNED');
      const roleId = await repo.insertRole({
        userId: id,
        role: g.role,
        unitId: g.unit?.id ?? null,
        provinceId: g.unit?.provinceId ?? null,
      });
      await new AuditLogRepository(tx).insert(actor, {
        action: 'user.role.add',
        entityType: 'user',
        entityId: id,
        unitId: g.unit?.id ?? null,
        provinceId: g.unit?.provinceId ?? null,
        details: { roleId, role: g.role, unitId: g.unit?.id ?? null },
      });
      if (isCaseRole(g.role))
        await alertStaffChange(
          tx,
          actor,
          {
            what: 'role',
            userId: id,
            roles: [{ role: g.role, unit: g.unit }],
            roleId,
          },
          this.clock,
        );
      const user = await repo.findById(id);
      if (!user) throw new AppError('USER_NOT_FOUND');
      return presentUser(user, await repo.rolesOf([id]));
    });
  }

  async removeRole(actor: Actor, id: number, roleId: number): Promise<TUser> {
    const { subject, roles } = await this.loadSubject(id);
    authorizeUserRow(actor, 'update', subject);
    const role = roles.find((r) => r.id === roleId);
    if (!role) throw new AppError('ROLE_NOT_FOUND');
    authorizeRoleGrant(actor, role.role, roleUnitRef(role));
    if (actor.userId === id && (role.role === 'system_admin' || role.role === 'unit_admin'))
      throw new AppError('CANNOT_CHANGE_SELF');
    return this.db.transaction().execute(async (tx) => {
      const repo = new UsersRepository(tx);
      await repo.deleteRole(roleId);
      await new AuditLogRepository(tx).insert(actor, {
        action: 'user.role.remove',
        entityType: 'user',
        entityId: id,
        unitId: role.unitId,
        provinceId: role.provinceId,
        details: { roleId, role: role.role, unitId: role.unitId },
      });
      const user = await repo.findById(id);
      if (!user) throw new AppError('USER_NOT_FOUND');
      return presentUser(user, await repo.rolesOf([id]));
    });
  }
}
