/**
 * Stored XSS in the case and service-directory screens, in real Chromium: the payload of
 * tests/support/xss.ts saved through the API in a service provider's name, public address and a
 * private host's sealed address, and in every free text of a case — survivor name, contact, birth
 * date, incident place, perpetrator, description, referral note, follow-up and plan texts, a
 * break-glass reason, a case worker's full name — is shown as text to the assigned team and never runs.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, createUser, openApp, setUpAdmin, signIn, unitId, type E2eApp } from '../support/e2e.ts';
import type { ServerProcess } from '../support/server-process.ts';
import { nothingRan, showsInert, watchDialogs, xssText as text } from '../support/xss.ts';

let app: E2eApp;
let server: ServerProcess;
let admin: Page;
let worker: Page;
let supervisor: Page;
let other: Page;
let caseId: number;

beforeAll(async () => {
  app = await openApp();
  server = app.server;
  admin = await app.newPage();
  worker = await app.newPage();
  supervisor = await app.newPage();
  other = await app.newPage();
  for (const p of [admin, worker, supervisor, other]) watchDialogs(p);
}, 240_000);
afterAll(async () => app?.close());

async function ok(res: Promise<{ status: number; json: Record<string, unknown> }>, status = 201) {
  const r = await res;
  expect(r.status, JSON.stringify(r.json)).toBe(status);
  return r.json;
}

const CASE_TEXTS = {
  survivorName: 'Tên',
  survivorContact: 'Liên lạc',
  survivorBirthDate: 'Ngày sinh',
  incidentPlace: 'Nơi xảy ra',
  perpetrator: 'Người gây bạo lực',
  description: 'Mô tả',
};

describe('stored XSS payloads in cases and the service directory', () => {
  let commune: number;
  let shelter: number;

  it('sets up a ward case worker (full name with the payload) and two province supervisors', async () => {
    await setUpAdmin(admin, server);
    await createUser(admin, 'cb.phohien', 'case_worker', 'pho hien', 'Phường Phố Hiến');
    await createUser(admin, 'gs.hungyen', 'case_supervisor', 'hung yen', 'Tỉnh Hưng Yên');
    await createUser(admin, 'gs2.hungyen', 'case_supervisor', 'hung yen', 'Tỉnh Hưng Yên');
    await signIn(worker, server, 'cb.phohien');
    await signIn(supervisor, server, 'gs.hungyen');
    await signIn(other, server, 'gs2.hungyen');
    const users = (await call(admin, 'GET', '/users?q=cb.phohien')).json.items as { id: number }[];
    await ok(call(admin, 'PATCH', `/users/${users[0]!.id}`, { fullName: text('Cán bộ') }), 200);
    commune = await unitId(admin, 'pho hien', 'Phường Phố Hiến');
  });

  it('saves service providers whose name and addresses carry the payload', async () => {
    const province = await unitId(admin, 'hung yen', 'Tỉnh Hưng Yên');
    const p = await ok(
      call(supervisor, 'POST', '/service-providers', {
        name: text('Địa chỉ tin cậy'),
        kind: 'trusted_address',
        services: ['shelter'],
        unitId: province,
        coversProvince: true,
        address: text('Địa chỉ'),
      }),
    );
    shelter = (p.serviceProvider as { id: number }).id;
    await ok(
      call(supervisor, 'POST', '/service-providers', {
        name: text('Nhà tạm lánh'),
        kind: 'trusted_address',
        services: ['shelter'],
        unitId: commune,
        privateHost: true,
        privateAddress: text('Địa chỉ riêng'),
      }),
    );
  });

  it('shows them as text in the directory, the private address to the case worker', async () => {
    for (const label of ['Địa chỉ tin cậy', 'Địa chỉ', 'Nhà tạm lánh'])
      await showsInert(supervisor, server.baseUrl, label === 'Địa chỉ tin cậy' ? '/services' : null, label);
    await showsInert(worker, server.baseUrl, '/services', 'Địa chỉ riêng');
  });

  it('saves a case whose every free text carries the payload, with a referral and notes', async () => {
    const sup = await call(worker, 'GET', `/cases/supervisors?unitId=${commune}`);
    const supervisorId = (sup.json.items as { userId: number; name: string }[]).find(
      (s) => s.name === 'gs.hungyen',
    )!.userId;
    const kase = await ok(
      call(worker, 'POST', '/cases', {
        unitId: commune,
        channel: 'womens_union',
        detectedOn: '2026-11-20',
        gbvType: 'physical_assault',
        riskLevel: 'high',
        survivorSex: 'female',
        survivorAgeGroup: 'age:16-59',
        ...Object.fromEntries(Object.entries(CASE_TEXTS).map(([k, label]) => [k, text(label)])),
        supervisorId,
        consents: [{ purpose: 'referral:shelter', granted: true }],
      }),
    );
    caseId = (kase.case as { id: number }).id;
    const referral = { providerId: shelter, service: 'shelter', note: text('Ghi chú chuyển gửi') };
    await ok(call(worker, 'POST', `/cases/${caseId}/referrals`, referral), 200);
    const note = (kind: string, label: string) => ({ kind, onDate: '2026-11-21', text: text(label) });
    await ok(call(worker, 'POST', `/cases/${caseId}/notes`, note('follow_up', 'Theo dõi')), 200);
    await ok(call(supervisor, 'POST', `/cases/${caseId}/notes`, note('plan_action', 'Kế hoạch hỗ trợ')), 200);
    const glass = { reason: text('Lý do khẩn cấp') };
    await ok(call(other, 'POST', `/cases/${caseId}/break-glass`, glass), 200);
  });

  it('shows the case’s texts as text to the team and to a break-glass reader', async () => {
    await showsInert(worker, server.baseUrl, `/cases/${caseId}`, 'Tên');
    const labels = [...Object.values(CASE_TEXTS), 'Ghi chú chuyển gửi', 'Theo dõi', 'Kế hoạch hỗ trợ'];
    for (const label of labels.slice(1)) await showsInert(worker, server.baseUrl, null, label);
    await showsInert(supervisor, server.baseUrl, `/cases/${caseId}`, 'Tên');
    for (const label of ['Lý do khẩn cấp', 'Cán bộ'])
      await showsInert(supervisor, server.baseUrl, null, label);
    // the supervisor who broke the glass reads it too, for an hour
    await showsInert(other, server.baseUrl, `/cases/${caseId}`, 'Mô tả');
    for (const p of [admin, worker, supervisor, other]) await nothingRan(p);
  });
});
