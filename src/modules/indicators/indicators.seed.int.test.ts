import { afterAll, beforeAll, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../core/db/database.ts';
import { createTestDatabase } from '../../../tests/support/test-database.ts';
import { readDataElementSeed, seedDataElements } from './indicators.seed.ts';

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
