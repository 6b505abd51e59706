/** Tasks in the caller's scope: only overdue ones, or one agency's; overdue rows stand out. */
import { useEffect, useState } from 'react';
import { api } from '../api/client.ts';
import type { Task } from '../api/plan-types.ts';
import type { Agency, Items } from '../api/types.ts';
import { Loading, PageError } from '../components/Feedback.tsx';
import { Field } from '../components/Field.tsx';
import { useI18n } from '../i18n.ts';
import { navigate, replaceQuery } from '../router.ts';
import { TaskBoard } from './task-board.tsx';
import { TaskCalendar } from './task-calendar.tsx';
import { DueDate, Progress, TaskStatusText } from './task-parts.tsx';
import { TaskTimeline } from './task-timeline.tsx';

const VIEWS = ['list', 'board', 'calendar', 'timeline'] as const;
type View = (typeof VIEWS)[number];
const VIEW_LABELS = {
  list: 'viewList',
  board: 'viewBoard',
  calendar: 'viewCalendar',
  timeline: 'viewTimeline',
} as const;

const idParam = (v: string | null) => (v && /^\d+$/.test(v) ? v : '');

export function TasksPage({ query }: { query: URLSearchParams }) {
  const { t } = useI18n();
  const [overdue, setOverdue] = useState(query.get('overdue') === 'true');
  const [agencyId, setAgencyId] = useState(idParam(query.get('agencyId')));
  const planId = idParam(query.get('planId'));
  const [view, setView] = useState<View>(() => VIEWS.find((v) => v === query.get('view')) ?? 'list');
  const [agencies, setAgencies] = useState<Agency[]>([]);
  const [items, setItems] = useState<Task[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    api.get<Items<Agency>>('/agencies').then(
      (r) => {
        if (live) setAgencies(r.items);
      },
      () => undefined, // the agency filter stays empty; the list still works
    );
    return () => {
      live = false;
    };
  }, []);

  useEffect(() => {
    let live = true;
    setItems(null);
    api.get<Items<Task>>('/tasks', { overdue: overdue ? 'true' : '', agencyId, planId, limit: 1000 }).then(
      (r) => {
        if (!live) return;
        setItems(r.items);
        setError(null);
      },
      (err: unknown) => {
        if (live) setError(err);
      },
    );
    return () => {
      live = false;
    };
  }, [overdue, agencyId, planId, attempt]);

  useEffect(() => {
    replaceQuery('/tasks', {
      overdue: overdue ? 'true' : '',
      agencyId,
      planId,
      view: view === 'list' ? '' : view,
    });
  }, [overdue, agencyId, planId, view]);

  return (
    <section aria-labelledby="tasks-title">
      <h1 id="tasks-title">{t('navTasks')}</h1>
      <form className="filters" onSubmit={(e) => e.preventDefault()} data-testid="tasks-filters">
        <Field label={t('leadAgency')} className="grow">
          {(p) => (
            <select
              {...p}
              value={agencyId}
              onChange={(e) => setAgencyId(e.target.value)}
              data-testid="tasks-agency"
            >
              <option value="">{t('allAgencies')}</option>
              {agencies.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name} — {a.unitName}
                </option>
              ))}
            </select>
          )}
        </Field>
        <div className="field check">
          <label>
            <input
              type="checkbox"
              checked={overdue}
              onChange={(e) => setOverdue(e.target.checked)}
              data-testid="tasks-overdue"
            />{' '}
            {t('onlyOverdue')}
          </label>
        </div>
        <div className="field">
          <span className="label" id="tasks-view-label">
            {t('taskView')}
          </span>
          <div className="segmented" role="group" aria-labelledby="tasks-view-label">
            {VIEWS.map((v) => (
              <button
                key={v}
                type="button"
                className={v === view ? undefined : 'secondary'}
                aria-pressed={v === view}
                onClick={() => setView(v)}
                data-testid={`tasks-view-${v}`}
              >
                {t(VIEW_LABELS[v])}
              </button>
            ))}
          </div>
        </div>
      </form>
      {planId && (
        <p className="muted" data-testid="tasks-plan-filter">
          {t('tasksOfPlan')} <a href={`#/plans/${planId}`}>#{planId}</a> ·{' '}
          <a href="#/tasks" data-testid="tasks-clear-plan">
            {t('allTasks')}
          </a>
        </p>
      )}
      {error ? (
        <PageError error={error} onRetry={() => setAttempt(attempt + 1)} />
      ) : items === null ? (
        <Loading />
      ) : items.length === 0 ? (
        <p className="muted" data-testid="tasks-empty">
          {t('noResults')}
        </p>
      ) : view === 'board' ? (
        <TaskBoard tasks={items} />
      ) : view === 'calendar' ? (
        <TaskCalendar tasks={items} />
      ) : view === 'timeline' ? (
        <TaskTimeline tasks={items} />
      ) : (
        <table className="stack tasks" data-testid="tasks-table">
          <thead>
            <tr>
              <th scope="col">{t('task')}</th>
              <th scope="col">{t('leadAgency')}</th>
              <th scope="col">{t('dueDate')}</th>
              <th scope="col">{t('status')}</th>
              <th scope="col">{t('progress')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((task) => (
              <tr
                key={task.id}
                className={`clickable${task.overdue ? ' overdue' : ''}`}
                onClick={() => navigate(`/tasks/${task.id}`)}
                data-testid="task-row"
                data-task-id={task.id}
                data-overdue={task.overdue}
              >
                <td data-label={t('task')}>
                  <a href={`#/tasks/${task.id}`} onClick={(e) => e.stopPropagation()}>
                    {task.title}
                  </a>
                  <span className="sub">{task.planTitle}</span>
                </td>
                <td data-label={t('leadAgency')}>
                  {task.leadAgencyName}
                  {task.leadAgencyId === null && <span className="sub">{t('unmatched')}</span>}
                </td>
                <td data-label={t('dueDate')}>
                  <DueDate task={task} />
                </td>
                <td data-label={t('status')}>
                  <TaskStatusText status={task.status} />
                </td>
                <td data-label={t('progress')}>
                  <Progress value={task.progress} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
