/** A case's follow-up plan: the scheduled follow-ups (7, 30, 90 days after intake), movable, each with its outcome. */
import { useCallback, useEffect, useState } from 'react';
import { api } from '../api/client.ts';
import type { TFollowUp, TFollowUps } from '../../../src/modules/cases/case-path.schema.ts';
import { ErrorBox } from '../components/Feedback.tsx';
import { formatDate } from '../format.ts';
import { useI18n, type Key } from '../i18n.ts';

type Outcome = NonNullable<TFollowUp['outcome']>;
const OUTCOME: Record<Outcome, Key> = {
  stable: 'outcomeStable',
  needs_support: 'outcomeNeedsSupport',
  not_reached: 'outcomeNotReached',
  declined: 'outcomeDeclined',
};

function FollowUpRow({ f, edit, save }: { f: TFollowUp; edit: boolean; save: (body: unknown) => void }) {
  const { t } = useI18n();
  const [outcome, setOutcome] = useState<Outcome>('stable');
  const [note, setNote] = useState('');
  const [due, setDue] = useState(f.dueOn);
  return (
    <li data-testid="follow-up" data-missed={f.missed} className="card">
      <strong>{formatDate(f.dueOn)}</strong>{' '}
      {f.outcome ? (
        <span className="badge">
          {t(OUTCOME[f.outcome])} · {formatDate(f.doneOn)}
        </span>
      ) : f.missed ? (
        <span className="badge overdue">{t('followUpMissed')}</span>
      ) : (
        <span className="muted">{t('pendingOutcome')}</span>
      )}
      {f.note && <p>{f.note}</p>}
      {edit && !f.outcome && (
        <div className="grid">
          <select
            aria-label={t('outcome')}
            value={outcome}
            onChange={(e) => setOutcome(e.target.value as Outcome)}
            data-testid="follow-up-outcome"
          >
            {(Object.keys(OUTCOME) as Outcome[]).map((o) => (
              <option key={o} value={o}>
                {t(OUTCOME[o])}
              </option>
            ))}
          </select>
          <input
            aria-label={t('followUpNote')}
            placeholder={t('followUpNote')}
            value={note}
            onChange={(e) => setNote(e.target.value)}
          />
          <button
            type="button"
            onClick={() => save({ outcome, note: note || null })}
            data-testid="follow-up-save"
          >
            {t('recordOutcome')}
          </button>
          <input
            type="date"
            aria-label={t('moveFollowUp')}
            value={due}
            onChange={(e) => setDue(e.target.value)}
          />
          <button
            type="button"
            className="secondary"
            disabled={!due || due === f.dueOn}
            onClick={() => save({ dueOn: due })}
          >
            {t('moveFollowUp')}
          </button>
        </div>
      )}
    </li>
  );
}

export function CaseFollowUps({ caseId }: { caseId: number }) {
  const { t, errorMessage } = useI18n();
  const [data, setData] = useState<TFollowUps | null>(null);
  const [problem, setProblem] = useState<unknown>(null);
  const [due, setDue] = useState('');
  const load = useCallback(() => {
    api.get<TFollowUps>(`/cases/${caseId}/follow-ups`).then(setData, setProblem);
  }, [caseId]);
  useEffect(load, [load]);
  const send = async (call: Promise<TFollowUps>) => {
    setProblem(null);
    try {
      setData(await call);
    } catch (err) {
      setProblem(err);
    }
  };
  return (
    <section className="card" data-testid="case-follow-ups" aria-labelledby="follow-ups-title">
      <h2 id="follow-ups-title">{t('followUpsTitle')}</h2>
      {problem !== null && <ErrorBox errors={errorMessage(problem)} />}
      <ul className="plain">
        {data?.items.map((f) => (
          <FollowUpRow
            key={`${f.id}.${f.dueOn}.${f.outcome ?? ''}`}
            f={f}
            edit={data.edit}
            save={(body) => void send(api.patch<TFollowUps>(`/cases/${caseId}/follow-ups/${f.id}`, body))}
          />
        ))}
      </ul>
      {data?.edit && (
        <div className="grid">
          <input
            type="date"
            aria-label={t('scheduleFollowUp')}
            value={due}
            onChange={(e) => setDue(e.target.value)}
          />
          <button
            type="button"
            className="secondary"
            disabled={!due}
            onClick={() => void send(api.post<TFollowUps>(`/cases/${caseId}/follow-ups`, { dueOn: due }))}
          >
            {t('scheduleFollowUp')}
          </button>
        </div>
      )}
    </section>
  );
}
