/**
 * Starting a report: form, reporting unit (the user's own unit by default), period (the one just
 * finished by default) and an optional due date. An existing report for the same unit and period is
 * offered instead of an error.
 */
import { useState, type FormEvent } from 'react';
import { api, ApiError } from '../api/client.ts';
import type { ReportDetail, ReportForm } from '../api/report-types.ts';
import type { Me } from '../api/types.ts';
import { ErrorBox, LocalErrors, useFormErrors } from '../components/Feedback.tsx';
import { DateInput, Field } from '../components/Field.tsx';
import { FormSelect } from '../components/FormSelect.tsx';
import { UnitPicker, type PickedUnit } from '../components/UnitPicker.tsx';
import { parseDate, todayIso } from '../format.ts';
import { useI18n } from '../i18n.ts';
import { lastFinished, periodChoices, periodName } from '../report-periods.ts';
import { navigate } from '../router.ts';

const ENTER_ROLES = ['system_admin', 'unit_admin', 'reporter'];

/** The unit of the user's first role that may enter reports, as a default. */
export function ownUnit(me: Me): PickedUnit | null {
  const r = me.roles.find((x) => ENTER_ROLES.includes(x.role) && x.unitId !== null);
  return r?.unitId ? { id: r.unitId, label: r.unitName ?? '' } : null;
}

export function ReportCreate({ me, forms }: { me: Me; forms: ReportForm[] }) {
  const { t, lang } = useI18n();
  const [formId, setFormId] = useState(forms[0]?.id ?? 0);
  const form = forms.find((f) => f.id === formId) ?? forms[0];
  const [unit, setUnit] = useState<PickedUnit | null>(() => ownUnit(me));
  const [period, setPeriod] = useState(() => (form ? lastFinished(form.periodType, todayIso()) : ''));
  const [due, setDue] = useState('');
  const [problem, setProblem] = useState<unknown>(null);
  const [existing, setExisting] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const errors = useFormErrors(problem);
  if (!form) return null;
  const choices = periodChoices(form.periodType, todayIso());

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setExisting(null);
    const dueDate = due.trim() ? parseDate(due) : null;
    const local: Record<string, 'unitRequired' | 'invalidDate'> = {};
    if (!unit) local.unitId = 'unitRequired';
    if (due.trim() && !dueDate) local.dueDate = 'invalidDate';
    if (Object.keys(local).length > 0 || !unit) {
      setProblem(new LocalErrors(local));
      return;
    }
    setBusy(true);
    try {
      const r = await api.post<{ report: ReportDetail }>('/reports', {
        formId: form.id,
        unitId: unit.id,
        periodStart: period,
        dueDate,
      });
      navigate(`/reports/${r.report.id}`);
    } catch (err) {
      if (err instanceof ApiError && err.code === 'REPORT_EXISTS') {
        setExisting(Number(err.details[0]?.message) || null);
        setProblem(null);
      } else setProblem(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="card" onSubmit={(e) => void submit(e)} noValidate data-testid="report-create">
      <h2>{t('newReport')}</h2>
      <ErrorBox errors={errors} />
      {existing !== null && (
        <p className="notice" role="status" data-testid="report-exists">
          {t('reportExists')}{' '}
          <a href={`#/reports/${existing}`} data-testid="report-exists-link">
            {t('openExisting')}
          </a>
        </p>
      )}
      <div className="grid">
        <FormSelect
          forms={forms}
          value={form.id}
          onChange={(id) => {
            const next = forms.find((f) => f.id === id);
            setFormId(Number(id));
            if (next) setPeriod(lastFinished(next.periodType, todayIso()));
          }}
          testId="report-create-form"
        />
        <Field label={t('period')}>
          {(p) => (
            <select
              {...p}
              value={period}
              onChange={(e) => setPeriod(e.target.value)}
              data-testid="report-create-period"
            >
              {choices.map((c) => (
                <option key={c} value={c}>
                  {periodName(form.periodType, c, lang)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <UnitPicker
          label={t('reportUnit')}
          value={unit}
          onChange={setUnit}
          error={errors?.fields.unitId}
          testId="report-create-unit"
        />
        <Field label={t('dueDateReport')} hint={t('dueDateOptional')} error={errors?.fields.dueDate}>
          {(p) => <DateInput control={p} value={due} onChange={setDue} testId="report-create-due" />}
        </Field>
      </div>
      <button type="submit" disabled={busy} data-testid="report-create-submit">
        {t('create')}
      </button>
    </form>
  );
}
