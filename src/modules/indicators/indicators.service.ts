/**
 * The indicator catalogue: programmes with their objectives, indicators with their formula and
 * national targets. Anyone signed in reads it; a system administrator corrects wording and flags
 * and sets national targets (each change audited in its transaction).
 */
import type { Actor } from '../../core/auth/roles.ts';
import type { Database } from '../../core/db/database.ts';
import { AppError } from '../../core/errors/app-error.ts';
import { AuditLogRepository } from '../audit-log/audit-log.repository.ts';
import type { Formula } from './indicator-compute.ts';
import { authorizeIndicator } from './indicators.policy.ts';
import { IndicatorsRepository, type IndicatorRow, type TargetRow } from './indicators.repository.ts';
import type {
  TIndicator,
  TProgramme,
  TSetTargetRequest,
  TTarget,
  TUpdateIndicatorRequest,
} from './indicators.schema.ts';

export function presentTarget(t: TargetRow): TTarget {
  return {
    year: t.year,
    comparator: t.comparator,
    value: t.value === null ? null : Number(t.value),
    label: t.label,
    unconfirmed: t.unconfirmed,
  };
}

export function presentIndicator(r: IndicatorRow, targets: TargetRow[]): TIndicator {
  return {
    id: r.id,
    code: r.code,
    programmeCode: r.programme_code,
    objectiveCode: r.objective_code,
    name: r.name,
    nameEn: r.name_en,
    definition: r.definition,
    unit: r.unit,
    numerator: r.numerator_code ? { elementCode: r.numerator_code, category: r.numerator_category } : null,
    denominator: r.denominator_code
      ? { elementCode: r.denominator_code, category: r.denominator_category }
      : null,
    multiplier: Number(r.multiplier),
    direction: r.direction,
    periodType: r.period_type,
    disaggregations: r.disaggregations,
    unconfirmed: r.unconfirmed,
    note: r.note,
    source: r.source,
    targets: targets.filter((t) => t.indicator_id === r.id).map(presentTarget),
  };
}

export function formulaOf(r: IndicatorRow): Formula {
  return {
    unit: r.unit,
    numeratorElementId: r.numerator_element_id,
    numeratorCategory: r.numerator_category,
    denominatorElementId: r.denominator_element_id,
    denominatorCategory: r.denominator_category,
    multiplier: Number(r.multiplier),
    direction: r.direction,
  };
}

export class IndicatorsService {
  constructor(private readonly db: Database) {}

  async programmes(): Promise<TProgramme[]> {
    const repo = new IndicatorsRepository(this.db);
    const [programmes, objectives] = await Promise.all([repo.programmes(), repo.objectives()]);
    return programmes.map((p) => ({
      id: p.id,
      code: p.code,
      name: p.name,
      nameEn: p.name_en,
      documentKind: p.document_kind,
      documentNumber: p.document_number,
      issuedOn: p.issued_on,
      startYear: p.start_year,
      endYear: p.end_year,
      source: p.source,
      objectives: objectives
        .filter((o) => o.programme_id === p.id)
        .map((o) => ({ id: o.id, code: o.code, name: o.name, nameEn: o.name_en })),
    }));
  }

  /** The indicators (of one programme, by code) with their national targets. */
  async list(programme?: string): Promise<TIndicator[]> {
    const repo = new IndicatorsRepository(this.db);
    let programmeId: number | undefined;
    if (programme !== undefined) {
      const p = await repo.findProgrammeByCode(programme);
      if (!p) throw new AppError('PROGRAMME_NOT_FOUND');
      programmeId = p.id;
    }
    const rows = await repo.list(programmeId);
    const targets = await repo.nationalTargets(rows.map((r) => r.id));
    return rows.map((r) => presentIndicator(r, targets));
  }

  async get(id: number): Promise<TIndicator> {
    const repo = new IndicatorsRepository(this.db);
    const row = await repo.findById(id);
    if (!row) throw new AppError('INDICATOR_NOT_FOUND');
    return presentIndicator(row, await repo.nationalTargets([id]));
  }

  async update(actor: Actor, id: number, req: TUpdateIndicatorRequest): Promise<TIndicator> {
    authorizeIndicator(actor, 'edit');
    const before = await this.get(id);
    const patch = {
      ...(req.name !== undefined ? { name: req.name } : {}),
      ...(req.nameEn !== undefined ? { name_en: req.nameEn } : {}),
      ...(req.definition !== undefined ? { definition: req.definition || null } : {}),
      ...(req.unconfirmed !== undefined ? { unconfirmed: req.unconfirmed } : {}),
      ...(req.note !== undefined ? { note: req.note || null } : {}),
    };
    if (Object.keys(patch).length === 0) return before;
    await this.db.transaction().execute(async (tx) => {
      await new IndicatorsRepository(tx).update(id, patch);
      await new AuditLogRepository(tx).insert(actor, {
        action: 'indicator.update',
        entityType: 'indicator',
        entityId: id,
        details: { code: before.code, fields: Object.keys(req) },
      });
    });
    return this.get(id);
  }

  async setTarget(actor: Actor, id: number, year: number, req: TSetTargetRequest): Promise<TIndicator> {
    authorizeIndicator(actor, 'edit');
    const before = await this.get(id);
    if (req.value === null && before.unit !== 'milestone') throw new AppError('TARGET_VALUE_REQUIRED');
    await this.db.transaction().execute(async (tx) => {
      await new IndicatorsRepository(tx).setNationalTarget(id, year, req);
      await new AuditLogRepository(tx).insert(actor, {
        action: 'indicator.set_target',
        entityType: 'indicator',
        entityId: id,
        details: {
          code: before.code,
          year,
          before: before.targets.find((t) => t.year === year) ?? null,
          after: req,
        },
      });
    });
    return this.get(id);
  }
}
