/** SQL for administrative units, their lineage and later changes. */
import { sql, type Selectable } from 'kysely';
import type { Database } from '../../core/db/database.ts';
import type { AdminUnitTable } from '../../core/db/schema.ts';

export type UnitRow = Selectable<AdminUnitTable>;
export type UnitWithNames = UnitRow & { parent_name: string | null; province_name: string | null };

export interface SeedUnit {
  version: '2024' | '2025';
  code: string;
  name: string;
  fullName: string;
  type: string;
  level: 'province' | 'district' | 'commune';
  parentCode: string | null;
  validFrom: string | null;
  validTo: string | null;
  searchKey: string;
}

export interface SeedLineageLink {
  successorCode: string;
  successorLevel: string;
  predecessorCode: string;
  predecessorLevel: string;
  part: 'full' | 'partial';
  resolution: string;
}

export interface UnitSearch {
  key: string | undefined;
  version: '2024' | '2025';
  level: 'province' | 'district' | 'commune' | undefined;
  parentId: number | undefined;
  limit: number;
}

export interface LineageLinkRow {
  unit: UnitRow;
  part: 'full' | 'partial';
  resolution: string | null;
  effective_date: string;
}

export interface UnitChangeRow {
  effective_date: string;
  full_name_before: string;
  type_before: string;
  full_name_after: string;
  type_after: string;
  resolution: string | null;
}

export class UnitsRepository {
  constructor(private readonly db: Database) {}

  async hasUnits(): Promise<boolean> {
    const row = await this.db.selectFrom('admin_unit').select('id').limit(1).executeTakeFirst();
    return row !== undefined;
  }

  async countByVersionAndLevel(): Promise<{ version: string; level: string; count: number }[]> {
    const rows = await this.db
      .selectFrom('admin_unit')
      .select(['version', 'level', (eb) => eb.fn.countAll<string>().as('count')])
      .groupBy(['version', 'level'])
      .orderBy('version')
      .orderBy('level')
      .execute();
    return rows.map((r) => ({ version: r.version, level: r.level, count: Number(r.count) }));
  }

  async insertSeedUnits(units: SeedUnit[]): Promise<void> {
    await sql`
      insert into admin_unit (version, code, name, full_name, type, level, parent_code, valid_from, valid_to, search_key)
      select x.version, x.code, x.name, x."fullName", x.type, x.level, x."parentCode", x."validFrom", x."validTo", x."searchKey"
      from json_to_recordset(${JSON.stringify(units)}::json) as x(
        version text, code text, name text, "fullName" text, type text, level text, "parentCode" text,
        "validFrom" date, "validTo" date, "searchKey" text)`.execute(this.db);
  }

  /** Resolves parent codes to ids (within the same version only) and fills province/district ids. */
  async linkSeedHierarchy(): Promise<void> {
    await sql`update admin_unit c set parent_id = p.id from admin_unit p
      where c.parent_id is null and c.parent_code is not null and p.version = c.version and p.code = c.parent_code`.execute(
      this.db,
    );
    await sql`update admin_unit set province_id = id where level = 'province'`.execute(this.db);
    await sql`update admin_unit set province_id = parent_id where level = 'district'`.execute(this.db);
    await sql`update admin_unit c set district_id = d.id, province_id = d.parent_id from admin_unit d
      where c.level = 'commune' and d.id = c.parent_id and d.level = 'district'`.execute(this.db);
    await sql`update admin_unit c set province_id = c.parent_id from admin_unit p
      where c.level = 'commune' and p.id = c.parent_id and p.level = 'province'`.execute(this.db);
  }

  async insertSeedLineage(links: SeedLineageLink[], effectiveDate: string): Promise<void> {
    // Resolve codes to ids here: the planner cannot estimate a JSON record set, and a join on it
    // degrades to nested scans. Codes are looked up within their own version only.
    const units = await this.db.selectFrom('admin_unit').select(['id', 'version', 'code', 'level']).execute();
    const idOf = new Map(units.map((u) => [`${u.version}|${u.level}|${u.code}`, u.id]));
    const rows = links.map((l) => {
      const successorId = idOf.get(`2025|${l.successorLevel}|${l.successorCode}`);
      const predecessorId = idOf.get(`2024|${l.predecessorLevel}|${l.predecessorCode}`);
      if (successorId === undefined || predecessorId === undefined) {
        throw new Error(`lineage names an unknown unit: ${l.successorCode} <- ${l.predecessorCode}`);
      }
      return { s: successorId, p: predecessorId, part: l.part, r: l.resolution };
    });
    await sql`
      insert into admin_unit_lineage (successor_id, predecessor_id, part, resolution, effective_date)
      select x.s, x.p, x.part, x.r, ${effectiveDate}::date
      from json_to_recordset(${JSON.stringify(rows)}::json) as x(s integer, p integer, part text, r text)`.execute(
      this.db,
    );
  }

  async insertSeedChanges(
    changes: {
      code: string;
      effectiveDate: string;
      before: { fullName: string; type: string };
      after: { fullName: string; type: string };
      resolution: string;
    }[],
  ): Promise<void> {
    for (const c of changes) {
      await sql`insert into admin_unit_change
          (unit_id, effective_date, full_name_before, type_before, full_name_after, type_after, resolution)
        select id, ${c.effectiveDate}::date, ${c.before.fullName}, ${c.before.type}, ${c.after.fullName}, ${c.after.type}, ${c.resolution}
        from admin_unit where version = '2025' and code = ${c.code}`.execute(this.db);
    }
  }

  async search(s: UnitSearch): Promise<UnitWithNames[]> {
    let q = this.db
      .selectFrom('admin_unit as u')
      .leftJoin('admin_unit as parent', 'parent.id', 'u.parent_id')
      .leftJoin('admin_unit as prov', 'prov.id', 'u.province_id')
      .selectAll('u')
      .select(['parent.full_name as parent_name', 'prov.full_name as province_name'])
      .where('u.version', '=', s.version);
    if (s.level) q = q.where('u.level', '=', s.level);
    if (s.parentId !== undefined) q = q.where('u.parent_id', '=', s.parentId);
    if (s.key) {
      const key = s.key;
      q = q
        .where('u.search_key', 'like', `%${key}%`)
        .orderBy(
          sql`case when u.search_key like ${key + '%'} or u.search_key like ${'% ' + key + '%'} then 0 else 1 end`,
        );
    }
    return q
      .orderBy(sql`case u.level when 'province' then 0 when 'district' then 1 else 2 end`)
      .orderBy('u.code')
      .limit(s.limit)
      .execute();
  }

  findById(id: number): Promise<UnitRow | undefined> {
    return this.db.selectFrom('admin_unit').selectAll().where('id', '=', id).executeTakeFirst();
  }

  findByIds(ids: number[]): Promise<UnitRow[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.db.selectFrom('admin_unit').selectAll().where('id', 'in', ids).execute();
  }

  findByCode(version: '2024' | '2025', code: string): Promise<UnitRow | undefined> {
    return this.db
      .selectFrom('admin_unit')
      .selectAll()
      .where('version', '=', version)
      .where('code', '=', code)
      .executeTakeFirst();
  }

  children(id: number): Promise<UnitRow[]> {
    return this.db.selectFrom('admin_unit').selectAll().where('parent_id', '=', id).orderBy('code').execute();
  }

  async childCount(id: number): Promise<number> {
    const row = await this.db
      .selectFrom('admin_unit')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('parent_id', '=', id)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  private lineageQuery(direction: 'predecessors' | 'successors', unitIds: number[]) {
    const [mine, other] =
      direction === 'predecessors'
        ? (['successor_id', 'predecessor_id'] as const)
        : (['predecessor_id', 'successor_id'] as const);
    return this.db
      .selectFrom('admin_unit_lineage as l')
      .innerJoin('admin_unit as u', 'u.id', `l.${other}`)
      .selectAll('u')
      .select(['l.part', 'l.resolution', 'l.effective_date'])
      .where(`l.${mine}`, 'in', unitIds)
      .orderBy('u.code');
  }

  async lineage(direction: 'predecessors' | 'successors', unitIds: number[]): Promise<LineageLinkRow[]> {
    if (unitIds.length === 0) return [];
    const rows = await this.lineageQuery(direction, unitIds).execute();
    return rows.map(({ part, resolution, effective_date, ...unit }) => ({
      unit,
      part,
      resolution,
      effective_date,
    }));
  }

  /** Ids of the communes of a 2024 district (districts have no direct successors). */
  async communeIdsOfDistrict(districtId: number): Promise<number[]> {
    const rows = await this.db
      .selectFrom('admin_unit')
      .select('id')
      .where('district_id', '=', districtId)
      .execute();
    return rows.map((r) => r.id);
  }

  changes(unitIds: number[]): Promise<(UnitChangeRow & { unit_id: number })[]> {
    if (unitIds.length === 0) return Promise.resolve([]);
    return this.db
      .selectFrom('admin_unit_change')
      .select([
        'unit_id',
        'effective_date',
        'full_name_before',
        'type_before',
        'full_name_after',
        'type_after',
        'resolution',
      ])
      .where('unit_id', 'in', unitIds)
      .orderBy('effective_date')
      .execute();
  }
}
