/**
 * Access matrix: GBV cases, the rapid-report inbox and the service directory. Rules from
 * src/modules/cases/cases.policy.ts (a case exists only for its assigned team; a case worker
 * neither assigns nor exports; break-glass is a case supervisor of the area's, off the team),
 * case-team.service.ts supervisorsFor, case-statistics.service.ts, rapid-reports.service.ts and
 * service-providers.policy.ts.
 */
import { caseIntake } from '../case-intake.ts';
import { READERS, caseTeam, scoped, signedIn } from './rules.ts';
import type { Call, Entry } from './types.ts';

const HIDES = ['CASE_NOT_FOUND'];
const BOTH = caseTeam({ worker: true, supervisor: true });
const SUPERVISOR = caseTeam({ worker: false, supervisor: true });
const gbvCase = (c: Call) => ({ id: c.site.gbvCase });

export const caseBody = (unitId: number, supervisorId: number) => caseIntake(unitId, supervisorId);

/** The routes on one case: the team only, each with a body that would be accepted. */
const ON_CASE: [string, typeof BOTH, ((c: Call) => unknown)?, ((c: Call) => Record<string, number>)?][] = [
  ['GET /api/v1/cases/:id', BOTH],
  ['PATCH /api/v1/cases/:id', BOTH, () => ({ version: 1, riskLevel: 'critical' })],
  ['POST /api/v1/cases/:id/consents', BOTH, () => ({ purpose: 'referral:health', granted: true })],
  ['GET /api/v1/cases/:id/team-candidates', BOTH],
  [
    'POST /api/v1/cases/:id/assignments',
    SUPERVISOR,
    (c) => ({ userId: c.fx.spareWorker, role: 'case_worker', active: true }),
  ],
  // closing at once: the supervisor; the team asks, the supervisor decides (case-closure.service.ts)
  ['POST /api/v1/cases/:id/close', SUPERVISOR, () => ({ reason: 'goals_met' })],
  ['GET /api/v1/cases/:id/closure', BOTH],
  [
    'POST /api/v1/cases/:id/closure/request',
    BOTH,
    () => ({ reason: 'goals_met', safetyPlanDone: true, servicesDone: true, survivorInformed: true }),
  ],
  ['POST /api/v1/cases/:id/closure/send-back', SUPERVISOR, () => ({ comment: 'Cần gặp lại' })],
  ['POST /api/v1/cases/:id/closure/approve', SUPERVISOR, () => ({})],
  ['GET /api/v1/cases/:id/follow-ups', BOTH],
  ['POST /api/v1/cases/:id/follow-ups', BOTH, () => ({ dueOn: '2026-12-30' })],
  [
    'PATCH /api/v1/cases/:id/follow-ups/:followUpId',
    BOTH,
    () => ({ dueOn: '2026-12-31' }),
    (c) => ({ id: c.site.gbvCase, followUpId: 1 }), // another case's: FOLLOW_UP_NOT_FOUND, past the policy
  ],
  ['POST /api/v1/cases/:id/reopen', BOTH, () => ({ reason: 'Bạo lực tái diễn' })],
  ['GET /api/v1/cases/:id/access-log', BOTH],
  // transfers (case-transfer.policy.ts): the case's supervisor asks; to the province itself, so the
  // allowed answer is CASE_TRANSFER_INVALID and the shared case stays where it is
  ['POST /api/v1/cases/:id/transfer', SUPERVISOR, (c) => ({ toUnitId: c.site.province, consent: true })],
  ['POST /api/v1/cases/:id/transfer/cancel', SUPERVISOR],
  ['GET /api/v1/cases/:id/protection', BOTH],
  // a chair's decision of five days: allowed callers get CASE_PROTECTION_INVALID, nothing is saved
  [
    'POST /api/v1/cases/:id/protections',
    BOTH,
    () => ({ issuer: 'commune_chair', issuedOn: '2026-11-20', startsOn: '2026-11-20', endsOn: '2026-11-24' }),
  ],
  [
    'POST /api/v1/cases/:id/export',
    SUPERVISOR,
    () => ({ reason: 'Tòa án tỉnh yêu cầu hồ sơ', passphrase: 'mot-cum-tu-rat-dai' }),
  ],
  [
    'POST /api/v1/cases/:id/referrals',
    BOTH,
    (c) => ({ providerId: c.site.provider, service: 'shelter', note: 'Cần chỗ ở' }),
  ],
  [
    'PATCH /api/v1/cases/:id/referrals/:referralId',
    BOTH,
    () => ({ status: 'accepted' }),
    (c) => ({ id: c.site.gbvCase, referralId: c.site.referral }),
  ],
  ['POST /api/v1/cases/:id/notes', BOTH, () => ({ kind: 'follow_up', onDate: '2026-11-23', text: 'Đã gọi' })],
  [
    'PATCH /api/v1/cases/:id/notes/:noteId',
    BOTH,
    () => ({ done: true }),
    (c) => ({ id: c.site.gbvCase, noteId: c.site.note }),
  ],
];

export const CASE_ENTRIES: Entry[] = [
  // lists hold only the caller's own cases and alerts
  { route: 'GET /api/v1/cases', rule: signedIn },
  { route: 'GET /api/v1/case-alerts', rule: signedIn },
  { route: 'GET /api/v1/cases/attention', rule: signedIn },
  // the transfers waiting for the caller's communes only
  { route: 'GET /api/v1/case-transfers', rule: signedIn },
  ...['accept', 'decline'].map((d): Entry => ({
    // a transfer sent to no caller's commune: not found for all, confirming nothing
    route: `POST /api/v1/case-transfers/:transferId/${d}`,
    rule: () => false,
    hides: ['CASE_TRANSFER_NOT_FOUND'],
    params: () => ({ transferId: 999_999 }),
    ...(d === 'accept' ? { body: (c: Call) => ({ workerId: c.fx.spareWorker }) } : {}),
  })),
  {
    // intake: a case worker over the commune (system administrators hold no case role)
    route: 'POST /api/v1/cases',
    rule: scoped(['case_worker'], undefined, { national: false }),
    body: (c) => caseBody(c.site.commune, c.site.supervisor),
  },
  {
    // a case worker at the unit or at its province
    route: 'GET /api/v1/cases/supervisors',
    rule: scoped(['case_worker'], undefined, { national: false }),
    query: (c) => `unitId=${c.site.unit}`,
  },
  {
    route: 'GET /api/v1/cases/statistics',
    rule: scoped(READERS),
    query: (c) => `from=2026-01-01&to=2026-12-31&unitId=${c.site.unit}`,
  },
  ...ON_CASE.map(([route, rule, body, params]): Entry => ({
    route,
    rule,
    hides: HIDES,
    team: true,
    params: params ?? gbvCase,
    ...(body ? { body } : {}),
  })),
  {
    // on a case of its own, so that the grant it gives opens nothing another cell needs closed
    route: 'POST /api/v1/cases/:id/break-glass',
    rule: (c) => c.kind !== 'team' && scoped(['case_supervisor'], undefined, { national: false })(c),
    hides: HIDES,
    team: true,
    params: (c) => ({ id: c.site.glassCase }),
    body: () => ({ reason: 'Nguy cơ cao, người phụ trách vắng mặt' }),
  },

  { route: 'GET /api/v1/rapid-reports', rule: signedIn },
  {
    // a case supervisor or unit admin holding the role at the receiving province
    route: 'POST /api/v1/rapid-reports/:id/acknowledge',
    rule: scoped(['case_supervisor', 'unit_admin'], undefined, { national: false }),
    hides: ['RAPID_REPORT_NOT_FOUND'],
    params: (c) => ({ id: c.site.rapidReport }),
  },

  { route: 'GET /api/v1/service-providers', rule: signedIn },
  { route: 'GET /api/v1/service-providers/:id', rule: signedIn, params: (c) => ({ id: c.site.provider }) },
  {
    route: 'POST /api/v1/service-providers',
    rule: scoped(['unit_admin', 'case_supervisor']),
    body: (c) => ({
      name: `Nhà tạm lánh ${c.tag}`,
      kind: 'trusted_address',
      services: ['shelter'],
      unitId: c.site.unit,
    }),
  },
  {
    route: 'PATCH /api/v1/service-providers/:id',
    rule: scoped(['unit_admin', 'case_supervisor']),
    params: (c) => ({ id: c.site.provider }),
    body: () => ({ capacity: 3 }),
  },
];
