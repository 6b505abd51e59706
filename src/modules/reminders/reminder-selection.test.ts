import { describe, expect, it } from 'vitest';
import type { TDueItem } from '../obligations/obligations.schema.ts';
import { reportReminders, sortCandidates, taskReminders, type DueTask } from './reminder-selection.ts';

const due = (over: Partial<TDueItem>): TDueItem => ({
  obligationId: 1,
  title: 'Báo cáo công tác bình đẳng giới năm',
  formId: 3,
  formName: 'Báo cáo năm',
  unitId: 100,
  unitName: 'Phường Hải Châu',
  receiverName: 'Thành phố Đà Nẵng',
  periodStart: '2025-01-01',
  periodLabel: 'Năm 2025',
  dueDate: '2025-12-05',
  reportId: null,
  status: null,
  state: 'remind',
  returnReason: null,
  ...over,
});

const task = (over: Partial<DueTask>): DueTask => ({
  id: 9,
  title: 'Tổ chức Tháng hành động',
  unitId: 50,
  planTitle: 'Kế hoạch 31/KH-UBND',
  dueDate: '2025-12-03',
  status: 'open',
  ...over,
});

describe('report reminders', () => {
  it('reminds every reporter of the commune of items to remind or overdue, not upcoming or done', () => {
    const items = new Map([
      [
        100,
        [
          due({ state: 'remind' }),
          due({ periodStart: '2024-01-01', dueDate: '2024-12-05', state: 'overdue', reportId: 7 }),
          due({ periodStart: '2026-01-01', state: 'upcoming' }),
          due({ periodStart: '2023-01-01', state: 'done', reportId: 3 }),
        ],
      ],
      [200, [due({ unitId: 200, state: 'remind' })]],
    ]);
    const out = reportReminders(
      [
        { userId: 1, unitId: 100 },
        { userId: 2, unitId: 100 },
        { userId: 2, unitId: 100 },
      ],
      items,
    );
    expect(out.map((c) => [c.userId, c.stage, c.link, c.subjectKey])).toEqual([
      [1, 'before', '#/reports', 'obligation:1:unit:100:2025-01-01'],
      [2, 'before', '#/reports', 'obligation:1:unit:100:2025-01-01'],
      [1, 'overdue', '#/reports/7', 'obligation:1:unit:100:2024-01-01'],
      [2, 'overdue', '#/reports/7', 'obligation:1:unit:100:2024-01-01'],
    ]);
    expect(out[0]).toMatchObject({ kind: 'report_due', dueDate: '2025-12-05' });
  });
});

describe('task reminders', () => {
  const planners = [
    { userId: 5, unitId: 50 },
    { userId: 6, unitId: 60 },
  ];
  it('reminds the planners of the task’s unit within the days before and when overdue', () => {
    const out = taskReminders(
      planners,
      [
        task({ id: 1, dueDate: '2025-12-03' }),
        task({ id: 2, dueDate: '2025-11-20', status: 'in_progress' }),
        task({ id: 3, dueDate: '2025-12-30' }),
        task({ id: 4, dueDate: '2025-11-01', status: 'done' }),
        task({ id: 5, dueDate: '2025-12-02', unitId: 70 }),
      ],
      '2025-12-01',
      7,
    );
    expect(out.map((c) => [c.userId, c.subjectKey, c.stage, c.link])).toEqual([
      [5, 'task:1', 'before', '#/tasks/1'],
      [5, 'task:2', 'overdue', '#/tasks/2'],
    ]);
  });
  it('counts the due date itself as before, the day after as overdue', () => {
    const [on] = taskReminders(planners, [task({ dueDate: '2025-12-01' })], '2025-12-01', 0);
    const [after] = taskReminders(planners, [task({ dueDate: '2025-11-30' })], '2025-12-01', 0);
    expect([on?.stage, after?.stage]).toEqual(['before', 'overdue']);
  });
});

it('sorts candidates in one order whatever order they came in', () => {
  const a = taskReminders([{ userId: 2, unitId: 50 }], [task({ id: 1 })], '2025-12-01', 7);
  const b = reportReminders([{ userId: 1, unitId: 100 }], new Map([[100, [due({})]]]));
  expect(sortCandidates([...a, ...b])).toEqual(sortCandidates([...b, ...a]));
  expect(sortCandidates([...a, ...b]).map((c) => c.userId)).toEqual([1, 2]);
});
