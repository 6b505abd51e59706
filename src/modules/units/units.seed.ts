/**
 * Loads the national administrative-unit reference data (seed/admin-units/) into the database:
 * both registries (before and from 2025-07-01), the lineage between them and later changes.
 * Idempotent: does nothing when the units are already there. One transaction.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from '../../core/db/database.ts';
import { searchKey } from '../../core/text/search-key.ts';
import { UnitsRepository, type SeedLineageLink, type SeedUnit } from './units.repository.ts';

export const ADMIN_UNIT_SEED_DIR = join(import.meta.dirname, '..', '..', '..', 'seed', 'admin-units');
export const REFORM_DATE = '2025-07-01';
export const LAST_DAY_BEFORE_REFORM = '2025-06-30';

type UnitTuple = [string, string, string, string, 'province' | 'district' | 'commune', string | null];
type LineageTuple = [string, string, boolean, [string, string, 'full' | 'partial'][]];
interface ChangeFile {
  effectiveDate: string;
  changes: {
    code: string;
    level: string;
    before: { fullName: string; type: string };
    after: { fullName: string; type: string };
    resolution: string;
  }[];
}

function readJson<T>(dir: string, file: string): T {
  return JSON.parse(readFileSync(join(dir, file), 'utf8')) as T;
}

function toSeedUnits(tuples: UnitTuple[], version: '2024' | '2025'): SeedUnit[] {
  return tuples.map(([code, name, fullName, type, level, parentCode]) => ({
    version,
    code,
    name,
    fullName,
    type,
    level,
    parentCode,
    validFrom: version === '2025' ? REFORM_DATE : null,
    validTo: version === '2024' ? LAST_DAY_BEFORE_REFORM : null,
    searchKey: searchKey(`${fullName} ${code}`),
  }));
}

export async function seedAdminUnits(db: Database, dir = ADMIN_UNIT_SEED_DIR): Promise<boolean> {
  const repo = new UnitsRepository(db);
  if (await repo.hasUnits()) return false;
  const units2024 = toSeedUnits(readJson<UnitTuple[]>(dir, 'units-2024.json'), '2024');
  const units2025 = toSeedUnits(readJson<UnitTuple[]>(dir, 'units-2025.json'), '2025');
  const lineage = readJson<{ effectiveDate: string; provinces: LineageTuple[]; communes: LineageTuple[] }>(
    dir,
    'lineage-2025.json',
  );
  const changes = readJson<ChangeFile>(dir, 'changes-since-2025-07-01.json');
  // units-2025 is the 2025-07-01 state; store the current state and keep the earlier one as history.
  const byCode = new Map(units2025.map((u) => [u.code, u]));
  for (const c of changes.changes) {
    const unit = byCode.get(c.code);
    if (!unit) throw new Error(`changes file names unknown unit ${c.code}`);
    unit.fullName = c.after.fullName;
    unit.type = c.after.type;
    unit.searchKey = searchKey(`${c.after.fullName} ${c.before.fullName} ${unit.code}`);
  }
  const links: SeedLineageLink[] = [];
  for (const [level, rows] of [
    ['province', lineage.provinces],
    ['commune', lineage.communes],
  ] as const) {
    for (const [code, resolution, , formedFrom] of rows) {
      for (const [oldCode, oldLevel, part] of formedFrom) {
        links.push({
          successorCode: code,
          successorLevel: level,
          predecessorCode: oldCode,
          predecessorLevel: oldLevel,
          part,
          resolution,
        });
      }
    }
  }
  await db.transaction().execute(async (tx) => {
    const txRepo = new UnitsRepository(tx);
    await txRepo.insertSeedUnits(units2024);
    await txRepo.insertSeedUnits(units2025);
    await txRepo.linkSeedHierarchy();
    await txRepo.insertSeedLineage(links, lineage.effectiveDate);
    await txRepo.insertSeedChanges(
      changes.changes.map((c) => ({
        code: c.code,
        effectiveDate: changes.effectiveDate,
        before: c.before,
        after: c.after,
        resolution: c.resolution,
      })),
    );
  });
  return true;
}
