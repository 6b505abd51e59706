/** SQL for the cascade: which units must answer an issued plan, and which have. */
import { sql, type RawBuilder } from 'kysely';
import type { UnitRef } from '../../core/auth/roles.ts';
import type { Database } from '../../core/db/database.ts';
import type { ScopeFilter } from '../../core/auth/scope.ts';
import { scopeCondition } from '../../core/db/scope-condition.ts';

/**
 * The plan read rule in SQL (plans.policy.ts): the plan's unit in the scope, or a unit it was sent
 * to (plan_cascade); null when the scope is the whole country. `planId`, `unit`, `province`: the
 * plan's columns in the outer query.
 */
export function planVisible(
  scope: ScopeFilter,
  cols: { planId: string; unit: string; province: string },
): RawBuilder<boolean> | null {
  const own = scopeCondition(scope, cols.unit, cols.province);
  const sent = scopeCondition(scope, 'vc.unit_id', 'vc.province_id');
  if (!own || !sent) return null;
  return sql<boolean>`(${own} or exists (select 1 from plan_cascade vc where vc.plan_id = ${sql.ref(cols.planId)} and ${sent}))`;
}

export class CascadeRepository {
  constructor(private readonly db: Database) {}

  async expect(
    planId: number,
    units: { id: number; provinceId: number }[],
    dueDate: string | null,
  ): Promise<void> {
    if (units.length === 0) return;
    await this.db
      .insertInto('plan_cascade')
      .values(
        units.map((u) => ({ plan_id: planId, unit_id: u.id, province_id: u.provinceId, due_date: dueDate })),
      )
      .onConflict((oc) => oc.columns(['plan_id', 'unit_id']).doUpdateSet({ due_date: dueDate }))
      .execute();
  }

  /** The units a plan was sent to, as scope checks need them. */
  async sentTo(planId: number): Promise<UnitRef[]> {
    const rows = await this.db
      .selectFrom('plan_cascade as c')
      .innerJoin('admin_unit as u', 'u.id', 'c.unit_id')
      .select(['u.id', 'c.province_id', 'u.district_id'])
      .where('c.plan_id', '=', planId)
      .execute();
    return rows.map((r) => ({ id: r.id, provinceId: r.province_id, districtId: r.district_id }));
  }

  /** Every expected unit with the answering plans of that unit or below it (if any). */
  async status(planId: number, legalDocumentId: number | null) {
    const rows = await this.db
      .selectFrom('plan_cascade as c')
      .innerJoin('admin_unit as u', 'u.id', 'c.unit_id')
      .leftJoin('plan as a', (join) =>
        join
          .on((eb) =>
            eb.or([
              eb('a.unit_id', '=', eb.ref('c.unit_id')),
              eb.and([eb('u.level', '=', 'province'), eb('a.province_id', '=', eb.ref('c.unit_id'))]),
            ]),
          )
          .on((eb) =>
            eb.exists(
              eb
                .selectFrom('plan_reference as r')
                .select('r.plan_id')
                .whereRef('r.plan_id', '=', 'a.id')
                .where('r.implements', '=', true)
                .where('r.legal_document_id', '=', legalDocumentId ?? -1),
            ),
          ),
      )
      .select([
        'c.unit_id',
        'u.full_name as unit_name',
        'c.due_date',
        'a.id as answer_id',
        'a.title as answer_title',
        'a.status as answer_status',
        'a.created_at as answered_at',
      ])
      .where('c.plan_id', '=', planId)
      .orderBy('u.code')
      .execute();
    return rows;
  }

  /** Issued plans that expect an answer from a unit in the scope, which that unit has not given yet. */
  awaiting(scope: ScopeFilter) {
    let q = this.db
      .selectFrom('plan_cascade as c')
      .innerJoin('plan as p', 'p.id', 'c.plan_id')
      .innerJoin('admin_unit as u', 'u.id', 'c.unit_id')
      .innerJoin('admin_unit as pu', 'pu.id', 'p.unit_id')
      .select([
        'p.id as plan_id',
        'p.title',
        'p.document_number',
        'pu.full_name as issuer_unit',
        'c.unit_id',
        'u.full_name as unit_name',
        'c.due_date',
      ])
      .where((eb) =>
        eb.not(
          eb.exists(
            eb
              .selectFrom('plan as a')
              .innerJoin('plan_reference as r', 'r.plan_id', 'a.id')
              .select('a.id')
              .whereRef('a.unit_id', '=', 'c.unit_id')
              .whereRef('r.legal_document_id', '=', 'p.legal_document_id')
              .where('r.implements', '=', true),
          ),
        ),
      );
    const inScope = scopeCondition(scope, 'c.unit_id', 'c.province_id');
    if (inScope) q = q.where(inScope);
    return q
      .orderBy(sql`c.due_date asc nulls last`)
      .limit(500)
      .execute();
  }
}
