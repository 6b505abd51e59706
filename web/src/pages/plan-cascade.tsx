/**
 * The cascade of an issued plan, as its issuer sees it: the lower units that must answer with their
 * own implementing plan, which have (with links to those plans), which have not, and which are late.
 */
import { useEffect, useState } from 'react';
import { api } from '../api/client.ts';
import type { Cascade } from '../api/plan-types.ts';
import { PageError } from '../components/Feedback.tsx';
import { formatDate } from '../format.ts';
import { useI18n } from '../i18n.ts';

export function PlanCascade({ planId }: { planId: number }) {
  const { t } = useI18n();
  const [data, setData] = useState<Cascade | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);
  const [onlyMissing, setOnlyMissing] = useState(false);

  useEffect(() => {
    let live = true;
    api.get<Cascade>(`/plans/${planId}/cascade`).then(
      (r) => {
        if (live) setData(r);
      },
      (err: unknown) => {
        if (live) setError(err);
      },
    );
    return () => {
      live = false;
    };
  }, [planId, attempt]);

  if (error) return <PageError error={error} onRetry={() => setAttempt(attempt + 1)} />;
  if (!data || data.expected === 0) return null;
  const rows = onlyMissing ? data.items.filter((i) => !i.answered) : data.items;
  const late = data.items.filter((i) => i.overdue).length;

  return (
    <section aria-labelledby="cascade-title" className="card" data-testid="plan-cascade">
      <h2 id="cascade-title">{t('cascadeTitle')}</h2>
      <p data-testid="cascade-summary">
        {t('cascadeSummary', { answered: data.answered, expected: data.expected })}
        {late > 0 && (
          <>
            {' '}
            <span className="badge overdue" data-testid="cascade-late">
              {t('cascadeLate', { n: late })}
            </span>
          </>
        )}
      </p>
      <div className="field check">
        <label>
          <input
            type="checkbox"
            checked={onlyMissing}
            onChange={(e) => setOnlyMissing(e.target.checked)}
            data-testid="cascade-only-missing"
          />{' '}
          {t('cascadeOnlyMissing')}
        </label>
      </div>
      <table className="tasks">
        <thead>
          <tr>
            <th scope="col">{t('unit')}</th>
            <th scope="col">{t('cascadeDue')}</th>
            <th scope="col">{t('cascadeAnswer')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr
              key={r.unitId}
              className={r.overdue ? 'overdue' : undefined}
              data-testid="cascade-row"
              data-answered={r.answered}
            >
              <td data-label={t('unit')}>
                <a href={`#/units/${r.unitId}`}>{r.unitName}</a>
              </td>
              <td data-label={t('cascadeDue')}>
                {r.dueDate ? formatDate(r.dueDate) : <span className="muted">{t('noDueDate')}</span>}
                {r.overdue && (
                  <>
                    {' '}
                    <span className="badge overdue">{t('overdue')}</span>
                  </>
                )}
              </td>
              <td data-label={t('cascadeAnswer')}>
                {r.answers.length === 0 ? (
                  <span className="muted" data-testid="cascade-missing">
                    {t('cascadeNotYet')}
                  </span>
                ) : (
                  <ul className="plain">
                    {r.answers.map((a) => (
                      <li key={a.id}>
                        <a href={`#/plans/${a.id}`} data-testid="cascade-answer">
                          {a.title}
                        </a>
                      </li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
