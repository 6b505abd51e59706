/** One administrative unit: where it sits, what it contains, what it was formed from or became. */
import { useEffect, useState } from 'react';
import { api } from '../api/client.ts';
import type { Items, Lineage, Unit, UnitDetail } from '../api/types.ts';
import { Loading, PageError } from '../components/Feedback.tsx';
import { formatDate } from '../format.ts';
import { useI18n } from '../i18n.ts';
import { UNIT_TYPE_LABELS } from '../labels.ts';
import { LineageList, UnitLink, UnitOnDate, Validity, levelKey } from './unit-parts.tsx';

interface Loaded {
  detail: UnitDetail;
  children: Unit[];
  lineage: Lineage;
}

export function UnitDetailPage({ id }: { id: number }) {
  const { t, pick } = useI18n();
  const [data, setData] = useState<Loaded | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    setData(null);
    setError(null);
    Promise.all([
      api.get<UnitDetail>(`/units/${id}`),
      api.get<Items<Unit>>(`/units/${id}/children`),
      api.get<Lineage>(`/units/${id}/lineage`),
    ]).then(
      ([detail, children, lineage]) => {
        if (live) setData({ detail, children: children.items, lineage });
      },
      (err: unknown) => {
        if (live) setError(err);
      },
    );
    return () => {
      live = false;
    };
  }, [id, attempt]);

  if (error) return <PageError error={error} onRetry={() => setAttempt(attempt + 1)} />;
  if (!data) return <Loading />;
  const { unit: u, ancestors, childCount } = data.detail;
  const { lineage, children } = data;
  const parent = ancestors.find((a) => a.id === u.parentId);
  const province = ancestors.find((a) => a.id === u.provinceId && a.id !== u.id);
  const changes = lineage.changes ?? [];

  return (
    <article aria-labelledby="unit-title">
      <nav className="crumbs" aria-label={t('breadcrumbs')} data-testid="breadcrumbs">
        <ol>
          <li>
            <a href="#/units">{t('navUnits')}</a>
          </li>
          {ancestors.map((a) => (
            <li key={a.id}>
              <UnitLink unit={a} />
            </li>
          ))}
          <li aria-current="page">{u.fullName}</li>
        </ol>
      </nav>
      <h1 id="unit-title" data-testid="unit-title">
        {u.fullName}
      </h1>
      <dl className="facts" data-testid="unit-facts">
        <dt>{t('name')}</dt>
        <dd>{u.name}</dd>
        <dt>{t('type')}</dt>
        <dd>{pick(UNIT_TYPE_LABELS[u.type], u.type)}</dd>
        <dt>{t('level')}</dt>
        <dd>{t(levelKey(u.level))}</dd>
        <dt>{t('code')}</dt>
        <dd>{u.code}</dd>
        <dt>{t('version')}</dt>
        <dd>{u.version === '2025' ? t('v2025') : t('v2024')}</dd>
        <dt>{t('validity')}</dt>
        <dd>
          <Validity unit={u} />
        </dd>
        {parent && (
          <>
            <dt>{t('parent')}</dt>
            <dd>
              <UnitLink unit={parent} />
            </dd>
          </>
        )}
        {province && province.id !== parent?.id && (
          <>
            <dt>{t('province')}</dt>
            <dd>
              <UnitLink unit={province} />
            </dd>
          </>
        )}
      </dl>

      <section aria-labelledby="lineage-title" className="card">
        <h2 id="lineage-title">{t('lineage')}</h2>
        <div className="two" data-testid="lineage">
          <LineageList title={t('formedFrom')} links={lineage.predecessors} testId="predecessors" />
          <LineageList title={t('becameTo')} links={lineage.successors} testId="successors" />
        </div>
        {(lineage.resolution || lineage.effectiveDate) && (
          <dl className="facts" data-testid="lineage-basis">
            {lineage.resolution && (
              <>
                <dt>{t('resolution')}</dt>
                <dd>{lineage.resolution}</dd>
              </>
            )}
            {lineage.effectiveDate && (
              <>
                <dt>{t('effectiveDate')}</dt>
                <dd>{formatDate(lineage.effectiveDate)}</dd>
              </>
            )}
          </dl>
        )}
        {changes.length > 0 && (
          <>
            <h3>{t('changes')}</h3>
            <ul data-testid="unit-changes">
              {changes.map((c) => (
                <li key={`${c.effectiveDate}-${c.fullNameAfter}`}>
                  {formatDate(c.effectiveDate)}: {c.fullNameBefore} → {c.fullNameAfter}
                  {c.resolution ? ` (${t('resolution')} ${c.resolution})` : ''}
                </li>
              ))}
            </ul>
          </>
        )}
        <UnitOnDate key={u.id} unit={u} />
      </section>

      <section aria-labelledby="children-title">
        <h2 id="children-title">{t('children', { n: childCount })}</h2>
        {children.length === 0 ? (
          <p className="muted">{t('none')}</p>
        ) : (
          <ul className="columns" data-testid="children">
            {children.map((c) => (
              <li key={c.id}>
                <UnitLink unit={c} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </article>
  );
}
