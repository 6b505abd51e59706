/**
 * "Cập nhật tiến độ": progress %, status, a note and up to five evidence files (sent as base64;
 * the server checks each file's bytes against its type).
 */
import { useRef, useState, type FormEvent } from 'react';
import { api } from '../api/client.ts';
import { TASK_STATUSES, type TaskDetail, type TaskStatus } from '../api/plan-types.ts';
import { FormFeedback, LocalErrors, useFormErrors } from '../components/Feedback.tsx';
import { useFormProblem } from '../components/form-focus.ts';
import { Field } from '../components/Field.tsx';
import { extensionOf, readBase64 } from '../files.ts';
import { useI18n, type Key } from '../i18n.ts';
import { TASK_STATUS_LABELS } from '../labels.ts';

const EVIDENCE_TYPES = ['pdf', 'png', 'jpg', 'jpeg', 'docx', 'xlsx', 'txt'];
const MAX_BYTES = 10 * 1024 * 1024;
const MAX_FILES = 5;

function checkFiles(files: File[]): Key | null {
  if (files.length > MAX_FILES) return 'tooManyFiles';
  if (files.some((f) => !EVIDENCE_TYPES.includes(extensionOf(f.name)))) return 'fileTypeNotAllowed';
  if (files.some((f) => f.size === 0 || f.size > MAX_BYTES)) return 'fileSizeNotAllowed';
  return null;
}

export function TaskUpdateForm({ task, onSaved }: { task: TaskDetail; onSaved: (t: TaskDetail) => void }) {
  const { t, pick } = useI18n();
  const [progress, setProgress] = useState(String(task.progress));
  const [status, setStatus] = useState<TaskStatus>(task.status === 'open' ? 'in_progress' : task.status);
  const [note, setNote] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  const fileInput = useRef<HTMLInputElement>(null);
  const { problem, setProblem, ref } = useFormProblem();
  const [saved, setSaved] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const errors = useFormErrors(problem);
  const labels = {
    progress: t('progressPercent'),
    status: t('status'),
    note: t('note'),
    evidence: t('evidenceFiles'),
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSaved(null);
    const value = Number(progress);
    const fields: Record<string, Key> = {};
    if (!/^\d{1,3}$/.test(progress.trim()) || value > 100) fields.progress = 'progressRange';
    if (!note.trim()) fields.note = 'required';
    const fileProblem = checkFiles(files);
    if (fileProblem) fields.evidence = fileProblem;
    const local = new LocalErrors(fields);
    if (local.any) {
      setProblem(local);
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      const evidence = await Promise.all(
        files.map(async (f) => ({ fileName: f.name, contentBase64: await readBase64(f) })),
      );
      const r = await api.post<{ task: TaskDetail }>(`/tasks/${task.id}/updates`, {
        progress: value,
        status,
        note: note.trim(),
        evidence,
      });
      setNote('');
      setFiles([]);
      if (fileInput.current) fileInput.current.value = '';
      setSaved(t('progressSaved'));
      onSaved(r.task);
    } catch (err) {
      setProblem(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="card"
      onSubmit={(e) => void submit(e)}
      data-testid="task-update-form"
      noValidate
      ref={ref}
    >
      <h2>{t('updateProgress')}</h2>
      <div className="grid">
        <Field
          label={t('progressPercent')}
          error={errors?.fields.progress}
          errorTestId="task-update-progress-error"
        >
          {(p) => (
            <input
              {...p}
              type="number"
              min={0}
              max={100}
              step={1}
              inputMode="numeric"
              value={progress}
              onChange={(e) => setProgress(e.target.value)}
              data-testid="task-update-progress"
            />
          )}
        </Field>
        <Field label={t('status')} error={errors?.fields.status}>
          {(p) => (
            <select
              {...p}
              value={status}
              onChange={(e) => {
                const s = TASK_STATUSES.find((x) => x === e.target.value) ?? 'in_progress';
                setStatus(s);
                if (s === 'done') setProgress('100');
              }}
              data-testid="task-update-status"
            >
              {TASK_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {pick(TASK_STATUS_LABELS[s], s)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <Field label={t('note')} error={errors?.fields.note} errorTestId="task-update-note-error">
        {(p) => (
          <textarea
            {...p}
            rows={3}
            maxLength={5000}
            value={note}
            onChange={(e) => setNote(e.target.value)}
            required
            data-testid="task-update-note"
          />
        )}
      </Field>
      <Field label={t('evidenceFiles')} hint={t('evidenceHint')} error={errors?.fields.evidence}>
        {(p) => (
          <input
            {...p}
            ref={fileInput}
            type="file"
            multiple
            accept=".pdf,.png,.jpg,.jpeg,.docx,.xlsx,.txt"
            onChange={(e) => setFiles([...(e.target.files ?? [])])}
            data-testid="task-update-files"
          />
        )}
      </Field>
      <FormFeedback errors={errors} labels={labels} notice={saved} errorTestId="task-update-error" />
      <button type="submit" disabled={busy} data-testid="task-update-submit">
        {t('sendUpdate')}
      </button>
    </form>
  );
}
