/**
 * Every role against every GBV case route, across units. One case is recorded by a case worker of
 * Phường Phố Hiến (11953) with a case supervisor of Hưng Yên (33). Everyone else — every role at
 * Hưng Yên (the case worker and case supervisor there are not on the case), the national system
 * administrator, a case worker of the same ward not on the case, every role at Hà Nội (01) — must
 * be told the case does not exist on every route (404 CASE_NOT_FOUND) and never see the survivor.
 * The team gets 200 where its abilities allow; break-glass is a supervisor of the area's only way
 * in, read-only. Statistics, the rapid-report inbox and the audit log are checked around it.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../../src/core/auth/roles.ts';
import type { TCase } from '../../src/modules/cases/cases.schema.ts';
import { createTestApp, type Client, type TestApp } from '../support/test-app.ts';
import { caseIntake } from '../support/case-intake.ts';

interface Actor {
  label: string;
  role: Role;
  /** Unit code of the role (null: national). */
  at: string | null;
}
const at33: Actor[] = ROLES.map((role) =>
  role === 'system_admin'
    ? { label: 'system_admin (national)', role, at: null }
    : { label: `${role}@33${role.startsWith('case_') ? ' (unassigned)' : ''}`, role, at: '33' },
);
const DENIED: Actor[] = [
  ...at33,
  { label: 'case_worker@11953 (not on the case)', role: 'case_worker', at: '11953' },
  ...ROLES.filter((r) => r !== 'system_admin').map((role) => ({ label: `${role}@01`, role, at: '01' })),
];
const WORKER: Actor = { label: 'assigned case_worker@11953', role: 'case_worker', at: '11953' };
const SUPERVISOR: Actor = { label: 'assigned case_supervisor@33', role: 'case_supervisor', at: '33' };
const EVERYONE = [...DENIED, WORKER, SUPERVISOR];
const GLASS = 'case_supervisor@33 (unassigned)';

const NAME = 'Nguyễn Thị Hoa';
/** What identifies the survivor (sealed in the case), and a referral's words. */
const IDENTIFYING = {
  survivorName: NAME,
  survivorContact: '0912 345 678',
  survivorBirthDate: '1990-05-04',
  incidentPlace: 'số 12 ngõ 5 đường Điện Biên',
  perpetrator: 'Trần Văn B',
  description: 'Bị chồng đánh nhiều lần trong tháng',
};
const SECRETS = [...Object.values(IDENTIFYING), 'Cần chỗ ở ngay'];

/** userId: whom POST assignments puts on the case (the caller itself, or a spare worker for the supervisor). */
type Ctx = Record<'caseId' | 'referralId' | 'noteId' | 'version' | 'providerId' | 'userId', number>;
/** Every route on one case, named by its method and path, with a body that would be accepted. */
const ROUTES = new Map<string, ((c: Ctx) => unknown) | undefined>([
  ['GET /cases/:id', undefined],
  ['PATCH /cases/:id', (c) => ({ version: c.version, riskLevel: 'critical' })],
  ['POST /cases/:id/consents', () => ({ purpose: 'referral:health', granted: true })],
  ['GET /cases/:id/team-candidates', undefined],
  ['POST /cases/:id/assignments', (c) => ({ userId: c.userId, role: 'case_worker', active: true })],
  ['POST /cases/:id/close', () => ({ reason: 'goals_met' })],
  ['POST /cases/:id/reopen', () => ({ reason: 'Bạo lực tái diễn' })],
  ['GET /cases/:id/access-log', undefined],
  [
    'POST /cases/:id/export',
    () => ({ reason: 'Tòa án tỉnh yêu cầu hồ sơ', passphrase: 'mot-cum-tu-rat-dai' }),
  ],
  [
    'POST /cases/:id/referrals',
    (c) => ({ providerId: c.providerId, service: 'shelter', note: 'Cần chỗ ở ngay' }),
  ],
  ['PATCH /cases/:id/referrals/:rid', () => ({ status: 'accepted' })],
  ['POST /cases/:id/notes', () => ({ kind: 'follow_up', onDate: '2026-11-23', text: 'Đã gọi, an toàn' })],
  ['PATCH /cases/:id/notes/:nid', () => ({ done: true })],
]);
const NAMES = [...ROUTES.keys()];

let t: TestApp;
const clients = new Map<string, Client>();
const userIds = new Map<string, number>();
let spareId: number;
let ctx: Omit<Ctx, 'userId'>;
let province: number;
let hanoi: number;
let before: string;

const as = (a: Actor | string) => clients.get(typeof a === 'string' ? a : a.label)!;
const call = (a: Actor, route: string, c: Partial<Ctx> = {}) => {
  const full: Ctx = { ...ctx, userId: userIds.get(a.label)!, ...c };
  const [method, path] = route.split(' ') as ['GET' | 'POST' | 'PATCH', string];
  const url = path
    .replace(':id', String(full.caseId))
    .replace(':rid', String(full.referralId))
    .replace(':nid', String(full.noteId));
  return as(a).request(method, `/api/v1${url}`, ROUTES.get(route)?.(full));
};
const caseOf = (res: { json<T>(): T }) => res.json<{ case: TCase }>().case;
const version = async () =>
  (await sql<{ v: number }>`select version v from gbv_case where id = ${ctx.caseId}`.execute(t.handle.db))
    .rows[0]!.v;
/** What the denied attempts must leave untouched: the case, its team, consents, work, access log, audit. */
const footprint = async () =>
  JSON.stringify(
    (
      await sql<{ f: unknown }>`select json_build_array(
        (select row_to_json(c) from gbv_case c where c.id = ${ctx.caseId}),
        (select json_agg(a order by a.id) from case_assignment a where a.case_id = ${ctx.caseId}),
        (select count(*) from case_consent where case_id = ${ctx.caseId}),
        (select json_agg(r order by r.id) from referral r where r.case_id = ${ctx.caseId}),
        (select json_agg(n order by n.id) from case_note n where n.case_id = ${ctx.caseId}),
        (select count(*) from case_access), (select count(*) from case_grant), (select count(*) from audit_log)
      ) as f`.execute(t.handle.db)
    ).rows[0]!.f,
  );

beforeAll(async () => {
  t = await createTestApp();
  for (const a of EVERYONE) {
    const name = `u${userIds.size}_${a.role}`;
    userIds.set(a.label, await t.createUser(name, [{ role: a.role, unitCode: a.at }]));
    clients.set(a.label, await t.signIn(name));
  }
  spareId = await t.createUser('spare_worker', [{ role: 'case_worker', unitCode: '11953' }]);
  const commune = await t.unitId('2025', '11953');
  province = await t.unitId('2025', '33');
  hanoi = await t.unitId('2025', '01');
  const p = await t.handle.db
    .insertInto('service_provider')
    .values({
      uid: crypto.randomUUID(),
      name: 'Địa chỉ tin cậy phường Phố Hiến',
      kind: 'trusted_address',
      services: ['shelter', 'health'],
      unit_id: province,
      province_id: province,
      covers_province: true,
      private_host: false,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const created = await as(WORKER).request(
    'POST',
    '/api/v1/cases',
    caseIntake(commune, userIds.get(SUPERVISOR.label)!, IDENTIFYING),
  );
  expect(created.statusCode).toBe(201);
  const caseId = caseOf(created).id;
  const base = { caseId, referralId: 0, noteId: 0, version: 0, providerId: p.id };
  const referred = await call(WORKER, 'POST /cases/:id/referrals', base);
  const plan = { kind: 'plan_action', onDate: '2026-12-01', text: 'Hỗ trợ pháp lý' };
  const k = caseOf(await as(WORKER).request('POST', `/api/v1/cases/${caseId}/notes`, plan));
  ctx = {
    ...base,
    referralId: caseOf(referred).referrals[0]!.id,
    noteId: k.notes[0]!.id,
    version: k.version,
  };
  before = await footprint();
});
afterAll(async () => t.close());

describe.each(DENIED.map((a) => [a.label, a] as const))('%s, not on the case', (_, actor) => {
  it.each(NAMES)('%s → 404 CASE_NOT_FOUND', async (route) => {
    const res = await call(actor, route);
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ error: { code: 'CASE_NOT_FOUND' } });
    expect(res.body).not.toContain(NAME);
  });

  it('GET /cases → no case listed', async () => {
    const res = await as(actor).request('GET', '/api/v1/cases');
    expect(res.json<{ items: unknown[] }>().items).toEqual([]);
  });
});

describe('the denied attempts', () => {
  it('changed nothing: the case, its team, consents, referrals, notes, access log and audit log', async () => {
    expect(await footprint()).toBe(before);
  });
});

/** The team: everything its abilities allow (a case worker neither assigns, exports nor closes at once: it asks). */
const NOT_FOR_WORKER = ['POST /cases/:id/assignments', 'POST /cases/:id/export', 'POST /cases/:id/close'];
describe.each([WORKER, SUPERVISOR].map((a) => [a.label, a] as const))('%s', (_, actor) => {
  const cells = NAMES.map((r) => [r, actor === WORKER && NOT_FOR_WORKER.includes(r) ? 403 : 200] as const);
  it.each(cells)('%s → %i', async (route, status) => {
    const c: Partial<Ctx> = {
      version: await version(),
      ...(actor === SUPERVISOR ? { userId: spareId } : {}),
    };
    if (route === 'POST /cases/:id/reopen')
      expect((await call(SUPERVISOR, 'POST /cases/:id/close')).statusCode).toBe(200);
    if (route === 'PATCH /cases/:id/referrals/:rid')
      c.referralId = caseOf(await call(actor, 'POST /cases/:id/referrals')).referrals.at(-1)!.id;
    const res = await call(actor, route, c);
    expect(res.statusCode, res.body).toBe(status);
    if (status === 403) expect(res.json()).toMatchObject({ error: { code: 'FORBIDDEN' } });
    if (route === 'GET /cases/:id') expect(caseOf(res).survivorName).toBe(NAME);
    // an edit of one field leaves the others as they were
    if (route === 'PATCH /cases/:id')
      expect(caseOf(res)).toMatchObject({
        riskLevel: 'critical',
        domesticViolence: true,
        needs: ['shelter'],
      });
    if (route === 'POST /cases/:id/close' && status === 200)
      expect((await call(actor, 'POST /cases/:id/reopen')).statusCode).toBe(200);
    if (route === 'POST /cases/:id/assignments' && status === 200)
      await as(actor).request('POST', `/api/v1/cases/${ctx.caseId}/assignments`, {
        userId: spareId,
        role: 'case_worker',
        active: false,
      });
  });
});

describe('break-glass', () => {
  const reason = { reason: 'Nguy cơ cao, người phụ trách vắng mặt' };
  const expected = (a: Actor) => (a.label === GLASS ? 200 : a === WORKER || a === SUPERVISOR ? 403 : 404);
  it.each(EVERYONE.map((a) => [a.label, expected(a), a] as const))('%s → %i', async (_, status, actor) => {
    const res = await as(actor).request('POST', `/api/v1/cases/${ctx.caseId}/break-glass`, reason);
    expect(res.statusCode, res.body).toBe(status);
    if (status === 200) expect(caseOf(res).abilities).toEqual({ edit: false, assign: false, export: false });
    else expect(res.body).not.toContain(NAME);
  });

  const glass = at33.find((a) => a.label === GLASS)!;
  const cells = NAMES.map((r) => [r, r.startsWith('GET ') ? 200 : 403] as const);
  it.each(cells)(`${GLASS} with the grant: %s → %i (read-only)`, async (route, status) => {
    const res = await call(glass, route, { version: await version() });
    expect(res.statusCode).toBe(status);
    if (route === 'GET /cases/:id') expect(caseOf(res).survivorName).toBe(NAME);
  });

  it(`${GLASS} with the grant still lists no case`, async () => {
    expect((await as(glass).request('GET', '/api/v1/cases')).json<{ items: unknown[] }>().items).toEqual([]);
  });
});

describe('statistics', () => {
  const q = (unitId?: number) =>
    `/api/v1/cases/statistics?from=2026-01-01&to=2026-12-31${unitId ? `&unitId=${unitId}` : ''}`;
  const may = (a: Actor, code: string | null) =>
    a.role === 'system_admin' || (code !== null && a.role !== 'case_worker' && a.at === code);
  const cells = EVERYONE.flatMap((a) =>
    (['33', '01', null] as const).map(
      (code) => [a.label, code ?? 'the country', may(a, code) ? 200 : 403, a, code] as const,
    ),
  );
  it.each(cells)('%s, statistics of %s → %i', async (_, _c, status, actor, code) => {
    const unit = code === '33' ? province : code === '01' ? hanoi : undefined;
    const res = await as(actor).request('GET', q(unit));
    expect(res.statusCode).toBe(status);
    expect(res.body).not.toContain(NAME);
  });
});

describe('rapid reports', () => {
  const sees = (a: Actor) => a.at === '33';
  it.each(EVERYONE.map((a) => [a.label, sees(a) ? 'sees' : 'does not see', a] as const))(
    '%s %s the report in its inbox',
    async (_, __, actor) => {
      const res = await as(actor).request('GET', '/api/v1/rapid-reports');
      expect(res.json<{ items: unknown[] }>().items).toHaveLength(sees(actor) ? 1 : 0);
      expect(res.body).not.toContain(NAME);
    },
  );

  const ack = (a: Actor) =>
    a.at === '33' ? (a.role === 'case_supervisor' || a.role === 'unit_admin' ? 200 : 403) : a.at ? 404 : 403;
  it.each(EVERYONE.map((a) => [a.label, ack(a), a] as const))(
    '%s acknowledges it → %i',
    async (_, n, actor) => {
      const id = (await t.handle.db.selectFrom('rapid_report').select('id').executeTakeFirstOrThrow()).id;
      expect((await as(actor).request('POST', `/api/v1/rapid-reports/${id}/acknowledge`)).statusCode).toBe(n);
    },
  );
});

describe('the audit log', () => {
  it('records the case’s history without anything that identifies the survivor', async () => {
    const rows = await sql<{ action: string; row: string }>`
      select action, l::text as row from audit_log l order by id`.execute(t.handle.db);
    const actions = rows.rows.map((r) => r.action);
    for (const a of ['case.create', 'case.referral.send', 'case.export', 'case.break_glass', 'case.reopen'])
      expect(actions).toContain(a);
    for (const r of rows.rows) for (const s of SECRETS) expect(r.row, r.action).not.toContain(s);
  });
});
