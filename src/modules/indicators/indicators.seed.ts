/**
 * Loads the catalogue shipped in seed/indicators/ (data elements; programmes, objectives, indicators
 * and targets) into the database. Idempotent: adds what is missing by code and never overwrites a
 * row that is already there, so an administrator's corrections survive restarts and upgrades.
 */
import type { Database } from '../../core/db/database.ts';
import { INDICATOR_SEED_DIR, readDataElementSeed, readIndicatorSeed } from './indicators.seed-file.ts';

export { INDICATOR_SEED_DIR, readDataElementSeed, readIndicatorSeed };

/** Inserts the shipped data elements that are missing; returns how many were added. */
export async function seedDataElements(db: Database, dir = INDICATOR_SEED_DIR): Promise<number> {
  const elements = readDataElementSeed(dir);
  const result = await db
    .insertInto('data_element')
    .values(
      elements.map((e) => ({
        code: e.code,
        name: e.name,
        name_en: e.nameEn,
        description: e.description ?? null,
        value_type: e.valueType ?? 'integer',
        max_value: e.maxValue ?? null,
        disaggregation: e.disaggregation,
        aggregation: e.aggregation ?? 'sum',
      })),
    )
    .onConflict((oc) => oc.column('code').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0);
}

export interface SeedIndicatorsResult {
  programmes: number;
  objectives: number;
  indicators: number;
  targets: number;
}

/**
 * Inserts the shipped programmes, objectives, indicators and national targets that are missing (by
 * code; targets by indicator and year), in one transaction. Existing rows are left as they are.
 */
export async function seedIndicators(db: Database, dir = INDICATOR_SEED_DIR): Promise<SeedIndicatorsResult> {
  const file = readIndicatorSeed(dir);
  const count = (r: { numInsertedOrUpdatedRows?: bigint } | undefined) =>
    Number(r?.numInsertedOrUpdatedRows ?? 0);
  return db.transaction().execute(async (tx) => {
    const ids = async (table: 'programme' | 'objective' | 'indicator' | 'data_element') =>
      new Map((await tx.selectFrom(table).select(['id', 'code']).execute()).map((r) => [r.code, r.id]));
    const idOf = (map: Map<string, number>, code: string) => {
      const id = map.get(code);
      if (id === undefined) throw new Error(`seed/indicators: ${code} is not in the database`);
      return id;
    };
    const result: SeedIndicatorsResult = { programmes: 0, objectives: 0, indicators: 0, targets: 0 };
    const programmes = file.programmes.map((p, n) => ({
      code: p.code,
      name: p.name,
      name_en: p.nameEn,
      document_kind: p.documentKind,
      document_number: p.documentNumber,
      issued_on: p.issuedOn,
      start_year: p.startYear,
      end_year: p.endYear,
      source: p.source,
      position: n + 1,
    }));
    result.programmes = count(
      await tx
        .insertInto('programme')
        .values(programmes)
        .onConflict((oc) => oc.column('code').doNothing())
        .executeTakeFirst(),
    );
    const programmeIds = await ids('programme');
    const objectives = file.programmes.flatMap((p) =>
      p.objectives.map((o, n) => ({
        programme_id: idOf(programmeIds, p.code),
        code: o.code,
        name: o.name,
        name_en: o.nameEn,
        position: n + 1,
      })),
    );
    if (objectives.length > 0)
      result.objectives = count(
        await tx
          .insertInto('objective')
          .values(objectives)
          .onConflict((oc) => oc.column('code').doNothing())
          .executeTakeFirst(),
      );
    const [objectiveIds, elementIds] = [await ids('objective'), await ids('data_element')];
    const indicators = file.programmes.flatMap((p) =>
      p.indicators.map((i, n) => ({
        code: i.code,
        programme_id: idOf(programmeIds, p.code),
        objective_id: i.objective === undefined ? null : idOf(objectiveIds, i.objective),
        name: i.name,
        name_en: i.nameEn,
        definition: i.definition,
        unit: i.unit,
        numerator_element_id: i.numerator ? idOf(elementIds, i.numerator.element) : null,
        denominator_element_id: i.denominator ? idOf(elementIds, i.denominator.element) : null,
        numerator_category: i.numerator?.category ?? 'total',
        denominator_category: i.denominator?.category ?? 'total',
        multiplier: i.multiplier ?? 1,
        direction: i.direction,
        period_type: i.periodType,
        disaggregations: i.disaggregations,
        unconfirmed: i.unconfirmed ?? false,
        note: i.note ?? null,
        source: i.source,
        position: n + 1,
      })),
    );
    result.indicators = count(
      await tx
        .insertInto('indicator')
        .values(indicators)
        .onConflict((oc) => oc.column('code').doNothing())
        .executeTakeFirst(),
    );
    const indicatorIds = await ids('indicator');
    const targets = file.programmes.flatMap((p) =>
      p.indicators.flatMap((i) =>
        i.targets.map((t) => ({
          indicator_id: idOf(indicatorIds, i.code),
          unit_id: null,
          year: t.year,
          comparator: t.comparator,
          value: t.value,
          label: t.label,
          unconfirmed: t.unconfirmed ?? false,
        })),
      ),
    );
    if (targets.length > 0)
      result.targets = count(
        await tx
          .insertInto('indicator_target')
          .values(targets)
          .onConflict((oc) => oc.columns(['indicator_id', 'year']).where('unit_id', 'is', null).doNothing())
          .executeTakeFirst(),
      );
    return result;
  });
}
