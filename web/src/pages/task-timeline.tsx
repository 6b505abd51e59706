/** Tasks on a timeline by due date: one group per month, in order; undated tasks at the end. */
import type { Task } from '../api/plan-types.ts';
import { formatDate } from '../format.ts';
import { useI18n } from '../i18n.ts';
import { monthKey, monthOf } from '../task-dates.ts';
import { Progress, TaskStatusText } from './task-parts.tsx';

export function TaskTimeline({ tasks }: { tasks: Task[] }) {
  const { t } = useI18n();
  const dated = tasks
    .filter((x) => x.dueDate)
    .sort((a, b) => (a.dueDate ?? '').localeCompare(b.dueDate ?? ''));
  const months = new Map<string, Task[]>();
  for (const task of dated) {
    const key = monthKey(monthOf(task.dueDate ?? ''));
    months.set(key, [...(months.get(key) ?? []), task]);
  }
  const undated = tasks.filter((x) => !x.dueDate);

  return (
    <ol className="timeline plain" data-testid="tasks-timeline">
      {[...months].map(([key, list]) => (
        <li key={key} className="timeline-month" data-testid="timeline-month" data-month={key}>
          <h2>{t('monthTitle', { month: Number(key.slice(5)), year: key.slice(0, 4) })}</h2>
          <ul className="plain">
            {list.map((task) => (
              <li
                key={task.id}
                className={`timeline-task${task.overdue ? ' overdue' : ''}`}
                data-testid="timeline-task"
              >
                <time dateTime={task.dueDate ?? ''}>{formatDate(task.dueDate)}</time>
                <a href={`#/tasks/${task.id}`}>{task.title}</a>
                <span className="sub">{task.leadAgencyName}</span>
                <TaskStatusText status={task.status} />
                <Progress value={task.progress} />
              </li>
            ))}
          </ul>
        </li>
      ))}
      {undated.length > 0 && (
        <li className="timeline-month" data-testid="timeline-month" data-month="none">
          <h2>{t('noDueDateTasks', { n: undated.length })}</h2>
          <ul className="plain">
            {undated.map((task) => (
              <li key={task.id} className="timeline-task" data-testid="timeline-task">
                <a href={`#/tasks/${task.id}`}>{task.title}</a>
                <span className="sub">{task.leadAgencyName}</span>
              </li>
            ))}
          </ul>
        </li>
      )}
    </ol>
  );
}
