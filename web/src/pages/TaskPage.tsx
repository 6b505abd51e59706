/** One task: its plan and agencies, progress, the history of updates with their evidence, and the update form. */
import { useEffect, useState } from 'react';
import { api } from '../api/client.ts';
import type { Evidence, TaskDetail } from '../api/plan-types.ts';
import { Loading, PageError } from '../components/Feedback.tsx';
import { formatSize } from '../files.ts';
import { formatDateTime } from '../format.ts';
import { useI18n } from '../i18n.ts';
import { DueDate, Partners, Progress, TaskStatusText } from './task-parts.tsx';
import { TaskEditForm } from './TaskEditForm.tsx';
import { TaskUpdateForm } from './TaskUpdateForm.tsx';

function EvidenceLinks({ taskId, files }: { taskId: number; files: Evidence[] }) {
  const { lang } = useI18n();
  if (files.length === 0) return null;
  return (
    <ul className="plain evidence" data-testid="evidence-list">
      {files.map((f) => (
        <li key={f.id}>
          <a
            href={`/api/v1/tasks/${taskId}/evidence/${f.id}`}
            download={f.fileName}
            data-testid="evidence-link"
            data-evidence-id={f.id}
          >
            {f.fileName}
          </a>{' '}
          <span className="muted">({formatSize(f.sizeBytes, lang)})</span>
        </li>
      ))}
    </ul>
  );
}

export function TaskPage({ id }: { id: number }) {
  const { t } = useI18n();
  const [task, setTask] = useState<TaskDetail | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    setTask(null);
    setError(null);
    api.get<{ task: TaskDetail }>(`/tasks/${id}`).then(
      (r) => {
        if (live) setTask(r.task);
      },
      (err: unknown) => {
        if (live) setError(err);
      },
    );
    return () => {
      live = false;
    };
  }, [id, attempt]);

  if (error) return <PageError error={error} onRetry={() => setAttempt(attempt + 1)} />;
  if (!task) return <Loading />;
  // Evidence sent with an update is listed with it; anything else at the end.
  const loose = task.evidence.filter((e) => !task.updates.some((u) => u.id === e.updateId));

  return (
    <article aria-labelledby="task-title">
      <nav className="crumbs" aria-label={t('breadcrumbs')}>
        <ol>
          <li>
            <a href="#/tasks">{t('navTasks')}</a>
          </li>
          <li>
            <a href={`#/plans/${task.planId}`} data-testid="task-plan">
              {task.planTitle}
            </a>
          </li>
        </ol>
      </nav>
      <h1 id="task-title" data-testid="task-title">
        {task.title}
      </h1>
      <dl className="facts" data-testid="task-facts">
        <dt>{t('leadAgency')}</dt>
        <dd data-testid="task-lead">
          {task.leadAgencyName}
          {task.leadAgencyId === null && (
            <>
              {' '}
              <span className="badge unmatched">{t('unmatched')}</span>
            </>
          )}
        </dd>
        <dt>{t('partners')}</dt>
        <dd>{task.partners.length ? <Partners task={task} /> : t('none')}</dd>
        <dt>{t('dueDate')}</dt>
        <dd>
          <DueDate task={task} />
        </dd>
        <dt>{t('status')}</dt>
        <dd>
          <TaskStatusText status={task.status} />
        </dd>
        <dt>{t('progress')}</dt>
        <dd>
          <Progress value={task.progress} />
        </dd>
      </dl>

      {task.abilities.edit && <TaskEditForm task={task} onSaved={setTask} />}
      {task.abilities.report && <TaskUpdateForm task={task} onSaved={setTask} />}

      <section aria-labelledby="history-title">
        <h2 id="history-title">{t('history')}</h2>
        {task.updates.length === 0 ? (
          <p className="muted" data-testid="updates-empty">
            {t('noUpdates')}
          </p>
        ) : (
          <table className="stack" data-testid="updates-table">
            <thead>
              <tr>
                <th scope="col">{t('time')}</th>
                <th scope="col">{t('author')}</th>
                <th scope="col">{t('progress')}</th>
                <th scope="col">{t('status')}</th>
                <th scope="col">{t('note')}</th>
                <th scope="col">{t('evidence')}</th>
              </tr>
            </thead>
            <tbody>
              {task.updates.map((u) => (
                <tr key={u.id} data-testid="update-row" data-update-id={u.id}>
                  <td data-label={t('time')}>
                    <time dateTime={u.at}>{formatDateTime(u.at)}</time>
                  </td>
                  <td data-label={t('author')}>{u.authorName ?? ''}</td>
                  <td data-label={t('progress')}>{u.progress}%</td>
                  <td data-label={t('status')}>
                    <TaskStatusText status={u.status} />
                  </td>
                  <td data-label={t('note')} className="note" data-testid="update-note">
                    {u.note}
                  </td>
                  <td data-label={t('evidence')}>
                    <EvidenceLinks
                      taskId={task.id}
                      files={task.evidence.filter((e) => e.updateId === u.id)}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {loose.length > 0 && (
          <>
            <h3>{t('otherEvidence')}</h3>
            <EvidenceLinks taskId={task.id} files={loose} />
          </>
        )}
      </section>
    </article>
  );
}
