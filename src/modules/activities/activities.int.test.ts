import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Client, type TestApp } from '../../../tests/support/test-app.ts';
import type { TActivity } from './activities.schema.ts';

let t: TestApp;
let reporter: Client;
let viewer: Client;
let outsider: Client;
let planner: Client;
let commune: number;
let province: number;
let training: TActivity;

beforeAll(async () => {
  t = await createTestApp();
  await t.createUser('bc.phuong', [{ role: 'reporter', unitCode: '11953' }]);
  await t.createUser('xem.tinh', [{ role: 'viewer', unitCode: '33' }]);
  await t.createUser('bc.hanoi', [{ role: 'reporter', unitCode: '01' }]);
  await t.createUser('kh.tinh', [{ role: 'planner', unitCode: '33' }]);
  reporter = await t.signIn('bc.phuong');
  viewer = await t.signIn('xem.tinh');
  outsider = await t.signIn('bc.hanoi');
  planner = await t.signIn('kh.tinh');
  commune = await t.unitId('2025', '11953');
  province = await t.unitId('2025', '33');
});
afterAll(async () => t.close());

const body = {
  kind: 'training',
  title: 'Tập huấn kiến thức bình đẳng giới cho cán bộ khu phố',
  startedOn: '2026-03-10',
  participantsFemale: 30,
  participantsMale: 12,
  targetGroup: 'Cán bộ khu phố',
};

describe('activities', () => {
  it('records a training for the unit, with what it counts for', async () => {
    const res = await reporter.request('POST', '/api/v1/activities', { ...body, unitId: commune });
    expect(res.statusCode).toBe(201);
    training = res.json<{ activity: TActivity }>().activity;
    expect(training.counts).toContainEqual({
      elementCode: 'TRAINING_PARTICIPANTS',
      category: 'female',
      value: 30,
    });
    expect(
      (await outsider.request('POST', '/api/v1/activities', { ...body, unitId: commune })).statusCode,
    ).toBe(403);
    expect(
      (await viewer.request('POST', '/api/v1/activities', { ...body, unitId: commune })).statusCode,
    ).toBe(403);
    const bad = await reporter.request('POST', '/api/v1/activities', {
      ...body,
      unitId: commune,
      endedOn: '2026-03-01',
    });
    expect(bad.json()).toMatchObject({ error: { code: 'VALIDATION_FAILED' } });
  });

  it('lists activities in scope; the province sees its communes', async () => {
    const mine = await viewer.request('GET', `/api/v1/activities?unitId=${province}`);
    expect(mine.json<{ items: TActivity[] }>().items.map((a) => a.id)).toEqual([training.id]);
    const theirs = await outsider.request('GET', '/api/v1/activities');
    expect(theirs.json<{ items: unknown[] }>().items).toHaveLength(0);
    expect((await outsider.request('GET', `/api/v1/activities/${training.id}`)).statusCode).toBe(404);
  });

  it('fills the six-monthly report draft from the activities, naming them', async () => {
    await reporter.request('POST', '/api/v1/activities', {
      unitId: commune,
      kind: 'communication',
      subtype: 'loudspeaker',
      title: 'Phát thanh trên loa truyền thanh về phòng, chống bạo lực gia đình',
      startedOn: '2026-04-02',
      quantity: 8,
      reach: 2000,
    });
    await reporter.request('POST', '/api/v1/activities', {
      ...body,
      unitId: commune,
      startedOn: '2026-08-01',
    }); // next half
    const forms = (await reporter.request('GET', '/api/v1/report-forms')).json<{
      items: { id: number; code: string }[];
    }>().items;
    const report = (
      await reporter.request('POST', '/api/v1/reports', {
        formId: forms.find((f) => f.code === 'GE_SEMIANNUAL')!.id,
        unitId: commune,
        periodStart: '2026-01-01',
      })
    ).json<{ report: { id: number } }>().report;
    const res = await reporter.request('GET', `/api/v1/reports/${report.id}/activity-values`);
    const items = res.json<{
      items: { elementCode: string; category: string; value: number; activityIds: number[] }[];
    }>().items;
    const get = (code: string, cat = 'total') =>
      items.find((i) => i.elementCode === code && i.category === cat);
    expect(get('TRAINING_COURSES')).toMatchObject({ value: 1, activityIds: [training.id] });
    expect(get('TRAINING_PARTICIPANTS')?.value).toBe(42);
    expect(get('COMMUNICATION_EVENTS')?.value).toBe(8);
    expect(get('COMMUNICATION_PARTICIPANTS')?.value).toBe(2000);
    expect((await outsider.request('GET', `/api/v1/reports/${report.id}/activity-values`)).statusCode).toBe(
      404,
    );
  });

  it('keeps a sign-in sheet as an attachment, checked against its bytes', async () => {
    const pdf = Buffer.from('%PDF-1.4\n% danh sách ký tên\n').toString('base64');
    const ok = await reporter.request('POST', `/api/v1/activities/${training.id}/attachments`, {
      fileName: 'danh-sach.pdf',
      contentBase64: pdf,
    });
    const att = ok.json<{ activity: TActivity }>().activity.attachments;
    expect(att).toMatchObject([{ fileName: 'danh-sach.pdf' }]);
    const fake = await reporter.request('POST', `/api/v1/activities/${training.id}/attachments`, {
      fileName: 'anh.png',
      contentBase64: Buffer.from('<script>').toString('base64'),
    });
    expect(fake.json()).toMatchObject({ error: { code: 'FILE_TYPE_NOT_SUPPORTED' } });
    const file = await viewer.request('GET', `/api/v1/activities/${training.id}/attachments/${att[0]!.id}`);
    expect(file.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('shows a calendar with the national days, the unit’s campaigns and report deadlines', async () => {
    await planner.request('POST', '/api/v1/obligations', {
      formId: (await reporter.request('GET', '/api/v1/report-forms'))
        .json<{ items: { id: number; code: string }[] }>()
        .items.find((f) => f.code === 'GE_SEMIANNUAL')!.id,
      unitId: province,
      title: 'Báo cáo 6 tháng',
      frequency: 'semiannual',
      dueDays: ['06-15', '12-10'],
      startsOn: '2026-01-01',
    });
    const made = await reporter.request('POST', '/api/v1/campaigns', {
      unitId: commune,
      name: 'Ngày hội gia đình phường',
      startsOn: '2026-06-20',
    });
    expect(made.statusCode).toBe(201);
    const cal = (await reporter.request('GET', `/api/v1/calendar?unitId=${commune}&year=2026`)).json<{
      items: { kind: string; title: string; start: string; end: string | null }[];
    }>().items;
    expect(cal).toContainEqual(
      expect.objectContaining({ kind: 'campaign', start: '2026-11-15', end: '2026-12-15' }),
    );
    expect(cal).toContainEqual(
      expect.objectContaining({ kind: 'campaign', title: 'Ngày hội gia đình phường', start: '2026-06-20' }),
    );
    expect(cal.filter((i) => i.kind === 'report_due').map((i) => i.start)).toEqual([
      '2026-06-15',
      '2026-12-10',
    ]);
    expect(cal.filter((i) => i.kind === 'campaign').length).toBeGreaterThanOrEqual(8);
    const camps = (await reporter.request('GET', `/api/v1/campaigns?unitId=${commune}`)).json<{
      items: { id: number; name: string }[];
    }>().items;
    const month = camps.find((c) => c.name.startsWith('Tháng hành động vì bình đẳng giới'))!;
    const ev = await reporter.request('POST', '/api/v1/activities', {
      unitId: commune,
      kind: 'event',
      title: 'Mít tinh hưởng ứng Tháng hành động',
      startedOn: '2026-11-16',
      campaignId: month.id,
      participantsFemale: 120,
      participantsMale: 60,
    });
    expect(ev.json<{ activity: TActivity }>().activity.campaignName).toBe(month.name);
    expect((await outsider.request('GET', `/api/v1/campaigns?unitId=${commune}`)).statusCode).toBe(403);
  });
});
