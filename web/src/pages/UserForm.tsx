import { useState, type FormEvent } from 'react';
import { api, type Agency } from '../api.ts';
import { ErrorText } from '../components/Layout.tsx';
import { UnitPicker } from '../components/UnitPicker.tsx';
import { ROLE_LABELS, useT } from '../i18n.ts';

interface RoleRow {
  role: string;
  unitId: number | null;
}

export function UserForm({
  agencies,
  canGrantSystem,
  onCreated,
}: {
  agencies: Agency[];
  canGrantSystem: boolean;
  onCreated: () => void;
}) {
  const { t, pick, errorText } = useT();
  const empty = { username: '', fullName: '', password: '', agencyId: '' };
  const [form, setForm] = useState(empty);
  const [roles, setRoles] = useState<RoleRow[]>([{ role: 'viewer', unitId: null }]);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    setNotice(null);
    try {
      await api('POST', '/users', {
        username: form.username,
        fullName: form.fullName,
        password: form.password,
        agencyId: form.agencyId ? Number(form.agencyId) : null,
        roles: roles.map((r) => ({ role: r.role, unitId: r.role === 'system_admin' ? null : r.unitId })),
      });
      setForm(empty);
      setRoles([{ role: 'viewer', unitId: null }]);
      setNotice(t('created'));
      onCreated();
    } catch (err) {
      setError(errorText(err));
    }
  };
  const setRole = (i: number, patch: Partial<RoleRow>) =>
    setRoles(roles.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <form className="card" onSubmit={(e) => void submit(e)} data-testid="user-form">
      <h2>{t('createUser')}</h2>
      <div className="grid">
        <label>
          {t('username')}
          <input
            value={form.username}
            onChange={(e) => setForm({ ...form, username: e.target.value })}
            required
            data-testid="user-username"
          />
        </label>
        <label>
          {t('fullName')}
          <input
            value={form.fullName}
            onChange={(e) => setForm({ ...form, fullName: e.target.value })}
            required
            data-testid="user-fullname"
          />
        </label>
        <label>
          {t('password')}
          <input
            type="password"
            value={form.password}
            onChange={(e) => setForm({ ...form, password: e.target.value })}
            autoComplete="new-password"
            required
            data-testid="user-password"
          />
        </label>
        <label>
          {t('agency')}
          <select
            value={form.agencyId}
            onChange={(e) => setForm({ ...form, agencyId: e.target.value })}
            data-testid="user-agency"
          >
            <option value="">{t('none')}</option>
            {agencies.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </label>
      </div>
      <fieldset>
        <legend>{t('roles')}</legend>
        {roles.map((r, i) => (
          <div className="inline" key={i} data-testid="user-role-row">
            <select
              value={r.role}
              onChange={(e) => setRole(i, { role: e.target.value })}
              aria-label={t('role')}
              data-testid={`user-role-${i}`}
            >
              {Object.entries(ROLE_LABELS)
                .filter(([k]) => canGrantSystem || k !== 'system_admin')
                .map(([k, pair]) => (
                  <option key={k} value={k}>
                    {pick(pair, k)}
                  </option>
                ))}
            </select>
            {r.role !== 'system_admin' && (
              <UnitPicker
                value={r.unitId}
                onChange={(unitId) => setRole(i, { unitId })}
                testId={`user-role-unit-${i}`}
              />
            )}
            {roles.length > 1 && (
              <button
                type="button"
                className="link"
                onClick={() => setRoles(roles.filter((_, j) => j !== i))}
              >
                {t('remove')}
              </button>
            )}
          </div>
        ))}
        <button
          type="button"
          className="link"
          onClick={() => setRoles([...roles, { role: 'viewer', unitId: null }])}
        >
          + {t('addRole')}
        </button>
      </fieldset>
      <ErrorText text={error} />
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      <button type="submit" data-testid="user-submit">
        {t('create')}
      </button>
    </form>
  );
}
