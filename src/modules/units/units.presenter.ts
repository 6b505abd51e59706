import type { TUnit } from './units.schema.ts';
import type { UnitRow } from './units.repository.ts';

export function presentUnit(row: UnitRow): TUnit {
  return {
    id: row.id,
    version: row.version,
    code: row.code,
    name: row.name,
    fullName: row.full_name,
    type: row.type,
    level: row.level,
    parentId: row.parent_id,
    provinceId: row.province_id,
    validFrom: row.valid_from,
    validTo: row.valid_to,
  };
}
