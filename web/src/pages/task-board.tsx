/** Tasks as a board: one column per status, a card per task (title, lead agency, due date, progress). */
import type { Task } from '../api/plan-types.ts';
import { TASK_STATUSES } from '../api/plan-types.ts';
import { useI18n } from '../i18n.ts';
import { TASK_STATUS_LABELS } from '../labels.ts';
import { DueDate, Progress } from './task-parts.tsx';

export function TaskBoard({ tasks }: { tasks: Task[] }) {
  const { pick } = useI18n();
  return (
    <div className="board" data-testid="tasks-board">
      {TASK_STATUSES.map((status) => {
        const column = tasks.filter((x) => x.status === status);
        return (
          <section
            key={status}
            className="board-column"
            aria-label={pick(TASK_STATUS_LABELS[status], status)}
            data-testid="board-column"
            data-status={status}
          >
            <h2>
              {pick(TASK_STATUS_LABELS[status], status)} <span className="count">({column.length})</span>
            </h2>
            <ul className="plain">
              {column.map((task) => (
                <li
                  key={task.id}
                  className={`board-card${task.overdue ? ' overdue' : ''}`}
                  data-testid="board-card"
                  data-task-id={task.id}
                >
                  <a href={`#/tasks/${task.id}`}>{task.title}</a>
                  <span className="sub">{task.leadAgencyName}</span>
                  <span className="sub">
                    <DueDate task={task} />
                  </span>
                  <Progress value={task.progress} />
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
