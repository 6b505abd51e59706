import { useEffect, useState } from 'react';
import { api, type Unit } from '../api.ts';
import { ErrorText } from '../components/Layout.tsx';
import { formatDate, useT } from '../i18n.ts';

interface Lineage {
  predecessors: { unit: Unit; part: 'full' | 'partial' }[];
  successors: { unit: Unit; part: 'full' | 'partial' }[];
  resolution: string | null;
  effectiveDate: string | null;
  changes: {
    effectiveDate: string;
    fullNameBefore: string;
    fullNameAfter: string;
    resolution: string | null;
  }[];
}

function UnitLink({ u }: { u: Unit }) {
  return <a href={`#/units/${u.id}`}>{u.fullName}</a>;
}

function LinkList({
  title,
  links,
  testId,
}: {
  title: string;
  links: Lineage['predecessors'];
  testId: string;
}) {
  const { t } = useT();
  return (
    <div>
      <h3>{title}</h3>
      {links.length === 0 ? (
        <p className="muted">{t('none')}</p>
      ) : (
        <ul data-testid={testId}>
          {links.map((l) => (
            <li key={l.unit.id}>
              <UnitLink u={l.unit} /> <span className="muted">({t(l.part)})</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function UnitDetailPage({ id }: { id: number }) {
  const { t, errorText } = useT();
  const [data, setData] = useState<{ unit: Unit; ancestors: Unit[]; childCount: number } | null>(null);
  const [children, setChildren] = useState<Unit[]>([]);
  const [lineage, setLineage] = useState<Lineage | null>(null);
  const [date, setDate] = useState('2025-06-30');
  const [onDate, setOnDate] = useState<Unit[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setOnDate(null);
    Promise.all([
      api<{ unit: Unit; ancestors: Unit[]; childCount: number }>('GET', `/units/${id}`),
      api<{ items: Unit[] }>('GET', `/units/${id}/children`),
      api<Lineage>('GET', `/units/${id}/lineage`),
    ]).then(
      ([d, c, l]) => {
        setData(d);
        setChildren(c.items);
        setLineage(l);
        setError(null);
      },
      (err: unknown) => setError(errorText(err)),
    );
  }, [id]);
  const showOnDate = async () => {
    try {
      setOnDate((await api<{ units: Unit[] }>('GET', `/units/${id}/on?date=${date}`)).units);
    } catch (err) {
      setError(errorText(err));
    }
  };
  if (error) return <ErrorText text={error} />;
  if (!data || !lineage) return <p className="muted">{t('loading')}</p>;
  const u = data.unit;
  return (
    <section>
      <nav className="crumbs" aria-label="breadcrumbs">
        <a href="#/units">{t('navUnits')}</a>
        {data.ancestors.map((a) => (
          <span key={a.id}>
            {' › '}
            <UnitLink u={a} />
          </span>
        ))}
      </nav>
      <h1 data-testid="unit-title">{u.fullName}</h1>
      <dl className="facts">
        <dt>{t('code')}</dt>
        <dd>{u.code}</dd>
        <dt>{t('level')}</dt>
        <dd>{t(u.level)}</dd>
        <dt>{t('version')}</dt>
        <dd>{u.version === '2025' ? t('v2025') : t('v2024')}</dd>
        <dt>{t('validity')}</dt>
        <dd>
          {formatDate(u.validFrom) || '…'} – {formatDate(u.validTo) || '…'}
        </dd>
      </dl>
      <h2>{t('lineage')}</h2>
      <div className="two" data-testid="lineage">
        <LinkList title={t('formedFrom')} links={lineage.predecessors} testId="predecessors" />
        <LinkList title={t('becameTo')} links={lineage.successors} testId="successors" />
      </div>
      {(lineage.resolution || lineage.effectiveDate) && (
        <p>
          {lineage.resolution && (
            <>
              {t('resolution')}: {lineage.resolution}.{' '}
            </>
          )}
          {lineage.effectiveDate && (
            <>
              {t('effectiveDate')}: {formatDate(lineage.effectiveDate)}
            </>
          )}
        </p>
      )}
      {lineage.changes.length > 0 && (
        <>
          <h3>{t('changes')}</h3>
          <ul>
            {lineage.changes.map((c) => (
              <li key={c.effectiveDate}>
                {formatDate(c.effectiveDate)}: {c.fullNameBefore} → {c.fullNameAfter}{' '}
                {c.resolution ? `(${c.resolution})` : ''}
              </li>
            ))}
          </ul>
        </>
      )}
      <div className="filters">
        <label>
          {t('viewOnDate')}
          <input type="date" value={date} onChange={(e) => setDate(e.target.value)} data-testid="on-date" />
        </label>
        <button type="button" onClick={() => void showOnDate()} data-testid="on-date-submit">
          {t('view')}
        </button>
      </div>
      {onDate && (
        <div data-testid="on-date-result">
          <h3>
            {t('unitsOnDate')} {formatDate(date)}
          </h3>
          <ul>
            {onDate.map((x) => (
              <li key={x.id}>
                <UnitLink u={x} /> <span className="muted">({x.version})</span>
              </li>
            ))}
          </ul>
        </div>
      )}
      {children.length > 0 && (
        <>
          <h2>
            {t('children')} ({data.childCount})
          </h2>
          <ul className="columns" data-testid="children">
            {children.map((c) => (
              <li key={c.id}>
                <UnitLink u={c} />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
