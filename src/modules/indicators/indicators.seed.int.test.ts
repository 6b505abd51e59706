import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../core/db/database.ts';
import { createTestDatabase } from '../../../tests/support/test-database.ts';
import {
  INDICATOR_SEED_DIR,
  readDataElementSeed,
  readIndicatorSeed,
  seedDataElements,
  seedIndicators,
} from './indicators.seed.ts';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(async () => {
  await handle.close();
});

it('ships every data element once, and loading again adds nothing and keeps edits', async () => {
  const shipped = readDataElementSeed();
  const rows = await handle.db.selectFrom('data_element').select(['code', 'disaggregation']).execute();
  expect(rows).toHaveLength(shipped.length);
  expect(new Set(rows.map((r) => r.code)).size).toBe(shipped.length);
  expect(rows.find((r) => r.code === 'GBV_SURVIVORS_DETECTED')?.disaggregation).toBe('sex_age');

  await handle.db
    .updateTable('data_element')
    .set({ name: 'Dân số trung bình' })
    .where('code', '=', 'POPULATION')
    .execute();
  expect(await seedDataElements(handle.db)).toBe(0);
  const pop = await handle.db
    .selectFrom('data_element')
    .select('name')
    .where('code', '=', 'POPULATION')
    .executeTakeFirstOrThrow();
  expect(pop.name).toBe('Dân số trung bình');
});

it('ships the catalogue once; a re-seed adds only what is missing and keeps edits', async () => {
  const file = readIndicatorSeed();
  const shipped = file.programmes.flatMap((p) => p.indicators);
  const rows = await handle.db.selectFrom('indicator').select(['id', 'code', 'name']).execute();
  expect(rows.map((r) => r.code).sort()).toEqual(shipped.map((i) => i.code).sort());
  const targets = await handle.db.selectFrom('indicator_target').select('id').execute();
  expect(targets).toHaveLength(shipped.reduce((n, i) => n + i.targets.length, 0));
  expect(await seedIndicators(handle.db)).toEqual({
    programmes: 0,
    objectives: 0,
    indicators: 0,
    targets: 0,
  });

  const nsge21 = rows.find((r) => r.code === 'NSGE-2.1');
  if (!nsge21) throw new Error('NSGE-2.1 missing');
  await handle.db
    .updateTable('indicator')
    .set({ name: 'Sửa bởi quản trị' })
    .where('id', '=', nsge21.id)
    .execute();
  await handle.db
    .updateTable('indicator_target')
    .set({ value: 55, label: '55%' })
    .where('indicator_id', '=', nsge21.id)
    .where('year', '=', 2025)
    .execute();
  await handle.db
    .deleteFrom('indicator_target')
    .where('indicator_id', '=', nsge21.id)
    .where('year', '=', 2030)
    .execute();
  expect(await seedIndicators(handle.db)).toEqual({
    programmes: 0,
    objectives: 0,
    indicators: 0,
    targets: 1,
  });
  const after = await handle.db
    .selectFrom('indicator_target as t')
    .innerJoin('indicator as i', 'i.id', 't.indicator_id')
    .select(['i.name', 't.year', 't.value', 't.label'])
    .where('i.id', '=', nsge21.id)
    .orderBy('t.year')
    .execute();
  expect(after).toEqual([
    { name: 'Sửa bởi quản trị', year: 2025, value: '55', label: '55%' },
    { name: 'Sửa bởi quản trị', year: 2030, value: '60', label: 'khoảng 60%' },
  ]);
});

it('refuses a catalogue naming an unknown data element or category, listing each problem', () => {
  const dir = mkdtempSync(join(tmpdir(), 'binhdang-ind-'));
  try {
    cpSync(INDICATOR_SEED_DIR, dir, { recursive: true });
    const path = join(dir, 'indicators.json');
    const text = readFileSync(path, 'utf8')
      .replace('"element": "EMPLOYED_WAGE"', '"element": "EMPLOYED_WAGES"')
      .replace(
        '"element": "LIVE_BIRTHS",\n            "category": "male"',
        '"element": "LIVE_BIRTHS",\n            "category": "boys"',
      );
    writeFileSync(path, text);
    expect(() => readIndicatorSeed(dir)).toThrow(
      /NSGE-2\.1: numerator uses unknown data element EMPLOYED_WAGES/,
    );
    expect(() => readIndicatorSeed(dir)).toThrow(
      /NSGE-4\.1: numerator category boys is not a category of LIVE_BIRTHS/,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
