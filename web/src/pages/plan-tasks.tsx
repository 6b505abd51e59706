/**
 * A plan's tasks grouped by lead agency. A group whose name in the plan was linked to an agency
 * record shows that record; one that was not is flagged "chưa khớp cơ quan".
 */
import type { Task } from '../api/plan-types.ts';
import type { Agency, AgencyKind } from '../api/types.ts';
import { useI18n } from '../i18n.ts';
import { AgencyLinkForm } from './task-agency-link.tsx';
import { DueDate, Partners, Progress, TaskStatusText } from './task-parts.tsx';

interface Group {
  key: string;
  agencyId: number | null;
  /** The names the plan used for this agency. */
  names: string[];
  tasks: Task[];
}

function groupByLead(tasks: Task[]): Group[] {
  const groups = new Map<string, Group>();
  for (const task of tasks) {
    const key =
      task.leadAgencyId !== null ? `id:${task.leadAgencyId}` : `name:${task.leadAgencyName.toLowerCase()}`;
    let g = groups.get(key);
    if (!g) {
      g = { key, agencyId: task.leadAgencyId, names: [], tasks: [] };
      groups.set(key, g);
    }
    if (!g.names.includes(task.leadAgencyName)) g.names.push(task.leadAgencyName);
    g.tasks.push(task);
  }
  return [...groups.values()];
}

export function PlanTasks({
  tasks,
  agencyNames,
  linkable = [],
  onLink,
  onCreate,
}: {
  tasks: Task[];
  agencyNames: Map<number, string>;
  /** Agencies an unmatched group can be linked to; linking is offered only with onLink. */
  linkable?: Agency[];
  onLink?: (taskIds: number[], agencyId: number) => Promise<void>;
  /** Creates the agency as named and links the tasks to it; offered only with onLink. */
  onCreate?: (taskIds: number[], name: string, kind: AgencyKind) => Promise<void>;
}) {
  const { t } = useI18n();
  if (tasks.length === 0) {
    return (
      <p className="muted" data-testid="plan-tasks-empty">
        {t('noTasks')}
      </p>
    );
  }
  const groups = groupByLead([...tasks].sort((a, b) => a.id - b.id));
  return (
    <div data-testid="plan-tasks">
      {groups.map((g) => {
        const record = g.agencyId !== null ? agencyNames.get(g.agencyId) : undefined;
        const heading = record ?? g.names[0] ?? '';
        const otherNames = g.names.filter((n) => n !== heading);
        return (
          <section
            key={g.key}
            className={`task-group${g.agencyId === null ? ' unmatched' : ''}`}
            data-testid="task-group"
            data-agency-id={g.agencyId ?? ''}
            aria-label={heading}
          >
            <h3>
              <span data-testid="task-group-name">{heading}</span>{' '}
              {g.agencyId === null ? (
                <span className="badge unmatched" data-testid="task-group-unmatched">
                  {t('unmatched')}
                </span>
              ) : (
                <a
                  className="badge matched"
                  href={`#/tasks?agencyId=${g.agencyId}`}
                  data-testid="task-group-matched"
                >
                  {t('matched')}
                </a>
              )}
            </h3>
            {g.agencyId === null && onLink && (
              <AgencyLinkForm
                name={heading}
                agencies={linkable}
                onLink={(agencyId) =>
                  onLink(
                    g.tasks.map((x) => x.id),
                    agencyId,
                  )
                }
                {...(onCreate
                  ? {
                      onCreate: (name: string, kind: AgencyKind) =>
                        onCreate(
                          g.tasks.map((x) => x.id),
                          name,
                          kind,
                        ),
                    }
                  : {})}
              />
            )}
            {otherNames.length > 0 && (
              <p className="muted">{t('namedInPlan', { names: otherNames.join('; ') })}</p>
            )}
            <table className="stack tasks">
              <thead>
                <tr>
                  <th scope="col">{t('task')}</th>
                  <th scope="col">{t('partners')}</th>
                  <th scope="col">{t('dueDate')}</th>
                  <th scope="col">{t('status')}</th>
                  <th scope="col">{t('progress')}</th>
                </tr>
              </thead>
              <tbody>
                {g.tasks.map((task) => (
                  <tr
                    key={task.id}
                    className={task.overdue ? 'overdue' : undefined}
                    data-testid="task-row"
                    data-task-id={task.id}
                  >
                    <td data-label={t('task')}>
                      <a href={`#/tasks/${task.id}`}>{task.title}</a>
                    </td>
                    <td data-label={t('partners')}>
                      <Partners task={task} />
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
          </section>
        );
      })}
    </div>
  );
}
