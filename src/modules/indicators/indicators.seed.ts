/**
 * Loads the catalogue shipped in seed/indicators/ (data elements; programmes, objectives, indicators
 * and targets) into the database. Idempotent: adds what is missing by code and never overwrites a
 * row that is already there, so an administrator's corrections survive restarts and upgrades.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from '../../core/db/database.ts';
import { DISAGGREGATIONS, type Disaggregation } from './categories.ts';

export const INDICATOR_SEED_DIR = join(import.meta.dirname, '..', '..', '..', 'seed', 'indicators');

interface SeedDataElement {
  code: string;
  name: string;
  nameEn: string;
  description?: string;
  valueType?: 'integer' | 'number';
  disaggregation: Disaggregation;
  aggregation?: 'sum' | 'none';
}

export function readDataElementSeed(dir = INDICATOR_SEED_DIR): SeedDataElement[] {
  const file = JSON.parse(readFileSync(join(dir, 'data-elements.json'), 'utf8')) as {
    dataElements: SeedDataElement[];
  };
  for (const e of file.dataElements)
    if (!DISAGGREGATIONS.includes(e.disaggregation))
      throw new Error(`seed/indicators: ${e.code} has an unknown disaggregation ${e.disaggregation}`);
  return file.dataElements;
}

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
        disaggregation: e.disaggregation,
        aggregation: e.aggregation ?? 'sum',
      })),
    )
    .onConflict((oc) => oc.column('code').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0);
}
