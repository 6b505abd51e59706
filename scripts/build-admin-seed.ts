/**
 * Builds the project's own administrative-unit seed files (seed/admin-units/) from the
 * reference lists in ../shared/data/vn-admin/. Run: `npx tsx scripts/build-admin-seed.ts [srcDir]`.
 * The output is compact (one tuple per unit or link) and is what `migrate` loads.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

interface SrcUnit {
  code: string;
  name: string;
  fullName: string;
  type: string;
  level: string;
  parentCode: string | null;
}
interface SrcLink {
  code: string;
  level?: string;
  part?: string;
}
interface SrcLineageUnit {
  code: string;
  formedFrom: SrcLink[];
  unchanged: boolean;
  resolution: string;
}

const src = process.argv[2] ?? join(import.meta.dirname, '..', '..', 'shared', 'data', 'vn-admin');
const out = join(import.meta.dirname, '..', 'seed', 'admin-units');
const read = <T>(file: string): T => JSON.parse(readFileSync(join(src, file), 'utf8')) as T;
const write = (file: string, data: unknown): void => {
  const lines = Array.isArray(data)
    ? `[\n${data.map((d) => JSON.stringify(d)).join(',\n')}\n]\n`
    : JSON.stringify(data, null, 1) + '\n';
  writeFileSync(join(out, file), lines);
};

for (const year of ['2024', '2025']) {
  const units = read<SrcUnit[]>(`units-${year}.json`);
  write(
    `units-${year}.json`,
    units.map((u) => [u.code, u.name, u.fullName, u.type, u.level, u.parentCode]),
  );
}

const lineage = read<{
  effectiveDate: string;
  resolutions: Record<string, Record<string, { issuer: string; date: string; title: string }>>;
  provinces: SrcLineageUnit[];
  communes: SrcLineageUnit[];
}>('lineage-2025.json');
write('lineage-2025.json', {
  effectiveDate: lineage.effectiveDate,
  resolutions: lineage.resolutions,
  // [newCode, resolution, unchanged, [[oldCode, oldLevel, part], …]]
  provinces: lineage.provinces.map((p) => [
    p.code,
    p.resolution,
    p.unchanged,
    p.formedFrom.map((f) => [f.code, 'province', 'full']),
  ]),
  communes: lineage.communes.map((c) => [
    c.code,
    c.resolution,
    c.unchanged,
    c.formedFrom.map((f) => [f.code, f.level ?? 'commune', f.part ?? 'full']),
  ]),
});

const changes = read<{ effectiveDate: string; changes: unknown[] }>('changes-since-2025-07-01.json');
write('changes-since-2025-07-01.json', changes);
console.log(`admin-unit seed written to ${out}`);
