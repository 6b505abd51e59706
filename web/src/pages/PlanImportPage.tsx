/**
 * Importing a plan: paste its text or choose a .txt / .docx file, let the server parse it, correct
 * the draft, then save the plan (POST /plans) and its tasks from the assignments (POST /plans/:id/tasks).
 */
import { useEffect, useState, type FormEvent } from 'react';
import { api } from '../api/client.ts';
import type { ParsedPlan, PlanDetail } from '../api/plan-types.ts';
import { ErrorBox, LocalErrors, useFormErrors } from '../components/Feedback.tsx';
import { useFormProblem } from '../components/form-focus.ts';
import { Field } from '../components/Field.tsx';
import type { PickedUnit } from '../components/UnitPicker.tsx';
import { extensionOf, readBase64, readTextFile } from '../files.ts';
import { parseDate } from '../format.ts';
import { useI18n, type Key } from '../i18n.ts';
import { navigate } from '../router.ts';
import type { UnitDetail } from '../api/types.ts';
import { withAnswered } from './plan-answer.ts';
import { AssignmentsTable } from './plan-assignments.tsx';
import { DocumentFields, RecipientsField, ReferencesList, type SetDraft } from './plan-draft.tsx';
import { draftFrom, groupTasks, toNewPlan, type Draft } from './plan-import.ts';

function checkDraft(draft: Draft, unit: PickedUnit | null): LocalErrors {
  const fields: Record<string, Key> = {};
  if (draft.title.trim().length < 3) fields.title = 'titleRequired';
  if (!unit) fields.unitId = 'unitRequired';
  if (draft.issuedOn.trim() && !parseDate(draft.issuedOn)) fields.issuedOn = 'invalidDate';
  draft.assignments.forEach((a, i) => {
    if (a.agency.trim().length < 2) fields[`assignments.${i}`] = 'agencyNameRequired';
  });
  return new LocalErrors(fields);
}

const idParam = (v: string | null) => (v && /^\d+$/.test(v) ? Number(v) : null);

export function PlanImportPage({ query }: { query: URLSearchParams }) {
  const { t } = useI18n();
  const answersId = idParam(query.get('answers'));
  const unitParam = idParam(query.get('unitId'));
  const [answers, setAnswers] = useState<PlanDetail | null>(null);
  const [text, setText] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [draft, setDraftState] = useState<Draft | null>(null);
  const [unit, setUnit] = useState<PickedUnit | null>(null);
  const [savedPlanId, setSavedPlanId] = useState<number | null>(null);
  const { problem, setProblem, ref } = useFormProblem();
  const [busy, setBusy] = useState(false);
  const errors = useFormErrors(problem);

  const setDraft: SetDraft = (change) => setDraftState((d) => (d ? change(d) : d));

  // Opened to answer a higher plan: load it, and the unit that answers.
  useEffect(() => {
    let live = true;
    if (answersId !== null)
      api.get<{ plan: PlanDetail }>(`/plans/${answersId}`).then(
        (r) => {
          if (live) setAnswers(r.plan);
        },
        (err: unknown) => {
          if (live) setProblem(err);
        },
      );
    if (unitParam !== null)
      api.get<UnitDetail>(`/units/${unitParam}`).then(
        (r) => {
          const province = r.ancestors.find((x) => x.level === 'province');
          const label = province ? `${r.unit.fullName} — ${province.fullName}` : r.unit.fullName;
          if (live) setUnit((u) => u ?? { id: r.unit.id, label });
        },
        () => undefined, // the user picks the unit instead
      );
    return () => {
      live = false;
    };
  }, [answersId, unitParam]);

  const chooseFile = async (f: File | undefined) => {
    setProblem(null);
    setFile(null);
    if (!f) return;
    const ext = extensionOf(f.name);
    if (ext === 'txt') setText(await readTextFile(f));
    else if (ext === 'docx' || ext === 'pdf') {
      setFile(f);
      setText('');
    } else setProblem(new LocalErrors({ file: 'fileTxtDocx' }));
  };

  const parse = async (e: FormEvent) => {
    e.preventDefault();
    if (!file && !text.trim()) {
      setProblem(new LocalErrors({ text: 'parseEmpty' }));
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      const body = file ? { fileName: file.name, contentBase64: await readBase64(file) } : { text };
      const r = await api.post<{ parsed: ParsedPlan; text: string }>('/plans/parse', body);
      const parsed = draftFrom(r.parsed, r.text);
      setDraftState(answers ? withAnswered(parsed, answers) : parsed);
      setSavedPlanId(null);
    } catch (err) {
      setProblem(err);
    } finally {
      setBusy(false);
    }
  };

  const save = async (e: FormEvent) => {
    e.preventDefault();
    if (!draft) return;
    const local = checkDraft(draft, unit);
    if (local.any || !unit) {
      setProblem(local);
      return;
    }
    setBusy(true);
    setProblem(null);
    let planId = savedPlanId;
    try {
      if (planId === null) {
        const body = toNewPlan(draft, unit.id, parseDate(draft.issuedOn));
        planId = (await api.post<{ plan: PlanDetail }>('/plans', body)).plan.id;
        setSavedPlanId(planId);
      }
      const tasks = groupTasks(draft.assignments);
      if (tasks.length > 0) await api.post(`/plans/${planId}/tasks`, { tasks });
      navigate(`/plans/${planId}`);
    } catch (err) {
      setProblem(err);
    } finally {
      setBusy(false);
    }
  };

  const labels = {
    title: t('planTitle'),
    unitId: t('unit'),
    issuedOn: t('issuedOn'),
    text: t('planText'),
    file: t('planFile'),
    ...Object.fromEntries(
      (draft?.assignments ?? []).map((_, i) => [`assignments.${i}`, t('agencyOfRow', { n: i + 1 })]),
    ),
  };

  if (!draft) {
    return (
      <section aria-labelledby="import-title">
        <h1 id="import-title">{t('importPlan')}</h1>
        <p className="muted">{t('importIntro')}</p>
        {answers && (
          <p className="notice" data-testid="import-answers">
            {t('answersPlan', { title: `${answers.documentNumber ?? ''} ${answers.title}`.trim() })}
          </p>
        )}
        <form
          className="card"
          onSubmit={(e) => void parse(e)}
          data-testid="plan-source-form"
          noValidate
          ref={ref}
        >
          <Field label={t('planText')} hint={t('planTextHint')} error={errors?.fields.text}>
            {(p) => (
              <textarea
                {...p}
                rows={12}
                value={text}
                onChange={(e) => {
                  setText(e.target.value);
                  setFile(null);
                }}
                data-testid="plan-source-text"
              />
            )}
          </Field>
          <Field label={t('planFile')} hint={t('planFileHint')} error={errors?.fields.file}>
            {(p) => (
              <input
                {...p}
                type="file"
                accept=".txt,.docx,.pdf,text/plain,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
                onChange={(e) => void chooseFile(e.target.files?.[0])}
                data-testid="plan-source-file"
              />
            )}
          </Field>
          {file && (
            <p className="notice" data-testid="plan-source-file-name">
              {t('fileChosen', { name: file.name })}
            </p>
          )}
          <ErrorBox errors={errors} labels={labels} testId="plan-source-error" />
          <button type="submit" disabled={busy} data-testid="plan-parse">
            {busy ? t('parsing') : t('parse')}
          </button>
        </form>
      </section>
    );
  }

  return (
    <section aria-labelledby="import-title">
      <h1 id="import-title">{t('draftTitle')}</h1>
      <p className="muted">{t('draftIntro')}</p>
      <form
        className="card"
        onSubmit={(e) => void save(e)}
        data-testid="plan-draft-form"
        noValidate
        ref={ref}
      >
        <DocumentFields draft={draft} setDraft={setDraft} unit={unit} setUnit={setUnit} errors={errors} />
        <ReferencesList draft={draft} setDraft={setDraft} />
        <RecipientsField draft={draft} setDraft={setDraft} />
        <AssignmentsTable draft={draft} setDraft={setDraft} errors={errors} />
        {savedPlanId !== null && (
          <p className="error" role="alert" data-testid="plan-tasks-pending">
            {t('planSavedTasksFailed')} <a href={`#/plans/${savedPlanId}`}>{t('openPlan')}</a>
          </p>
        )}
        <ErrorBox errors={errors} labels={labels} testId="plan-draft-error" />
        <div className="actions">
          <button type="submit" disabled={busy} data-testid="plan-save">
            {t('saveDraft')}
          </button>
          <button
            type="button"
            className="secondary"
            onClick={() => {
              setDraftState(null);
              setProblem(null);
            }}
            data-testid="plan-start-over"
          >
            {t('startOver')}
          </button>
        </div>
      </form>
    </section>
  );
}
