import { describe, expect, it } from 'vitest';
import type { Role } from './api/types.ts';
import { landingFor } from './landing.ts';

const me = (...roles: Role[]) => ({
  roles: roles.map((role, i) => ({ id: i + 1, role, unitId: 7, unitName: 'Phường Phố Hiến' })),
});

describe('where a user lands after signing in', () => {
  it('lands each role on what is due for it', () => {
    expect(landingFor(me('reporter'))).toBe('/reports');
    expect(landingFor(me('approver'))).toBe('/reports?status=submitted');
    expect(landingFor(me('planner'))).toBe('/plans');
    expect(landingFor(me('case_worker'))).toBe('/cases');
    expect(landingFor(me('case_supervisor'))).toBe('/cases');
    expect(landingFor(me('system_admin'))).toBe('/users');
    expect(landingFor(me('unit_admin'))).toBe('/users');
    expect(landingFor(me('viewer'))).toBe('/indicators');
  });

  it('puts the work a user owes before administration and reading', () => {
    expect(landingFor(me('viewer', 'reporter'))).toBe('/reports');
    expect(landingFor(me('unit_admin', 'approver'))).toBe('/reports?status=submitted');
    expect(landingFor(me('system_admin', 'planner'))).toBe('/plans');
    expect(landingFor(me('viewer', 'case_worker'))).toBe('/cases');
  });

  it('lands a user without a role on the units, which everyone may read', () => {
    expect(landingFor(me())).toBe('/units');
  });
});
