/** The WHERE-clause half of authorization: rows whose unit or province lies in the caller's scope. */
import { sql, type RawBuilder } from 'kysely';
import type { ScopeFilter } from '../auth/scope.ts';

/** `unit in (…) or province in (…)`; null when the scope is the whole country. */
export function scopeCondition(
  scope: ScopeFilter,
  unitColumn: string,
  provinceColumn: string,
): RawBuilder<boolean> | null {
  if (scope.all) return null;
  const ids = (xs: number[]) => sql.join((xs.length ? xs : [-1]).map((x) => sql.lit(x)));
  return sql<boolean>`(${sql.ref(unitColumn)} in (${ids(scope.unitIds)}) or ${sql.ref(provinceColumn)} in (${ids(scope.provinceIds)}))`;
}
