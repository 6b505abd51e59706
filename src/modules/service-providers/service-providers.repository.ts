/** SQL for the GBV service directory (trusted addresses / shelters and other service providers). */
import { sql, type Insertable, type Selectable, type Updateable } from 'kysely';
import type { Database } from '../../core/db/database.ts';
import type { ServiceProviderTable } from '../../core/db/schema-cases.ts';

export type ServiceProviderRow = Selectable<ServiceProviderTable> & {
  unit_name: string;
  unit_district_id: number | null;
  province_name: string;
};

/** Where to look: a province's providers, or a commune's plus those covering its province. */
export type AreaFilter =
  { level: 'province'; provinceId: number } | { level: 'commune'; unitId: number; provinceId: number };

export interface ListFilter {
  area?: AreaFilter | undefined;
  kind?: string | undefined;
  service?: string | undefined;
  includeInactive: boolean;
  limit: number;
}

export class ServiceProvidersRepository {
  constructor(private readonly db: Database) {}

  private base() {
    return this.db
      .selectFrom('service_provider as sp')
      .innerJoin('admin_unit as u', 'u.id', 'sp.unit_id')
      .innerJoin('admin_unit as p', 'p.id', 'sp.province_id')
      .selectAll('sp')
      .select([
        'u.full_name as unit_name',
        'u.district_id as unit_district_id',
        'p.full_name as province_name',
      ]);
  }

  findById(id: number): Promise<ServiceProviderRow | undefined> {
    return this.base().where('sp.id', '=', id).executeTakeFirst();
  }

  list(f: ListFilter): Promise<ServiceProviderRow[]> {
    let q = this.base();
    const area = f.area;
    if (area?.level === 'province') q = q.where('sp.province_id', '=', area.provinceId);
    if (area?.level === 'commune')
      q = q.where((eb) =>
        eb.or([
          eb('sp.unit_id', '=', area.unitId),
          eb.and([eb('sp.province_id', '=', area.provinceId), eb('sp.covers_province', '=', true)]),
        ]),
      );
    if (f.kind) q = q.where('sp.kind', '=', f.kind as ServiceProviderTable['kind']);
    if (f.service) q = q.where(sql<boolean>`${f.service} = any(sp.services)`);
    if (!f.includeInactive) q = q.where('sp.is_active', '=', true);
    return q.orderBy('sp.province_id').orderBy('sp.name').orderBy('sp.id').limit(f.limit).execute();
  }

  async insert(row: Insertable<ServiceProviderTable>): Promise<number> {
    const r = await this.db
      .insertInto('service_provider')
      .values(row)
      .returning('id')
      .executeTakeFirstOrThrow();
    return r.id;
  }

  async update(id: number, set: Updateable<ServiceProviderTable>): Promise<void> {
    await this.db
      .updateTable('service_provider')
      .set({ ...set, updated_at: sql`now()` })
      .where('id', '=', id)
      .execute();
  }
}
