import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { api, type Agency, type Me } from '../api.ts';
import { ErrorText, isAdmin } from '../components/Layout.tsx';
import { UnitPicker } from '../components/UnitPicker.tsx';
import { AGENCY_KIND_LABELS, useT } from '../i18n.ts';

export function AgenciesPage({ me }: { me: Me }) {
  const { t, pick, errorText } = useT();
  const [items, setItems] = useState<Agency[]>([]);
  const [q, setQ] = useState('');
  const [form, setForm] = useState({ name: '', kind: 'womens_union', unitId: null as number | null });
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const load = useCallback(() => {
    api<{ items: Agency[] }>('GET', `/agencies${q ? `?q=${encodeURIComponent(q)}` : ''}`).then(
      (r) => setItems(r.items),
      (err: unknown) => setError(errorText(err)),
    );
  }, [q]);
  useEffect(load, [load]);
  const create = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    setNotice(null);
    try {
      await api('POST', '/agencies', { name: form.name, kind: form.kind, unitId: form.unitId ?? 0 });
      setForm({ ...form, name: '' });
      setNotice(t('created'));
      load();
    } catch (err) {
      setError(errorText(err));
    }
  };
  const toggle = async (a: Agency) => {
    try {
      await api('PATCH', `/agencies/${a.id}`, { isActive: !a.isActive });
      load();
    } catch (err) {
      setError(errorText(err));
    }
  };
  return (
    <section>
      <h1>{t('navAgencies')}</h1>
      {isAdmin(me) && (
        <form className="card" onSubmit={(e) => void create(e)} data-testid="agency-form">
          <h2>{t('createAgency')}</h2>
          <div className="grid">
            <label>
              {t('name')}
              <input
                value={form.name}
                onChange={(e) => setForm({ ...form, name: e.target.value })}
                required
                data-testid="agency-name"
              />
            </label>
            <label>
              {t('kind')}
              <select
                value={form.kind}
                onChange={(e) => setForm({ ...form, kind: e.target.value })}
                data-testid="agency-kind"
              >
                {Object.entries(AGENCY_KIND_LABELS).map(([k, pair]) => (
                  <option key={k} value={k}>
                    {pick(pair, k)}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('unit')}
              <UnitPicker
                value={form.unitId}
                onChange={(unitId) => setForm({ ...form, unitId })}
                testId="agency-unit"
              />
            </label>
          </div>
          <ErrorText text={error} />
          {notice && (
            <p className="notice" role="status">
              {notice}
            </p>
          )}
          <button type="submit" data-testid="agency-submit">
            {t('create')}
          </button>
        </form>
      )}
      <div className="filters">
        <input
          type="search"
          placeholder={t('search')}
          value={q}
          onChange={(e) => setQ(e.target.value)}
          aria-label={t('search')}
          data-testid="agencies-search"
        />
      </div>
      {items.length === 0 ? (
        <p className="muted">{t('noResults')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th>{t('name')}</th>
              <th>{t('kind')}</th>
              <th>{t('unit')}</th>
              <th>{t('status')}</th>
              {isAdmin(me) && <th />}
            </tr>
          </thead>
          <tbody>
            {items.map((a) => (
              <tr key={a.id} data-testid="agency-row">
                <td>{a.name}</td>
                <td>{pick(AGENCY_KIND_LABELS[a.kind], a.kind)}</td>
                <td>{a.unitName}</td>
                <td>{a.isActive ? t('active') : t('inactive')}</td>
                {isAdmin(me) && (
                  <td>
                    <button type="button" className="link" onClick={() => void toggle(a)}>
                      {a.isActive ? t('deactivate') : t('activate')}
                    </button>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
