/**
 * Tasks on a month calendar by due date (Monday first), with previous/next month; tasks without a
 * due date are listed under the grid.
 */
import { useState } from 'react';
import type { Task } from '../api/plan-types.ts';
import { todayIso } from '../format.ts';
import { useI18n } from '../i18n.ts';
import {
  addMonths,
  monthGrid,
  monthKey,
  monthOf,
  WEEKDAYS_EN,
  WEEKDAYS_VI,
  type Month,
} from '../task-dates.ts';

/** The month to open on: that of the earliest unfinished task with a due date, else this month. */
function startMonth(tasks: Task[]): Month {
  const open = tasks
    .filter((x) => x.dueDate && x.status !== 'done' && x.status !== 'cancelled')
    .map((x) => x.dueDate ?? '')
    .sort();
  return monthOf(open[0] ?? todayIso());
}

export function TaskCalendar({ tasks }: { tasks: Task[] }) {
  const { t, lang } = useI18n();
  const [month, setMonth] = useState<Month>(() => startMonth(tasks));
  const byDay = new Map<string, Task[]>();
  for (const task of tasks)
    if (task.dueDate) byDay.set(task.dueDate, [...(byDay.get(task.dueDate) ?? []), task]);
  const undated = tasks.filter((x) => !x.dueDate);
  const today = todayIso();
  const weekdays = lang === 'en' ? WEEKDAYS_EN : WEEKDAYS_VI;

  return (
    <div className="calendar" data-testid="tasks-calendar">
      <div className="calendar-head">
        <button
          type="button"
          className="secondary"
          onClick={() => setMonth(addMonths(month, -1))}
          aria-label={t('previousMonth')}
          data-testid="calendar-prev"
        >
          ‹
        </button>
        <h2 data-testid="calendar-month" data-month={monthKey(month)} aria-live="polite">
          {t('monthTitle', { month: month.month, year: month.year })}
        </h2>
        <button
          type="button"
          className="secondary"
          onClick={() => setMonth(addMonths(month, 1))}
          aria-label={t('nextMonth')}
          data-testid="calendar-next"
        >
          ›
        </button>
      </div>
      <table className="calendar-grid">
        <thead>
          <tr>
            {weekdays.map((d) => (
              <th key={d} scope="col">
                {d}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {monthGrid(month).map((week, i) => (
            <tr key={i}>
              {week.map((day, j) =>
                day === null ? (
                  <td key={j} className="other" />
                ) : (
                  <td
                    key={day}
                    className={day === today ? 'today' : undefined}
                    data-testid="calendar-day"
                    data-date={day}
                  >
                    <span className="day-number">{Number(day.slice(8))}</span>
                    <ul className="plain">
                      {(byDay.get(day) ?? []).map((task) => (
                        <li
                          key={task.id}
                          className={task.overdue ? 'overdue' : undefined}
                          data-testid="calendar-task"
                        >
                          <a href={`#/tasks/${task.id}`} title={`${task.title} — ${task.leadAgencyName}`}>
                            {task.title}
                          </a>
                        </li>
                      ))}
                    </ul>
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {undated.length > 0 && (
        <section aria-labelledby="undated-title" data-testid="calendar-undated">
          <h3 id="undated-title">{t('noDueDateTasks', { n: undated.length })}</h3>
          <ul>
            {undated.map((task) => (
              <li key={task.id}>
                <a href={`#/tasks/${task.id}`}>{task.title}</a>{' '}
                <span className="muted">— {task.leadAgencyName}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
