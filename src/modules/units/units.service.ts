/**
 * Administrative units: search, browse, lineage across the 2025-07-01 reform, and a unit as it
 * was on a date. Reference data: any signed-in user may read it (see units.policy.ts).
 */
import type { Database } from '../../core/db/database.ts';
import { AppError } from '../../core/errors/app-error.ts';
import type { Actor } from '../../core/auth/roles.ts';
import { searchKey } from '../../core/text/search-key.ts';
import { authorizeUnits } from './units.policy.ts';
import { presentUnit } from './units.presenter.ts';
import { UnitsRepository, type UnitRow } from './units.repository.ts';
import type { TSearchUnitsRequest, TUnit, TUnitLineageResponse } from './units.schema.ts';
import { REFORM_DATE } from './units.seed.ts';

export class UnitsService {
  private readonly repo: UnitsRepository;
  constructor(db: Database) {
    this.repo = new UnitsRepository(db);
  }

  async search(actor: Actor, req: TSearchUnitsRequest) {
    authorizeUnits(actor, 'read');
    const key = req.q ? searchKey(req.q) : undefined;
    const rows = await this.repo.search({
      key: key || undefined,
      version: req.version,
      level: req.level ?? (key || req.parentId ? undefined : 'province'),
      parentId: req.parentId,
      limit: req.limit,
    });
    return rows.map((r) => ({ ...presentUnit(r), parentName: r.parent_name, provinceName: r.province_name }));
  }

  async requireUnit(id: number): Promise<UnitRow> {
    const unit = await this.repo.findById(id);
    if (!unit) throw new AppError('UNIT_NOT_FOUND');
    return unit;
  }

  async get(actor: Actor, id: number) {
    authorizeUnits(actor, 'read');
    const unit = await this.requireUnit(id);
    const ancestorIds = [unit.province_id, unit.district_id].filter(
      (x): x is number => x !== null && x !== unit.id,
    );
    const ancestors = await this.repo.findByIds(ancestorIds);
    ancestors.sort((a, b) => a.code.length - b.code.length);
    return {
      unit: presentUnit(unit),
      ancestors: ancestors.map(presentUnit),
      childCount: await this.repo.childCount(id),
    };
  }

  async children(actor: Actor, id: number): Promise<TUnit[]> {
    authorizeUnits(actor, 'read');
    await this.requireUnit(id);
    return (await this.repo.children(id)).map(presentUnit);
  }

  async lineage(actor: Actor, id: number): Promise<TUnitLineageResponse> {
    authorizeUnits(actor, 'read');
    const unit = await this.requireUnit(id);
    const predecessors = await this.repo.lineage('predecessors', [id]);
    let successors = await this.repo.lineage('successors', [id]);
    if (unit.level === 'district' && successors.length === 0) {
      // A district was abolished: its communes went to new communes, each only part of the district.
      const viaCommunes = await this.repo.lineage('successors', await this.repo.communeIdsOfDistrict(id));
      const seen = new Set<number>();
      successors = viaCommunes
        .filter((l) => !seen.has(l.unit.id) && seen.add(l.unit.id))
        .map((l) => ({ ...l, part: 'partial' as const }));
    }
    const first = predecessors[0] ?? successors[0];
    const changes = await this.repo.changes([id]);
    return {
      predecessors: predecessors.map((l) => ({ unit: presentUnit(l.unit), part: l.part })),
      successors: successors.map((l) => ({ unit: presentUnit(l.unit), part: l.part })),
      resolution: first?.resolution ?? null,
      effectiveDate: first?.effective_date ?? null,
      changes: changes.map((c) => ({
        effectiveDate: c.effective_date,
        fullNameBefore: c.full_name_before,
        fullNameAfter: c.full_name_after,
        typeBefore: c.type_before,
        typeAfter: c.type_after,
        resolution: c.resolution,
      })),
    };
  }

  /** The unit(s) in force on `date` that this unit was or became, named as they were then. */
  async onDate(actor: Actor, id: number, date: string): Promise<TUnit[]> {
    authorizeUnits(actor, 'read');
    const unit = await this.requireUnit(id);
    const wantNew = date >= REFORM_DATE;
    let units: UnitRow[];
    if ((unit.version === '2025') === wantNew) units = [unit];
    else if (wantNew) {
      const ids = unit.level === 'district' ? await this.repo.communeIdsOfDistrict(id) : [id];
      units = (await this.repo.lineage('successors', ids)).map((l) => l.unit);
    } else units = (await this.repo.lineage('predecessors', [id])).map((l) => l.unit);
    const unique = [...new Map(units.map((u) => [u.id, u])).values()];
    const changes = await this.repo.changes(unique.map((u) => u.id));
    return unique.map((u) => {
      // Undo, newest first, every change that took effect after the date.
      const later = changes.filter((c) => c.unit_id === u.id && c.effective_date > date).reverse();
      const asThen = later.reduce(
        (acc, c) => ({ ...acc, full_name: c.full_name_before, type: c.type_before }),
        u,
      );
      return presentUnit(asThen);
    });
  }
}
