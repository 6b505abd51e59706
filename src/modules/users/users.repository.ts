/** SQL for users and their role assignments. */
import { sql, type Selectable } from 'kysely';
import type { Database } from '../../core/db/database.ts';
import type { AppUserTable } from '../../core/db/schema.ts';
import type { Role, ScopedRole } from '../../core/auth/roles.ts';
import type { ScopeFilter } from '../../core/auth/scope.ts';

export type UserRow = Selectable<AppUserTable>;

export interface RoleRow extends ScopedRole {
  userId: number;
  unitName: string | null;
  districtId: number | null;
}

export class UsersRepository {
  constructor(private readonly db: Database) {}

  findById(id: number): Promise<UserRow | undefined> {
    return this.db.selectFrom('app_user').selectAll().where('id', '=', id).executeTakeFirst();
  }

  findByUsername(username: string): Promise<UserRow | undefined> {
    return this.db
      .selectFrom('app_user')
      .selectAll()
      .where(sql<string>`lower(username)`, '=', username.toLowerCase())
      .executeTakeFirst();
  }

  async count(): Promise<number> {
    const row = await this.db
      .selectFrom('app_user')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  async insert(u: {
    username: string;
    fullName: string;
    passwordHash: string;
    agencyId: number | null;
  }): Promise<UserRow> {
    return this.db
      .insertInto('app_user')
      .values({
        username: u.username,
        full_name: u.fullName,
        password_hash: u.passwordHash,
        agency_id: u.agencyId,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
  }

  async update(
    id: number,
    patch: { fullName?: string; isActive?: boolean; passwordHash?: string; agencyId?: number | null },
  ): Promise<void> {
    await this.db
      .updateTable('app_user')
      .set({
        ...(patch.fullName !== undefined ? { full_name: patch.fullName } : {}),
        ...(patch.isActive !== undefined ? { is_active: patch.isActive } : {}),
        ...(patch.passwordHash !== undefined ? { password_hash: patch.passwordHash } : {}),
        ...(patch.agencyId !== undefined ? { agency_id: patch.agencyId } : {}),
        updated_at: sql`now()`,
      })
      .where('id', '=', id)
      .execute();
  }

  async rolesOf(userIds: number[]): Promise<RoleRow[]> {
    if (userIds.length === 0) return [];
    const rows = await this.db
      .selectFrom('role_assignment as r')
      .leftJoin('admin_unit as u', 'u.id', 'r.unit_id')
      .select([
        'r.id',
        'r.user_id',
        'r.role',
        'r.unit_id',
        'u.level',
        'u.province_id',
        'u.district_id',
        'u.full_name',
      ])
      .where('r.user_id', 'in', userIds)
      .orderBy('r.id')
      .execute();
    return rows.map((r) => ({
      id: r.id,
      userId: r.user_id,
      role: r.role as Role,
      unitId: r.unit_id,
      unitLevel: r.level,
      provinceId: r.province_id,
      districtId: r.district_id,
      unitName: r.full_name,
    }));
  }

  async findRole(userId: number, roleId: number): Promise<RoleRow | undefined> {
    return (await this.rolesOf([userId])).find((r) => r.id === roleId);
  }

  async hasRole(userId: number, role: Role, unitId: number | null): Promise<boolean> {
    const row = await this.db
      .selectFrom('role_assignment')
      .select('id')
      .where('user_id', '=', userId)
      .where('role', '=', role)
      .where(sql<number>`coalesce(unit_id, 0)`, '=', unitId ?? 0)
      .executeTakeFirst();
    return row !== undefined;
  }

  async insertRole(r: {
    userId: number;
    role: Role;
    unitId: number | null;
    provinceId: number | null;
  }): Promise<number> {
    const row = await this.db
      .insertInto('role_assignment')
      .values({ user_id: r.userId, role: r.role, unit_id: r.unitId, province_id: r.provinceId })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  }

  async deleteRole(roleId: number): Promise<void> {
    await this.db.deleteFrom('role_assignment').where('id', '=', roleId).execute();
  }

  /** Users with a role, or an agency, inside the scope; optionally filtered by a search key. */
  list(scope: ScopeFilter, key: string | undefined, limit: number): Promise<UserRow[]> {
    let q = this.db.selectFrom('app_user as u').selectAll('u');
    if (!scope.all) {
      const unitIds = scope.unitIds.length ? scope.unitIds : [-1];
      const provinceIds = scope.provinceIds.length ? scope.provinceIds : [-1];
      q = q.where((eb) =>
        eb.or([
          eb.exists(
            eb
              .selectFrom('role_assignment as r')
              .select('r.id')
              .whereRef('r.user_id', '=', 'u.id')
              .where((e) => e.or([e('r.unit_id', 'in', unitIds), e('r.province_id', 'in', provinceIds)])),
          ),
          eb.exists(
            eb
              .selectFrom('agency as a')
              .select('a.id')
              .whereRef('a.id', '=', 'u.agency_id')
              .where((e) => e.or([e('a.unit_id', 'in', unitIds), e('a.province_id', 'in', provinceIds)])),
          ),
        ]),
      );
    }
    if (key) {
      q = q.where((eb) =>
        eb.or([
          eb(sql<string>`lower(u.username)`, 'like', `%${key}%`),
          eb(sql<string>`lower(u.full_name)`, 'like', `%${key}%`),
        ]),
      );
    }
    return q.orderBy('u.username').limit(limit).execute();
  }
}
