/** "Sửa nhiệm vụ" (planners): due date, frequency and the lead agency record, by PATCH /tasks/:id. */
import { useEffect, useState, type FormEvent } from 'react';
import { api } from '../api/client.ts';
import type { TaskDetail, TaskFrequency } from '../api/plan-types.ts';
import type { Agency, Items } from '../api/types.ts';
import { ErrorBox, LocalErrors, Notice, useFormErrors } from '../components/Feedback.tsx';
import { DateInput, Field } from '../components/Field.tsx';
import { formatDate, parseDate } from '../format.ts';
import { useI18n } from '../i18n.ts';
import { FREQUENCY_LABELS } from '../labels.ts';

const FREQUENCIES = Object.keys(FREQUENCY_LABELS) as TaskFrequency[];

export function TaskEditForm({ task, onSaved }: { task: TaskDetail; onSaved: (t: TaskDetail) => void }) {
  const { t, pick } = useI18n();
  const [due, setDue] = useState(formatDate(task.dueDate));
  const [frequency, setFrequency] = useState<TaskFrequency>(task.frequency);
  const [leadId, setLeadId] = useState(task.leadAgencyId === null ? '' : String(task.leadAgencyId));
  const [agencies, setAgencies] = useState<Agency[]>([]);
  const [problem, setProblem] = useState<unknown>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const errors = useFormErrors(problem);

  useEffect(() => {
    let live = true;
    api.get<Items<Agency>>('/agencies').then(
      (r) => {
        if (live) setAgencies(r.items.filter((a) => a.isActive || a.id === task.leadAgencyId));
      },
      () => undefined, // without the list the agency stays as it is
    );
    return () => {
      live = false;
    };
  }, [task.leadAgencyId]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSaved(null);
    const dueDate = due.trim() ? parseDate(due) : null;
    if (due.trim() && !dueDate) {
      setProblem(new LocalErrors({ dueDate: 'invalidDate' }));
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      const body = {
        dueDate,
        frequency,
        ...(leadId && Number(leadId) !== task.leadAgencyId ? { leadAgencyId: Number(leadId) } : {}),
      };
      const r = await api.patch<{ task: TaskDetail }>(`/tasks/${task.id}`, body);
      setSaved(t('saved'));
      onSaved(r.task);
    } catch (err) {
      setProblem(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <details className="card" data-testid="task-edit">
      <summary data-testid="task-edit-open">{t('editTask')}</summary>
      <form onSubmit={(e) => void submit(e)} data-testid="task-edit-form" noValidate>
        <div className="grid">
          <Field label={t('dueDate')} hint={t('dueDateHint')} error={errors?.fields.dueDate}>
            {(p) => <DateInput control={p} value={due} onChange={setDue} testId="task-edit-due" />}
          </Field>
          <Field label={t('frequency')} error={errors?.fields.frequency}>
            {(p) => (
              <select
                {...p}
                value={frequency}
                onChange={(e) => setFrequency(FREQUENCIES.find((f) => f === e.target.value) ?? 'once')}
                data-testid="task-edit-frequency"
              >
                {FREQUENCIES.map((f) => (
                  <option key={f} value={f}>
                    {pick(FREQUENCY_LABELS[f], f)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('leadAgency')} error={errors?.fields.leadAgencyId}>
            {(p) => (
              <select
                {...p}
                value={leadId}
                onChange={(e) => setLeadId(e.target.value)}
                data-testid="task-edit-lead"
              >
                <option value="">{t('keepAsWritten', { name: task.leadAgencyName })}</option>
                {agencies.map((a) => (
                  <option key={a.id} value={a.id}>
                    {a.name} — {a.unitName}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <ErrorBox
          errors={errors}
          labels={{ dueDate: t('dueDate'), frequency: t('frequency'), leadAgencyId: t('leadAgency') }}
          testId="task-edit-error"
        />
        <Notice text={saved} />
        <button type="submit" disabled={busy} data-testid="task-edit-submit">
          {t('save')}
        </button>
      </form>
    </details>
  );
}
