/** Small pieces of the task screens: progress, status, due date with the overdue mark, partners. */
import type { Task } from '../api/plan-types.ts';
import { formatDate } from '../format.ts';
import { useI18n, type Pair } from '../i18n.ts';
import { FREQUENCY_LABELS, TASK_STATUS_LABELS } from '../labels.ts';

export function Progress({ value, label }: { value: number; label?: string }) {
  const { t } = useI18n();
  return (
    <span className="progress" data-testid="task-progress" data-value={value}>
      <progress max={100} value={value} aria-label={label ?? t('progress')}>
        {value}%
      </progress>
      <span className="progress-value">{value}%</span>
    </span>
  );
}

const STATUS_LABELS: Partial<Record<string, Pair>> = TASK_STATUS_LABELS;

/** A task's status; updates carry it as a plain string. */
export function TaskStatusText({ status }: { status: string }) {
  const { pick } = useI18n();
  return (
    <span className={`badge task-${status}`} data-testid="task-status" data-status={status}>
      {pick(STATUS_LABELS[status], status)}
    </span>
  );
}

/** The due date (or "no deadline"), its frequency when recurring, and "Quá hạn" when overdue. */
export function DueDate({ task }: { task: Task }) {
  const { t, pick } = useI18n();
  return (
    <>
      {task.dueDate ? formatDate(task.dueDate) : <span className="muted">{t('noDueDate')}</span>}
      {task.frequency !== 'once' && (
        <span className="sub">{pick(FREQUENCY_LABELS[task.frequency], task.frequency)}</span>
      )}
      {task.overdue && (
        <>
          {' '}
          <span className="badge overdue" data-testid="task-overdue">
            {t('overdue')}
          </span>
        </>
      )}
    </>
  );
}

/** Partner agencies, those not linked to an agency record marked so. */
export function Partners({ task }: { task: Task }) {
  const { t } = useI18n();
  if (task.partners.length === 0) return null;
  return (
    <ul className="plain partners" data-testid="task-partners">
      {task.partners.map((p) => (
        <li key={p.agencyName} data-matched={p.agencyId !== null}>
          {p.agencyName}
          {p.agencyId === null && <span className="muted"> ({t('unmatchedShort')})</span>}
        </li>
      ))}
    </ul>
  );
}
