/** Plans in the caller's scope, by status and by words of the title or document number. */
import { useEffect, useState } from 'react';
import { api } from '../api/client.ts';
import { PLAN_STATUSES, type Plan, type PlanStatus } from '../api/plan-types.ts';
import type { Items, Me } from '../api/types.ts';
import { Loading, PageError } from '../components/Feedback.tsx';
import { Field } from '../components/Field.tsx';
import { formatDate } from '../format.ts';
import { useI18n } from '../i18n.ts';
import { PLAN_STATUS_LABELS } from '../labels.ts';
import { navigate, replaceQuery } from '../router.ts';
import { may } from './plan-access.ts';
import { StatusBadge } from './plan-parts.tsx';
import { AwaitingPlans } from './plans-awaiting.tsx';

const isStatus = (s: string | null): s is PlanStatus => PLAN_STATUSES.some((x) => x === s);

export function PlansPage({ me, query }: { me: Me; query: URLSearchParams }) {
  const { t, pick } = useI18n();
  const [q, setQ] = useState(query.get('q') ?? '');
  const [status, setStatus] = useState<PlanStatus | ''>(() => {
    const s = query.get('status');
    return isStatus(s) ? s : '';
  });
  const [items, setItems] = useState<Plan[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);
  const term = q.trim();

  useEffect(() => {
    replaceQuery('/plans', { q: term, status });
    let live = true;
    const timer = setTimeout(() => {
      api.get<Items<Plan>>('/plans', { q: term, status }).then(
        (r) => {
          if (!live) return;
          setItems(r.items);
          setError(null);
        },
        (err: unknown) => {
          if (live) setError(err);
        },
      );
    }, 200);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [term, status, attempt]);

  return (
    <section aria-labelledby="plans-title">
      <div className="title-row">
        <h1 id="plans-title">{t('navPlans')}</h1>
        {may(me, 'create') && (
          <a className="button" href="#/plans/import" data-testid="plans-import">
            {t('importPlan')}
          </a>
        )}
      </div>
      <AwaitingPlans canAnswer={may(me, 'create')} />
      <form
        className="filters"
        role="search"
        onSubmit={(e) => e.preventDefault()}
        data-testid="plans-filters"
      >
        <Field label={t('search')} className="grow">
          {(p) => (
            <input
              {...p}
              type="search"
              placeholder={t('searchPlans')}
              value={q}
              onChange={(e) => setQ(e.target.value)}
              autoComplete="off"
              data-testid="plans-search"
            />
          )}
        </Field>
        <Field label={t('status')}>
          {(p) => (
            <select
              {...p}
              value={status}
              onChange={(e) => setStatus(isStatus(e.target.value) ? e.target.value : '')}
              data-testid="plans-status"
            >
              <option value="">{t('allStatuses')}</option>
              {PLAN_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {pick(PLAN_STATUS_LABELS[s], s)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </form>
      {error ? (
        <PageError error={error} onRetry={() => setAttempt(attempt + 1)} />
      ) : items === null ? (
        <Loading />
      ) : items.length === 0 ? (
        <p className="muted" data-testid="plans-empty">
          {t('noResults')}
        </p>
      ) : (
        <table className="stack plans" data-testid="plans-table">
          <thead>
            <tr>
              <th scope="col">{t('planTitle')}</th>
              <th scope="col">{t('documentNumber')}</th>
              <th scope="col">{t('unit')}</th>
              <th scope="col">{t('issuedOn')}</th>
              <th scope="col">{t('status')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((p) => (
              <tr
                key={p.id}
                className="clickable"
                onClick={() => navigate(`/plans/${p.id}`)}
                data-testid="plan-row"
                data-plan-id={p.id}
              >
                <td data-label={t('planTitle')}>
                  <a href={`#/plans/${p.id}`} onClick={(e) => e.stopPropagation()}>
                    {p.title}
                  </a>
                </td>
                <td data-label={t('documentNumber')}>{p.documentNumber ?? ''}</td>
                <td data-label={t('unit')}>{p.unitName}</td>
                <td data-label={t('issuedOn')}>{formatDate(p.issuedOn)}</td>
                <td data-label={t('status')}>
                  <StatusBadge status={p.status} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
