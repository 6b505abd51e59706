import { useCallback, useEffect, useState } from 'react';
import { api, type Agency, type Me, type User } from '../api.ts';
import { ErrorText } from '../components/Layout.tsx';
import { UnitPicker } from '../components/UnitPicker.tsx';
import { ROLE_LABELS, useT } from '../i18n.ts';
import { UserForm } from './UserForm.tsx';

export function UsersPage({ me }: { me: Me }) {
  const { t, pick, errorText } = useT();
  const [users, setUsers] = useState<User[]>([]);
  const [agencies, setAgencies] = useState<Agency[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [grant, setGrant] = useState<{ userId: number; role: string; unitId: number | null } | null>(null);
  const load = useCallback(() => {
    api<{ items: User[] }>('GET', '/users').then(
      (r) => setUsers(r.items),
      (err: unknown) => setError(errorText(err)),
    );
  }, []);
  useEffect(() => {
    load();
    api<{ items: Agency[] }>('GET', '/agencies').then(
      (r) => setAgencies(r.items),
      () => undefined,
    );
  }, [load]);
  const run = async (fn: () => Promise<unknown>) => {
    setError(null);
    try {
      await fn();
      load();
    } catch (err) {
      setError(errorText(err));
    }
  };
  const agencyName = (id: number | null) => agencies.find((a) => a.id === id)?.name ?? '';
  const isSystem = me.roles.some((r) => r.role === 'system_admin');
  return (
    <section>
      <h1>{t('navUsers')}</h1>
      <UserForm agencies={agencies} canGrantSystem={isSystem} onCreated={load} />
      <ErrorText text={error} />
      <table>
        <thead>
          <tr>
            <th>{t('username')}</th>
            <th>{t('fullName')}</th>
            <th>{t('agency')}</th>
            <th>{t('roles')}</th>
            <th>{t('status')}</th>
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <tr key={u.id} data-testid="user-row">
              <td>{u.username}</td>
              <td>{u.fullName}</td>
              <td>{agencyName(u.agencyId)}</td>
              <td>
                <ul className="plain">
                  {u.roles.map((r) => (
                    <li key={r.id}>
                      {pick(ROLE_LABELS[r.role], r.role)} — {r.unitName ?? t('national')}{' '}
                      <button
                        type="button"
                        className="link"
                        onClick={() => void run(() => api('DELETE', `/users/${u.id}/roles/${r.id}`))}
                      >
                        {t('remove')}
                      </button>
                    </li>
                  ))}
                </ul>
                {grant?.userId === u.id ? (
                  <span className="inline">
                    <select
                      value={grant.role}
                      onChange={(e) => setGrant({ ...grant, role: e.target.value })}
                      aria-label={t('role')}
                    >
                      {Object.entries(ROLE_LABELS)
                        .filter(([k]) => isSystem || k !== 'system_admin')
                        .map(([k, pair]) => (
                          <option key={k} value={k}>
                            {pick(pair, k)}
                          </option>
                        ))}
                    </select>
                    {grant.role !== 'system_admin' && (
                      <UnitPicker
                        value={grant.unitId}
                        onChange={(unitId) => setGrant({ ...grant, unitId })}
                        testId="grant-unit"
                      />
                    )}
                    <button
                      type="button"
                      onClick={() =>
                        void run(async () => {
                          await api('POST', `/users/${u.id}/roles`, {
                            role: grant.role,
                            unitId: grant.role === 'system_admin' ? null : grant.unitId,
                          });
                          setGrant(null);
                        })
                      }
                    >
                      {t('save')}
                    </button>
                  </span>
                ) : (
                  <button
                    type="button"
                    className="link"
                    onClick={() => setGrant({ userId: u.id, role: 'viewer', unitId: null })}
                  >
                    {t('addRole')}
                  </button>
                )}
              </td>
              <td>
                {u.isActive ? t('active') : t('inactive')}{' '}
                {u.id !== me.id && (
                  <button
                    type="button"
                    className="link"
                    onClick={() => void run(() => api('PATCH', `/users/${u.id}`, { isActive: !u.isActive }))}
                  >
                    {u.isActive ? t('deactivate') : t('activate')}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
