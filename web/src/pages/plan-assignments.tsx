/** The importer's assignments table: agency (editable), chủ trì / phối hợp, task text. */
import type { AssignmentRole } from '../api/plan-types.ts';
import type { FormErrors } from '../components/Feedback.tsx';
import { useI18n } from '../i18n.ts';
import type { SetDraft } from './plan-draft.tsx';
import { groupTasks, orphanPartners, type Draft } from './plan-import.ts';

export function AssignmentsTable({
  draft,
  setDraft,
  errors,
}: {
  draft: Draft;
  setDraft: SetDraft;
  errors: FormErrors | null;
}) {
  const { t } = useI18n();
  const rows = draft.assignments;
  const change = (key: number, patch: { agency?: string; role?: AssignmentRole }) =>
    setDraft((d) => ({
      ...d,
      assignments: d.assignments.map((a) => (a.key === key ? { ...a, ...patch } : a)),
    }));
  const remove = (key: number) =>
    setDraft((d) => ({ ...d, assignments: d.assignments.filter((a) => a.key !== key) }));
  const taskCount = groupTasks(rows).length;
  const orphans = orphanPartners(rows).length;

  return (
    <fieldset data-testid="draft-assignments">
      <legend>{t('assignments')}</legend>
      <p className="hint">{t('assignmentsHint')}</p>
      <p className="muted" aria-live="polite" data-testid="draft-task-count">
        {t('tasksToCreate', { n: taskCount })}
        {orphans > 0 ? ` ${t('orphanPartners', { n: orphans })}` : ''}
      </p>
      {rows.length === 0 ? (
        <p className="muted">{t('none')}</p>
      ) : (
        <table className="stack assignments">
          <thead>
            <tr>
              <th scope="col">{t('agencyName')}</th>
              <th scope="col">{t('roleInTask')}</th>
              <th scope="col">{t('task')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('action')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((a, i) => {
              const error = errors?.fields[`assignments.${i}`];
              return (
                <tr key={a.key} data-testid="draft-assignment-row" data-role={a.role}>
                  <td data-label={t('agencyName')} className={error ? 'field invalid' : undefined}>
                    <input
                      value={a.agency}
                      onChange={(e) => change(a.key, { agency: e.target.value })}
                      maxLength={300}
                      aria-label={t('agencyOfRow', { n: i + 1 })}
                      {...(error ? { 'aria-invalid': true } : {})}
                      data-testid="draft-assignment-agency"
                    />
                    {error && <p className="field-error">{error}</p>}
                  </td>
                  <td data-label={t('roleInTask')}>
                    <select
                      value={a.role}
                      onChange={(e) =>
                        change(a.key, { role: e.target.value === 'partner' ? 'partner' : 'lead' })
                      }
                      aria-label={t('roleOfRow', { n: i + 1 })}
                      data-testid="draft-assignment-role"
                    >
                      <option value="lead">{t('lead')}</option>
                      <option value="partner">{t('partner')}</option>
                    </select>
                  </td>
                  <td data-label={t('task')} className="task-text">
                    {a.task}
                  </td>
                  <td>
                    <button
                      type="button"
                      className="secondary small"
                      onClick={() => remove(a.key)}
                      aria-label={t('removeRow', { n: i + 1 })}
                      data-testid="draft-assignment-remove"
                    >
                      {t('remove')}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </fieldset>
  );
}
