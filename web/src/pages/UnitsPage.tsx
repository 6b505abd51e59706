/**
 * Administrative units: search by name (diacritic-insensitive, server-side), by version and
 * level. Without a query the provinces of the version are listed.
 */
import { useEffect, useState } from 'react';
import { api } from '../api/client.ts';
import type { Items, UnitLevel, UnitListItem, UnitVersion } from '../api/types.ts';
import { Loading, PageError } from '../components/Feedback.tsx';
import { Field } from '../components/Field.tsx';
import { useI18n } from '../i18n.ts';
import { UNIT_TYPE_LABELS } from '../labels.ts';
import { navigate, replaceQuery } from '../router.ts';
import { levelKey } from './unit-parts.tsx';

const LIMIT = 100;

export function UnitsPage({ query }: { query: URLSearchParams }) {
  const { t, pick } = useI18n();
  const [q, setQ] = useState(query.get('q') ?? '');
  const [version, setVersion] = useState<UnitVersion>(query.get('version') === '2024' ? '2024' : '2025');
  const [level, setLevel] = useState<UnitLevel | ''>(() => {
    const l = query.get('level');
    return l === 'province' || l === 'district' || l === 'commune' ? l : '';
  });
  const [items, setItems] = useState<UnitListItem[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);

  const term = q.trim();
  // Without a name, only provinces make a useful list (a whole country of communes does not).
  const browsing = term === '';
  const waiting = browsing && (level === 'district' || level === 'commune');

  useEffect(() => {
    replaceQuery('/units', { q: term, version: version === '2025' ? '' : version, level });
    if (waiting) {
      setItems([]);
      return;
    }
    let live = true;
    const timer = setTimeout(
      () => {
        const params = browsing
          ? { version, level: 'province', limit: LIMIT }
          : { version, q: term, level, limit: LIMIT };
        api.get<Items<UnitListItem>>('/units', params).then(
          (r) => {
            if (!live) return;
            setItems(r.items);
            setError(null);
          },
          (err: unknown) => {
            if (live) setError(err);
          },
        );
      },
      browsing ? 0 : 200,
    );
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [term, version, level, browsing, waiting, attempt]);

  const changeVersion = (v: UnitVersion) => {
    setVersion(v);
    if (v === '2025' && level === 'district') setLevel('');
  };

  return (
    <section aria-labelledby="units-title">
      <h1 id="units-title">{t('navUnits')}</h1>
      <form
        className="filters"
        role="search"
        onSubmit={(e) => e.preventDefault()}
        data-testid="units-filters"
      >
        <Field label={t('searchUnitsLabel')} className="grow">
          {(p) => (
            <input
              {...p}
              type="search"
              placeholder={t('searchUnits')}
              value={q}
              onChange={(e) => setQ(e.target.value)}
              autoComplete="off"
              data-testid="units-search"
            />
          )}
        </Field>
        <Field label={t('version')}>
          {(p) => (
            <select
              {...p}
              value={version}
              onChange={(e) => changeVersion(e.target.value === '2024' ? '2024' : '2025')}
              data-testid="units-version"
            >
              <option value="2025">{t('v2025')}</option>
              <option value="2024">{t('v2024')}</option>
            </select>
          )}
        </Field>
        <Field label={t('level')}>
          {(p) => (
            <select
              {...p}
              value={level}
              onChange={(e) => setLevel(e.target.value as UnitLevel | '')}
              data-testid="units-level"
            >
              <option value="">{t('allLevels')}</option>
              <option value="province">{t('province')}</option>
              {version === '2024' && <option value="district">{t('district')}</option>}
              <option value="commune">{t('commune')}</option>
            </select>
          )}
        </Field>
      </form>
      {error ? (
        <PageError error={error} onRetry={() => setAttempt(attempt + 1)} />
      ) : waiting ? (
        <p className="muted" data-testid="units-hint">
          {t('typeToSearch')}
        </p>
      ) : items === null ? (
        <Loading />
      ) : items.length === 0 ? (
        <p className="muted" data-testid="units-empty">
          {t('noResults')}
        </p>
      ) : (
        <>
          <p className="muted" aria-live="polite" data-testid="units-count">
            {browsing ? t('provincesOf', { n: items.length }) : t('resultCount', { n: items.length })}
            {items.length >= LIMIT ? ` ${t('tooMany', { n: LIMIT })}` : ''}
          </p>
          <table className="stack" data-testid="units-table">
            <thead>
              <tr>
                <th scope="col">{t('unitFullName')}</th>
                <th scope="col">{t('type')}</th>
                <th scope="col">{t('level')}</th>
                <th scope="col">{t('code')}</th>
                <th scope="col">{t('province')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((u) => (
                <tr
                  key={u.id}
                  className="clickable"
                  onClick={() => navigate(`/units/${u.id}`)}
                  data-testid="unit-row"
                  data-unit-id={u.id}
                >
                  <td data-label={t('unitFullName')}>
                    <a href={`#/units/${u.id}`} onClick={(e) => e.stopPropagation()}>
                      {u.fullName}
                    </a>
                    {u.parentName && u.parentId !== u.provinceId && (
                      <span className="sub">{u.parentName}</span>
                    )}
                  </td>
                  <td data-label={t('type')}>{pick(UNIT_TYPE_LABELS[u.type], u.type)}</td>
                  <td data-label={t('level')}>{t(levelKey(u.level))}</td>
                  <td data-label={t('code')}>{u.code}</td>
                  <td data-label={t('province')}>{u.level === 'province' ? '' : u.provinceName}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
