import { describe, expect, it } from 'vitest';
import type { Actor, ScopedRole } from './roles.ts';
import { hasRoleOver, roleCovers, scopeFilter } from './scope.ts';

const province: ScopedRole = { id: 1, role: 'unit_admin', unitId: 10, unitLevel: 'province', provinceId: 10 };
const commune: ScopedRole = { id: 2, role: 'viewer', unitId: 101, unitLevel: 'commune', provinceId: 10 };
const national: ScopedRole = { id: 3, role: 'system_admin', unitId: null, unitLevel: null, provinceId: null };

describe('roleCovers', () => {
  it('covers a province and everything in it', () => {
    expect(roleCovers(province, { id: 10, provinceId: 10 })).toBe(true);
    expect(roleCovers(province, { id: 101, provinceId: 10 })).toBe(true);
    expect(roleCovers(province, { id: 201, provinceId: 20 })).toBe(false);
  });
  it('covers only the commune itself at commune level', () => {
    expect(roleCovers(commune, { id: 101, provinceId: 10 })).toBe(true);
    expect(roleCovers(commune, { id: 102, provinceId: 10 })).toBe(false);
    expect(roleCovers(commune, { id: 10, provinceId: 10 })).toBe(false);
  });
  it('covers a 2024 district subtree', () => {
    const district: ScopedRole = { id: 4, role: 'viewer', unitId: 50, unitLevel: 'district', provinceId: 10 };
    expect(roleCovers(district, { id: 501, provinceId: 10, districtId: 50 })).toBe(true);
    expect(roleCovers(district, { id: 502, provinceId: 10, districtId: 51 })).toBe(false);
  });
  it('covers the whole country for a national role', () => {
    expect(roleCovers(national, { id: 999, provinceId: 99 })).toBe(true);
  });
});

describe('hasRoleOver and scopeFilter', () => {
  const actor: Actor = {
    userId: 1,
    username: 'a',
    roles: [province, commune],
    ip: null,
    userAgent: null,
    requestId: null,
  };
  it('checks the role kind as well as the scope', () => {
    expect(hasRoleOver(actor, ['unit_admin'], { id: 101, provinceId: 10 })).toBe(true);
    expect(hasRoleOver(actor, ['planner'], { id: 101, provinceId: 10 })).toBe(false);
  });
  it('turns roles into a WHERE-clause filter', () => {
    expect(scopeFilter([province, commune])).toEqual({ all: false, unitIds: [101], provinceIds: [10] });
    expect(scopeFilter([national]).all).toBe(true);
  });
});
