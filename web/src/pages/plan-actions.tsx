/**
 * A plan's status actions as buttons (only those its status allows and the user's roles permit);
 * "Ban hành" asks for the document number and the date of issue first.
 */
import { useState, type FormEvent } from 'react';
import { api } from '../api/client.ts';
import type { PlanAction, PlanDetail } from '../api/plan-types.ts';
import { ErrorBox, LocalErrors, Notice, useFormErrors } from '../components/Feedback.tsx';
import { DateInput, Field } from '../components/Field.tsx';
import { formatDate, parseDate } from '../format.ts';
import { useI18n, type Key } from '../i18n.ts';
import { PLAN_ACTION_LABELS, PLAN_STATUS_LABELS } from '../labels.ts';
import { ACTIONS_FROM } from './plan-access.ts';

interface IssueExtra {
  documentNumber?: string;
  issuedOn?: string;
  answerAllSubunits?: boolean;
  answerDueDate?: string;
}

export function PlanActions({ plan, onChanged }: { plan: PlanDetail; onChanged: (p: PlanDetail) => void }) {
  const { t, pick } = useI18n();
  const [issuing, setIssuing] = useState(false);
  const [number, setNumber] = useState(plan.documentNumber ?? '');
  const [date, setDate] = useState(formatDate(plan.issuedOn));
  const [askAnswers, setAskAnswers] = useState(plan.unitLevel === 'province');
  const [answerDue, setAnswerDue] = useState('');
  const [problem, setProblem] = useState<unknown>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const errors = useFormErrors(problem);
  // the server says which actions this user may take on this plan's unit (plan.abilities)
  const actions = ACTIONS_FROM[plan.status].filter((a) => plan.abilities[a]);

  const run = async (action: PlanAction, extra: IssueExtra = {}) => {
    setBusy(true);
    setProblem(null);
    setDone(null);
    try {
      const r = await api.post<{ plan: PlanDetail }>(`/plans/${plan.id}/actions`, { action, ...extra });
      setIssuing(false);
      setDone(t('statusNow', { status: pick(PLAN_STATUS_LABELS[r.plan.status], r.plan.status) }));
      onChanged(r.plan);
    } catch (err) {
      setProblem(err);
    } finally {
      setBusy(false);
    }
  };

  const issue = (e: FormEvent) => {
    e.preventDefault();
    const iso = parseDate(date);
    const fields: Record<string, Key> = {};
    if (!number.trim()) fields.documentNumber = 'required';
    if (!iso) fields.issuedOn = 'invalidDate';
    const due = askAnswers && answerDue.trim() ? parseDate(answerDue) : null;
    if (askAnswers && answerDue.trim() && !due) fields.answerDueDate = 'invalidDate';
    const local = new LocalErrors(fields);
    if (local.any || !iso) {
      setProblem(local);
      return;
    }
    void run('issue', {
      documentNumber: number.trim(),
      issuedOn: iso,
      ...(askAnswers ? { answerAllSubunits: true, ...(due ? { answerDueDate: due } : {}) } : {}),
    });
  };

  if (actions.length === 0 && !done) return null;
  return (
    <div className="card plan-actions" data-testid="plan-actions">
      <div className="actions">
        {actions.map((a) => (
          <button
            key={a}
            type="button"
            className={a === 'return' || a === 'close' ? 'secondary' : undefined}
            disabled={busy}
            aria-expanded={a === 'issue' ? issuing : undefined}
            onClick={() => {
              if (a === 'issue') {
                setProblem(null);
                setIssuing(!issuing);
              } else void run(a);
            }}
            data-testid={`plan-action-${a}`}
          >
            {pick(PLAN_ACTION_LABELS[a], a)}
          </button>
        ))}
      </div>
      {issuing && (
        <form className="filters issue-form" onSubmit={issue} data-testid="plan-issue-form" noValidate>
          <Field label={t('documentNumber')} error={errors?.fields.documentNumber}>
            {(p) => (
              <input
                {...p}
                value={number}
                onChange={(e) => setNumber(e.target.value)}
                maxLength={60}
                placeholder="31/KH-UBND"
                autoComplete="off"
                data-testid="plan-issue-number"
              />
            )}
          </Field>
          <Field label={t('issuedOn')} hint={t('dateHint')} error={errors?.fields.issuedOn} className="date">
            {(p) => <DateInput control={p} value={date} onChange={setDate} testId="plan-issue-date" />}
          </Field>
          <div className="field check">
            <label>
              <input
                type="checkbox"
                checked={askAnswers}
                onChange={(e) => setAskAnswers(e.target.checked)}
                data-testid="plan-issue-ask-answers"
              />{' '}
              {t('issueAskAnswers')}
            </label>
          </div>
          {askAnswers && (
            <Field
              label={t('issueAnswerDue')}
              hint={t('dateHint')}
              error={errors?.fields.answerDueDate}
              className="date"
            >
              {(p) => (
                <DateInput
                  control={p}
                  value={answerDue}
                  onChange={setAnswerDue}
                  testId="plan-issue-answer-due"
                />
              )}
            </Field>
          )}
          <button type="submit" disabled={busy} data-testid="plan-issue-submit">
            {t('issueConfirm')}
          </button>
        </form>
      )}
      <ErrorBox
        errors={errors}
        labels={{
          documentNumber: t('documentNumber'),
          issuedOn: t('issuedOn'),
          answerDueDate: t('issueAnswerDue'),
        }}
        testId="plan-action-error"
      />
      <Notice text={done} />
    </div>
  );
}
