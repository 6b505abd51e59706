/**
 * The rows the access matrix's paths point at, made once: per site (P Hưng Yên, C Phường Phố
 * Hiến, O Hà Nội) an agency, a user, a plan with a task and its evidence (P's issued and sent to
 * C for an implementing plan), a draft and a submitted
 * report, an activity with an attachment, a service provider, an obligation, a case (with a
 * referral and a note, and its rapid report) and a case kept for break-glass.
 */
import type { TestApp, Client } from '../test-app.ts';
import type { Caller } from './actors.ts';
import { activityBody } from './routes-activities.ts';
import { caseBody } from './routes-cases.ts';
import { FORM_DEFINITION } from './routes-reports.ts';
import type { Fixtures, Site, SiteName } from './types.ts';

const PDF = Buffer.from('%PDF-1.4\n% tai lieu\n').toString('base64');

/** Unit codes per site: its unit, a commune (not Phố Hiến for P), its province. */
const CODES: Record<SiteName, { unit: string; commune: string; province: string }> = {
  P: { unit: '33', commune: '11977', province: '33' },
  C: { unit: '11953', commune: '11953', province: '33' },
  O: { unit: '00004', commune: '00004', province: '01' },
};

type Json = Record<string, unknown>;
async function ok<T = Json>(client: Client, method: 'GET' | 'POST' | 'PUT', url: string, body?: unknown) {
  const res = await client.request(method, `/api/v1${url}`, body);
  if (res.statusCode >= 300) throw new Error(`fixture ${method} ${url}: ${res.statusCode} ${res.body}`);
  return res.json<T>();
}
const idOf = (r: Json, key: string) => (r[key] as { id: number }).id;

export async function createFixtures(t: TestApp, callers: Map<string, Caller>): Promise<Fixtures> {
  const root = callers.get('national')!.client;
  const forms = (await ok<{ items: { id: number; code: string }[] }>(root, 'GET', '/report-forms')).items;
  const formId = (code: string) => forms.find((f) => f.code === code)!.id;
  const semiannual = (
    await ok<{ form: { fields: { elementCode: string; categories: string[] }[] } }>(
      root,
      'GET',
      `/report-forms/${formId('GE_SEMIANNUAL')}`,
    )
  ).form.fields[0]!;
  await ok(root, 'POST', '/data-elements', {
    code: 'MATRIX_MEMBERS',
    name: 'Số hội viên câu lạc bộ',
    nameEn: 'Club members',
    disaggregation: 'sex',
  });
  const builtForm = idOf(await ok(root, 'POST', '/report-forms', FORM_DEFINITION), 'form');
  const indicator = (await ok<{ items: { id: number }[] }>(root, 'GET', '/indicators')).items[0]!.id;

  const unitIds = new Map<string, number>();
  const unit = async (code: string) => {
    if (!unitIds.has(code)) unitIds.set(code, await t.unitId('2025', code));
    return unitIds.get(code)!;
  };
  const user = async (
    username: string,
    role: 'case_worker' | 'case_supervisor' | 'reporter',
    code: string,
  ) => ({
    id: await t.createUser(username, [{ role, unitCode: code }]),
    username,
  });
  const spareWorker = (await user('m.spare.worker', 'case_worker', '11953')).id;
  const bystander = await user('m.bystander', 'reporter', '11953');
  const team = {
    worker: callers.get('team:case_worker')!.client,
    supervisor: callers.get('team:case_supervisor')!,
  };
  /** Who records each site's cases, and who supervises them. */
  const recorders: Record<SiteName, { client: Client; supervisor: number }> = {
    C: { client: team.worker, supervisor: team.supervisor.userId! },
    P: {
      client: await t.signIn((await user('m.worker.11977', 'case_worker', '11977')).username),
      supervisor: team.supervisor.userId!,
    },
    O: {
      client: await t.signIn((await user('m.worker.00004', 'case_worker', '00004')).username),
      supervisor: (await user('m.supervisor.01', 'case_supervisor', '01')).id,
    },
  };

  const obligations = new Map<number, number>();
  const site = async (name: SiteName): Promise<Site> => {
    const codes = CODES[name];
    const [u, commune, province] = [
      await unit(codes.unit),
      await unit(codes.commune),
      await unit(codes.province),
    ];
    const agency = idOf(
      await ok(root, 'POST', '/agencies', { name: `Hội LHPN ${name}`, kind: 'womens_union', unitId: u }),
      'agency',
    );
    const siteUser = (await user(`m.site.${name.toLowerCase()}`, 'reporter', codes.unit)).id;
    const plan = idOf(
      await ok(root, 'POST', '/plans', { unitId: u, title: `Kế hoạch năm 2026 (${name})` }),
      'plan',
    );
    const task = (
      await ok<{ items: { id: number }[] }>(root, 'POST', `/plans/${plan}/tasks`, {
        tasks: [{ title: 'Tập huấn cán bộ cơ sở', leadAgencyName: 'Hội LHPN' }],
      })
    ).items[0]!.id;
    const updated = await ok<{ task: { evidence: { id: number }[] } }>(
      root,
      'POST',
      `/tasks/${task}/updates`,
      {
        progress: 10,
        status: 'in_progress',
        note: 'Bắt đầu',
        evidence: [{ fileName: 'ke-hoach.pdf', contentBase64: PDF }],
      },
    );
    // the province's plan is sent to Phố Hiến for its implementing plan: site C reads it (plan_cascade)
    if (name === 'P')
      await ok(root, 'POST', `/plans/${plan}/actions`, {
        action: 'issue',
        documentNumber: '31/KH-UBND',
        issuedOn: '2026-02-10',
        answerUnitIds: [await unit(CODES.C.unit)],
      });
    const report = async (periodStart: string) =>
      idOf(
        await ok(root, 'POST', '/reports', { formId: formId('GE_MONTHLY'), unitId: u, periodStart }),
        'report',
      );
    const draftReport = await report('2025-01-01');
    const submittedReport = await report('2025-02-01');
    await ok(root, 'POST', `/reports/${submittedReport}/actions`, { action: 'submit' });
    const activity = idOf(await ok(root, 'POST', '/activities', activityBody(u)), 'activity');
    const attached = await ok<{ activity: { attachments: { id: number }[] } }>(
      root,
      'POST',
      `/activities/${activity}/attachments`,
      { fileName: 'danh-sach.pdf', contentBase64: PDF },
    );
    const provider = idOf(
      await ok(root, 'POST', '/service-providers', {
        name: `Địa chỉ tin cậy ${name}`,
        kind: 'trusted_address',
        services: ['shelter'],
        unitId: u,
        coversProvince: u === province,
      }),
      'serviceProvider',
    );
    if (!obligations.has(province))
      obligations.set(
        province,
        idOf(
          await ok(root, 'POST', '/obligations', {
            formId: formId('GE_SEMIANNUAL'),
            unitId: province,
            title: 'Báo cáo 6 tháng về bình đẳng giới',
            frequency: 'semiannual',
            dueDays: ['06-15', '12-15'],
            startsOn: '2026-01-01',
          }),
          'obligation',
        ),
      );
    const { client, supervisor } = recorders[name];
    const newCase = async () =>
      idOf(await ok(client, 'POST', '/cases', caseBody(commune, supervisor)), 'case');
    const gbvCase = await newCase();
    const glassCase = await newCase();
    const referred = await ok<{ case: { referrals: { id: number }[] } }>(
      client,
      'POST',
      `/cases/${gbvCase}/referrals`,
      {
        providerId: provider,
        service: 'shelter',
        note: 'Cần chỗ ở',
      },
    );
    const noted = await ok<{ case: { notes: { id: number }[] } }>(client, 'POST', `/cases/${gbvCase}/notes`, {
      kind: 'plan_action',
      onDate: '2026-12-01',
      text: 'Hỗ trợ pháp lý',
    });
    const rapid = await t.handle.db
      .selectFrom('rapid_report')
      .select('id')
      .where('case_id', '=', gbvCase)
      .executeTakeFirstOrThrow();
    return {
      name,
      unit: u,
      unitCode: codes.unit,
      commune,
      province,
      agency,
      user: siteUser,
      plan,
      task,
      evidence: updated.task.evidence[0]!.id,
      draftReport,
      submittedReport,
      activity,
      attachment: attached.activity.attachments[0]!.id,
      provider,
      obligation: obligations.get(province)!,
      gbvCase,
      referral: referred.case.referrals[0]!.id,
      note: noted.case.notes[0]!.id,
      glassCase,
      rapidReport: rapid.id,
      supervisor,
    };
  };

  const notification = await t.handle.db
    .insertInto('notification')
    .values({
      user_id: bystander.id,
      kind: 'task_due',
      subject_key: 'matrix:bystander',
      due_date: '2026-12-31',
      stage: 'before',
      title: 'Nhiệm vụ sắp đến hạn',
      detail: 'Tập huấn cán bộ',
      link: '#/tasks',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return {
    db: t.handle.db,
    sites: { P: await site('P'), C: await site('C'), O: await site('O') },
    monthlyForm: formId('GE_MONTHLY'),
    semiannualForm: formId('GE_SEMIANNUAL'),
    builtForm,
    indicator,
    importField: { code: semiannual.elementCode, category: semiannual.categories[0]! },
    spareWorker,
    bystander: { ...bystander, notification: notification.id },
  };
}
