/** Agencies: list within scope, create and change, each write audited in its transaction. */
import type { Database } from '../../core/db/database.ts';
import type { Actor, UnitRef } from '../../core/auth/roles.ts';
import { actorScope } from '../../core/auth/scope.ts';
import { AppError } from '../../core/errors/app-error.ts';
import { searchKey } from '../../core/text/search-key.ts';
import { AuditLogRepository } from '../audit-log/audit-log.repository.ts';
import { UnitsRepository } from '../units/units.repository.ts';
import { authorizeAgency, authorizeAgencyRow } from './agencies.policy.ts';
import { AgenciesRepository, type AgencyRow } from './agencies.repository.ts';
import type { TAgency, TCreateAgencyRequest, TUpdateAgencyRequest } from './agencies.schema.ts';
import { AGENCY_KINDS } from './agencies.schema.ts';

export function presentAgency(row: AgencyRow): TAgency {
  const kind = AGENCY_KINDS.find((k) => k === row.kind) ?? 'other';
  return {
    id: row.id,
    name: row.name,
    kind,
    unitId: row.unit_id,
    unitName: row.unit_name,
    provinceId: row.province_id,
    parentAgencyId: row.parent_agency_id,
    isActive: row.is_active,
    createdAt: new Date(row.created_at).toISOString(),
  };
}

const unitRefOf = (a: AgencyRow): UnitRef => ({
  id: a.unit_id,
  provinceId: a.province_id,
  districtId: a.unit_district_id,
});

export class AgenciesService {
  constructor(private readonly db: Database) {}

  async list(
    actor: Actor,
    filter: { unitId?: number | undefined; q?: string | undefined; limit: number },
  ): Promise<TAgency[]> {
    authorizeAgency(actor, 'list');
    const scope = actorScope(actor);
    const rows = await new AgenciesRepository(this.db).list(scope, {
      unitId: filter.unitId,
      key: filter.q ? searchKey(filter.q) : undefined,
      limit: filter.limit,
    });
    return rows.map(presentAgency);
  }

  async create(actor: Actor, req: TCreateAgencyRequest): Promise<TAgency> {
    const unit = await new UnitsRepository(this.db).findById(req.unitId);
    if (!unit) throw new AppError('UNIT_NOT_FOUND');
    if (unit.version !== '2025') throw new AppError('UNIT_NOT_CURRENT');
    authorizeAgency(actor, 'create', {
      id: unit.id,
      provinceId: unit.province_id,
      districtId: unit.district_id,
    });
    const repo = new AgenciesRepository(this.db);
    if (req.parentAgencyId) {
      const parent = await repo.findById(req.parentAgencyId);
      if (!parent || (parent.province_id !== unit.province_id && parent.unit_id !== unit.province_id)) {
        throw new AppError('AGENCY_PARENT_INVALID');
      }
    }
    return this.db.transaction().execute(async (tx) => {
      const txRepo = new AgenciesRepository(tx);
      const id = await txRepo.insert({
        name: req.name,
        kind: req.kind,
        unitId: unit.id,
        provinceId: unit.province_id ?? unit.id,
        parentAgencyId: req.parentAgencyId ?? null,
        searchKey: searchKey(req.name),
      });
      await new AuditLogRepository(tx).insert(actor, {
        action: 'agency.create',
        entityType: 'agency',
        entityId: id,
        unitId: unit.id,
        provinceId: unit.province_id,
        details: { name: req.name, kind: req.kind, unitId: unit.id },
      });
      const row = await txRepo.findById(id);
      if (!row) throw new AppError('AGENCY_NOT_FOUND');
      return presentAgency(row);
    });
  }

  async update(actor: Actor, id: number, req: TUpdateAgencyRequest): Promise<TAgency> {
    const repo = new AgenciesRepository(this.db);
    const before = await repo.findById(id);
    if (!before) throw new AppError('AGENCY_NOT_FOUND');
    authorizeAgencyRow(actor, 'update', unitRefOf(before));
    return this.db.transaction().execute(async (tx) => {
      const txRepo = new AgenciesRepository(tx);
      await txRepo.update(id, { ...req, ...(req.name ? { searchKey: searchKey(req.name) } : {}) });
      await new AuditLogRepository(tx).insert(actor, {
        action: 'agency.update',
        entityType: 'agency',
        entityId: id,
        unitId: before.unit_id,
        provinceId: before.province_id,
        details: { before: { name: before.name, kind: before.kind, isActive: before.is_active }, after: req },
      });
      const row = await txRepo.findById(id);
      if (!row) throw new AppError('AGENCY_NOT_FOUND');
      return presentAgency(row);
    });
  }
}
