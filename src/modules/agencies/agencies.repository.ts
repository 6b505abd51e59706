/** SQL for agencies (cơ quan, đơn vị) attached to administrative units. */
import { sql, type Selectable } from 'kysely';
import type { Database } from '../../core/db/database.ts';
import type { AgencyTable } from '../../core/db/schema.ts';
import type { ScopeFilter } from '../../core/auth/scope.ts';

export type AgencyRow = Selectable<AgencyTable> & { unit_name: string; unit_district_id: number | null };

export class AgenciesRepository {
  constructor(private readonly db: Database) {}

  private base() {
    return this.db
      .selectFrom('agency as a')
      .innerJoin('admin_unit as u', 'u.id', 'a.unit_id')
      .selectAll('a')
      .select(['u.full_name as unit_name', 'u.district_id as unit_district_id']);
  }

  findById(id: number): Promise<AgencyRow | undefined> {
    return this.base().where('a.id', '=', id).executeTakeFirst();
  }

  /** Agencies inside the scope, plus those of the provinces above commune-level scopes. */
  list(
    scope: ScopeFilter,
    filter: { unitId?: number | undefined; key?: string | undefined; limit: number },
  ): Promise<AgencyRow[]> {
    let q = this.base();
    if (!scope.all) {
      const unitIds = scope.unitIds.length ? scope.unitIds : [-1];
      const provinceIds = scope.provinceIds.length ? scope.provinceIds : [-1];
      q = q.where((eb) =>
        eb.or([
          eb('a.unit_id', 'in', unitIds),
          eb('a.province_id', 'in', provinceIds),
          // the province-level agencies above a commune (e.g. the province Women's Union)
          eb('a.unit_id', 'in', eb.selectFrom('admin_unit').select('province_id').where('id', 'in', unitIds)),
        ]),
      );
    }
    if (filter.unitId !== undefined) q = q.where('a.unit_id', '=', filter.unitId);
    if (filter.key) q = q.where('a.search_key', 'like', `%${filter.key}%`);
    return q.orderBy('a.province_id').orderBy('a.name').limit(filter.limit).execute();
  }

  async insert(a: {
    name: string;
    kind: string;
    unitId: number;
    provinceId: number;
    parentAgencyId: number | null;
    searchKey: string;
  }): Promise<number> {
    const row = await this.db
      .insertInto('agency')
      .values({
        name: a.name,
        kind: a.kind,
        unit_id: a.unitId,
        province_id: a.provinceId,
        parent_agency_id: a.parentAgencyId,
        search_key: a.searchKey,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  }

  async update(
    id: number,
    patch: { name?: string; kind?: string; isActive?: boolean; searchKey?: string },
  ): Promise<void> {
    await this.db
      .updateTable('agency')
      .set({
        ...(patch.name !== undefined ? { name: patch.name } : {}),
        ...(patch.kind !== undefined ? { kind: patch.kind } : {}),
        ...(patch.isActive !== undefined ? { is_active: patch.isActive } : {}),
        ...(patch.searchKey !== undefined ? { search_key: patch.searchKey } : {}),
        updated_at: sql`now()`,
      })
      .where('id', '=', id)
      .execute();
  }
}
