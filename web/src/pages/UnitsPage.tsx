import { useEffect, useState } from 'react';
import { api, type Unit } from '../api.ts';
import { ErrorText } from '../components/Layout.tsx';
import { useT } from '../i18n.ts';
import { navigate } from '../router.ts';

export function UnitsPage({ query }: { query: URLSearchParams }) {
  const { t, errorText } = useT();
  const [q, setQ] = useState(query.get('q') ?? '');
  const [version, setVersion] = useState(query.get('version') ?? '2025');
  const [level, setLevel] = useState('');
  const [items, setItems] = useState<Unit[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    const timer = setTimeout(() => {
      const params = new URLSearchParams({ version, limit: '100' });
      if (q.trim()) params.set('q', q.trim());
      if (level) params.set('level', level);
      api<{ items: Unit[] }>('GET', `/units?${params.toString()}`).then(
        (r) => {
          setItems(r.items);
          setError(null);
        },
        (err: unknown) => setError(errorText(err)),
      );
    }, 200);
    return () => clearTimeout(timer);
  }, [q, version, level]);
  const levelName = (l: string) => t(l as 'province' | 'district' | 'commune');
  return (
    <section>
      <h1>{t('navUnits')}</h1>
      <div className="filters">
        <input
          type="search"
          placeholder={t('searchUnits')}
          value={q}
          onChange={(e) => setQ(e.target.value)}
          aria-label={t('searchUnits')}
          data-testid="units-search"
        />
        <label>
          {t('version')}
          <select value={version} onChange={(e) => setVersion(e.target.value)} data-testid="units-version">
            <option value="2025">{t('v2025')}</option>
            <option value="2024">{t('v2024')}</option>
          </select>
        </label>
        <label>
          {t('level')}
          <select value={level} onChange={(e) => setLevel(e.target.value)} data-testid="units-level">
            <option value="">{t('allLevels')}</option>
            <option value="province">{t('province')}</option>
            {version === '2024' && <option value="district">{t('district')}</option>}
            <option value="commune">{t('commune')}</option>
          </select>
        </label>
      </div>
      <ErrorText text={error} />
      {items === null ? (
        <p className="muted">{t('loading')}</p>
      ) : items.length === 0 ? (
        <p className="muted">{t('noResults')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th>{t('name')}</th>
              <th>{t('level')}</th>
              <th>{t('code')}</th>
              <th>{t('province')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((u) => (
              <tr
                key={u.id}
                className="clickable"
                onClick={() => navigate(`/units/${u.id}`)}
                data-testid="unit-row"
              >
                <td>
                  <a href={`#/units/${u.id}`}>{u.fullName}</a>
                </td>
                <td>{levelName(u.level)}</td>
                <td>{u.code}</td>
                <td>{u.level === 'province' ? '' : u.provinceName}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
