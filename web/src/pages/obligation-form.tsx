/**
 * A reporting obligation's fields (form, title, frequency, due days as users write them, start) —
 * empty for a new one, or prefilled from a plan's deadline so that creating it is one click.
 */
import { useState, type FormEvent } from 'react';
import { api } from '../api/client.ts';
import type { Frequency, Obligation, ReportForm } from '../api/report-types.ts';
import { ErrorBox, LocalErrors, useFormErrors } from '../components/Feedback.tsx';
import { DateInput, Field } from '../components/Field.tsx';
import { formatDueDays, impossibleTypedDay, parseDueDays } from '../due-days.ts';
import { formatDate, parseDate, todayIso } from '../format.ts';
import { useI18n, type Key } from '../i18n.ts';

export const FREQUENCIES: Frequency[] = ['annual', 'semiannual', 'quarterly', 'monthly', 'once'];
const PERIOD_OF: Record<Frequency, string | null> = {
  annual: 'annual',
  semiannual: 'semiannual',
  quarterly: 'quarterly',
  monthly: 'monthly',
  once: null,
};

export interface ObligationDraft {
  formId: number | null;
  unitId: number;
  title: string;
  frequency: Frequency;
  dueDays: string[];
  startsOn: string;
  planId?: number | null;
  sourceText?: string | null;
}

export function ObligationForm({
  initial,
  forms,
  submitLabel,
  testId,
  onCreated,
}: {
  initial: ObligationDraft;
  forms: ReportForm[];
  submitLabel: string;
  testId: string;
  onCreated: (o: Obligation) => void;
}) {
  const { t, pick } = useI18n();
  const [formId, setFormId] = useState<number | null>(initial.formId);
  const [title, setTitle] = useState(initial.title);
  const [frequency, setFrequency] = useState<Frequency>(initial.frequency);
  const [due, setDue] = useState(formatDueDays(initial.dueDays));
  const [startsOn, setStartsOn] = useState(formatDate(initial.startsOn));
  const [problem, setProblem] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const errors = useFormErrors(problem);
  const fitting = forms.filter((f) => PERIOD_OF[frequency] === null || f.periodType === PERIOD_OF[frequency]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const dueDays = parseDueDays(frequency, due);
    const start = parseDate(startsOn) ?? (startsOn.trim() ? null : todayIso());
    const local: Record<string, Key> = {};
    if (!formId || !fitting.some((f) => f.id === formId)) local.formId = 'formRequired';
    if (title.trim().length < 3) local.title = 'required';
    const impossible = impossibleTypedDay(frequency, due);
    if (!dueDays && !impossible) local.dueDays = 'dueDaysInvalid';
    if (!start) local.startsOn = 'invalidDate';
    const texts: Record<string, string> = impossible ? { dueDays: pick(impossible, impossible[0]) } : {};
    if (Object.keys(local).length + Object.keys(texts).length > 0) {
      setProblem(new LocalErrors(local, texts));
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      const r = await api.post<{ obligation: Obligation }>('/obligations', {
        formId,
        unitId: initial.unitId,
        title: title.trim(),
        frequency,
        dueDays,
        startsOn: start,
        planId: initial.planId ?? null,
        sourceText: initial.sourceText ?? null,
      });
      onCreated(r.obligation);
    } catch (err) {
      setProblem(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate data-testid={testId}>
      <ErrorBox errors={errors} />
      <div className="grid">
        <Field label={t('obligationTitle')} error={errors?.fields.title}>
          {(p) => (
            <input
              {...p}
              value={title}
              onChange={(e) => setTitle(e.target.value)}
              data-testid={`${testId}-title`}
            />
          )}
        </Field>
        <Field label={t('obligationFrequency')}>
          {(p) => (
            <select
              {...p}
              value={frequency}
              onChange={(e) => setFrequency(e.target.value as Frequency)}
              data-testid={`${testId}-frequency`}
            >
              {FREQUENCIES.map((f) => (
                <option key={f} value={f}>
                  {t(`freq_${f}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('reportForm')} error={errors?.fields.formId}>
          {(p) => (
            <select
              {...p}
              value={formId ?? ''}
              onChange={(e) => setFormId(Number(e.target.value) || null)}
              data-testid={`${testId}-form`}
            >
              <option value="">—</option>
              {fitting.map((f) => (
                <option key={f.id} value={f.id}>
                  {pick([f.name, f.nameEn], f.code)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('dueDays')} hint={t('dueDaysHint')} error={errors?.fields.dueDays}>
          {(p) => (
            <input
              {...p}
              value={due}
              onChange={(e) => setDue(e.target.value)}
              data-testid={`${testId}-due`}
            />
          )}
        </Field>
        <Field label={t('startsOn')} error={errors?.fields.startsOn}>
          {(p) => (
            <DateInput control={p} value={startsOn} onChange={setStartsOn} testId={`${testId}-starts`} />
          )}
        </Field>
      </div>
      <button type="submit" disabled={busy} data-testid={`${testId}-submit`}>
        {submitLabel}
      </button>
    </form>
  );
}
