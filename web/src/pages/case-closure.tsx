/**
 * Closing a case with its supervisor's approval: the team asks with a reason and a checklist, the
 * supervisor approves or sends it back with a comment, a closed case is reopened with a reason.
 */
import { useCallback, useEffect, useState } from 'react';
import { api } from '../api/client.ts';
import type { CloseReason } from '../api/case-types.ts';
import type { TClosure } from '../../../src/modules/cases/case-path.schema.ts';
import { ErrorBox } from '../components/Feedback.tsx';
import { Field } from '../components/Field.tsx';
import { CLOSE_LABELS } from '../case-labels.ts';
import { formatDateTime } from '../format.ts';
import { useI18n, type Key } from '../i18n.ts';

const KIND: Record<TClosure['history'][number]['kind'], Key> = {
  request: 'closureKindRequest',
  send_back: 'closureKindSendBack',
  approve: 'closureKindApprove',
  reopen: 'closureKindReopen',
};

export function CaseClosure({ caseId, onChanged }: { caseId: number; onChanged: () => void }) {
  const { t, pick, errorMessage } = useI18n();
  const [c, setC] = useState<TClosure | null>(null);
  const [problem, setProblem] = useState<unknown>(null);
  const [reason, setReason] = useState<CloseReason>('goals_met');
  const [check, setCheck] = useState({ safetyPlanDone: false, servicesDone: false, survivorInformed: false });
  const [text, setText] = useState('');

  const load = useCallback(() => {
    api.get<{ closure: TClosure }>(`/cases/${caseId}/closure`).then((r) => setC(r.closure), setProblem);
  }, [caseId]);
  useEffect(load, [load]);

  const step = async (path: string, body: unknown) => {
    setProblem(null);
    try {
      await api.post(`/cases/${caseId}/${path}`, body);
      setText('');
      load();
      onChanged();
    } catch (err) {
      setProblem(err);
    }
  };
  if (!c) return problem ? <ErrorBox errors={errorMessage(problem)} /> : null;
  const last = c.history.at(-1);
  const box = (k: keyof typeof check, label: Key) => (
    <label className="check">
      <input
        type="checkbox"
        checked={check[k]}
        onChange={(e) => setCheck({ ...check, [k]: e.target.checked })}
        data-testid={`closure-${k}`}
      />{' '}
      {t(label)}
    </label>
  );
  return (
    <section className="card" data-testid="case-closure" data-state={c.state} aria-labelledby="closure-title">
      <h2 id="closure-title">{t('closureTitle')}</h2>
      {problem !== null && <ErrorBox errors={errorMessage(problem)} testId="closure-error" />}
      {c.state === 'pending' && (
        <p className="badge overdue" data-testid="closure-pending">
          {t('closurePending')}
          {last?.reason ? ` · ${pick(CLOSE_LABELS[last.reason], last.reason)}` : ''}
        </p>
      )}
      {last?.kind === 'send_back' && c.state === 'open' && (
        <p data-testid="closure-sent-back">
          <strong>{t('closureKindSendBack')}:</strong> {last.text}
        </p>
      )}
      {c.abilities.request && (
        <div className="grid">
          <Field label={t('closeReason')}>
            {(p) => (
              <select
                {...p}
                value={reason}
                onChange={(e) => setReason(e.target.value as CloseReason)}
                data-testid="closure-reason"
              >
                {(Object.keys(CLOSE_LABELS) as CloseReason[]).map((r) => (
                  <option key={r} value={r}>
                    {pick(CLOSE_LABELS[r], r)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <fieldset>
            <legend>{t('closureChecklist')}</legend>
            {box('safetyPlanDone', 'chkSafetyPlan')}
            {box('servicesDone', 'chkServices')}
            {box('survivorInformed', 'chkInformed')}
          </fieldset>
          <button
            type="button"
            onClick={() => void step('closure/request', { reason, ...check })}
            data-testid="closure-request"
          >
            {t('requestClosure')}
          </button>
        </div>
      )}
      {c.abilities.decide && (
        <div className="grid">
          <Field label={t('sendBackComment')}>
            {(p) => (
              <textarea
                {...p}
                value={text}
                onChange={(e) => setText(e.target.value)}
                data-testid="closure-comment"
              />
            )}
          </Field>
          <span className="actions">
            <button
              type="button"
              onClick={() => void step('closure/approve', {})}
              data-testid="closure-approve"
            >
              {t('approveClosure')}
            </button>
            <button
              type="button"
              className="secondary"
              disabled={text.trim().length < 3}
              onClick={() => void step('closure/send-back', { comment: text })}
              data-testid="closure-send-back"
            >
              {t('sendBack')}
            </button>
          </span>
        </div>
      )}
      {c.abilities.reopen && (
        <div className="grid">
          <Field label={t('reopenReason')}>
            {(p) => (
              <input
                {...p}
                value={text}
                onChange={(e) => setText(e.target.value)}
                data-testid="reopen-reason"
              />
            )}
          </Field>
          <button
            type="button"
            className="secondary"
            disabled={text.trim().length < 3}
            onClick={() => void step('reopen', { reason: text })}
            data-testid="case-reopen"
          >
            {t('reopenCase')}
          </button>
        </div>
      )}
      {c.history.length > 0 && (
        <details>
          <summary>{t('closureHistory')}</summary>
          <ul className="plain" data-testid="closure-history">
            {c.history.map((e) => (
              <li key={e.id} data-kind={e.kind}>
                {formatDateTime(e.at)} · {t(KIND[e.kind])}
                {e.reason ? ` · ${pick(CLOSE_LABELS[e.reason], e.reason)}` : ''}
                {e.byName ? ` · ${e.byName}` : ''}
                {e.text ? ` — ${e.text}` : ''}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
