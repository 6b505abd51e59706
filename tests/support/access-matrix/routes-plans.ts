/**
 * Access matrix: plans and tasks. Rules from src/modules/plans/plans.policy.ts (WHO per action)
 * and src/modules/tasks/tasks.policy.ts; the lists and "awaiting answer" are open to any role and
 * filtered in SQL (plans.service.ts, tasks.service.ts).
 */
import { ALL_ROLES, COVERS, scoped, signedIn } from './rules.ts';
import type { Call, Entry } from './types.ts';

const plan = (c: Call) => ({ id: c.site.plan });
/**
 * Reading a plan and its tasks: any role over the plan's unit, and any role of a unit the plan was
 * sent to — site P's plan is sent to Phường Phố Hiến, so the commune reads it ("below").
 */
const readers = scoped(ALL_ROLES, [...COVERS, 'below']);
const task = (c: Call) => ({ id: c.site.task });
/** Beyond the readers a plan or task does not exist: not found, never 403 (issue 16). */
const PLAN_ROW = { readers, hides: ['PLAN_NOT_FOUND'] } as const;
const TASK_ROW = { readers, hides: ['TASK_NOT_FOUND'] } as const;
const PDF = Buffer.from('%PDF-1.4\n% bao cao ket qua\n').toString('base64');

/** POST /plans/:id/actions: one rule per action (plans.policy.ts WHO). */
const ACTIONS = [
  ['submit', ['unit_admin', 'planner']],
  ['return', ['unit_admin', 'approver']],
  ['issue', ['unit_admin', 'approver']],
  ['start', ['unit_admin', 'approver', 'planner']],
  ['close', ['unit_admin', 'approver']],
] as const;

export const PLAN_ENTRIES: Entry[] = [
  {
    route: 'POST /api/v1/plans/parse',
    rule: signedIn,
    body: () => ({ text: 'KẾ HOẠCH\nThực hiện công tác bình đẳng giới năm 2026' }),
  },
  { route: 'GET /api/v1/plans', rule: signedIn },
  { route: 'GET /api/v1/plans/awaiting-answer', rule: signedIn },
  {
    route: 'POST /api/v1/plans',
    rule: scoped(['unit_admin', 'planner']),
    body: (c) => ({ unitId: c.site.unit, title: `Kế hoạch bình đẳng giới ${c.tag}` }),
  },
  { route: 'GET /api/v1/plans/:id', ...PLAN_ROW, rule: readers, params: plan },
  ...ACTIONS.map(([action, roles]): Entry => ({
    route: 'POST /api/v1/plans/:id/actions',
    ...PLAN_ROW,
    variant: action,
    rule: scoped(roles),
    params: plan,
    body: () => ({ action, documentNumber: '12/KH-UBND', issuedOn: '2026-01-15' }),
  })),
  { route: 'GET /api/v1/plans/:id/document.docx', ...PLAN_ROW, rule: readers, params: plan },
  { route: 'GET /api/v1/plans/:id/cascade', ...PLAN_ROW, rule: readers, params: plan },

  {
    route: 'POST /api/v1/plans/:id/tasks',
    ...PLAN_ROW,
    rule: scoped(['unit_admin', 'planner']),
    params: plan,
    body: () => ({ tasks: [{ title: 'Tuyên truyền về bình đẳng giới', leadAgencyName: 'Hội LHPN' }] }),
  },
  { route: 'GET /api/v1/tasks', rule: signedIn },
  { route: 'GET /api/v1/tasks/:id', ...TASK_ROW, rule: readers, params: task },
  {
    route: 'POST /api/v1/tasks/:id/updates',
    ...TASK_ROW,
    rule: scoped(['unit_admin', 'planner', 'reporter']),
    params: task,
    body: () => ({
      progress: 50,
      status: 'in_progress',
      note: 'Đã tổ chức 1 lớp tập huấn',
      evidence: [{ fileName: 'bao-cao.pdf', contentBase64: PDF }],
    }),
  },
  {
    route: 'GET /api/v1/tasks/:id/evidence/:evidenceId',
    ...TASK_ROW,
    rule: readers,
    params: (c) => ({ id: c.site.task, evidenceId: c.site.evidence }),
  },
  { route: 'GET /api/v1/plans/:id/tasks.xlsx', ...PLAN_ROW, rule: readers, params: plan },
  {
    // changing a task is creating it (tasks.service.ts update: authorizeTask 'create')
    route: 'PATCH /api/v1/tasks/:id',
    ...TASK_ROW,
    rule: scoped(['unit_admin', 'planner']),
    params: task,
    body: () => ({ title: 'Tuyên truyền về bình đẳng giới (sửa)' }),
  },
];
