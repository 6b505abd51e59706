/** Users with a role in the caller's scope: create, enable/disable, add and remove roles. */
import { useCallback, useEffect, useState } from 'react';
import { api } from '../api/client.ts';
import type { Agency, Items, Me, User } from '../api/types.ts';
import { ErrorBox, Loading } from '../components/Feedback.tsx';
import { Field } from '../components/Field.tsx';
import { isSystemAdmin } from '../components/Layout.tsx';
import { useI18n } from '../i18n.ts';
import { UserForm } from './UserForm.tsx';
import { RoleGrant, RoleList } from './user-roles.tsx';

export function UsersPage({ me }: { me: Me }) {
  const { t, errorMessage } = useI18n();
  const [users, setUsers] = useState<User[] | null>(null);
  const [agencies, setAgencies] = useState<Agency[]>([]);
  const [q, setQ] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [granting, setGranting] = useState<number | null>(null);
  const national = isSystemAdmin(me);

  const load = useCallback(async () => {
    try {
      setUsers((await api.get<Items<User>>('/users', { q: q.trim() })).items);
      setError(null);
    } catch (err) {
      setError(err);
    }
  }, [q]);

  useEffect(() => {
    const timer = setTimeout(() => void load(), 200);
    return () => clearTimeout(timer);
  }, [load]);
  useEffect(() => {
    api.get<Items<Agency>>('/agencies').then(
      (r) => setAgencies(r.items.filter((a) => a.isActive)),
      () => setAgencies([]),
    );
  }, []);

  const run = async (fn: () => Promise<unknown>) => {
    setError(null);
    try {
      await fn();
      await load();
    } catch (err) {
      setError(err);
    }
  };
  const agencyName = (id: number | null) =>
    id === null ? '' : (agencies.find((a) => a.id === id)?.name ?? `#${id}`);

  return (
    <section aria-labelledby="users-title">
      <h1 id="users-title">{t('navUsers')}</h1>
      <UserForm agencies={agencies} canGrantNational={national} onCreated={() => void load()} />
      <form className="filters" role="search" onSubmit={(e) => e.preventDefault()}>
        <Field label={t('search')} className="grow">
          {(p) => (
            <input
              {...p}
              type="search"
              placeholder={t('searchUsers')}
              value={q}
              onChange={(e) => setQ(e.target.value)}
              autoComplete="off"
              data-testid="users-search"
            />
          )}
        </Field>
      </form>
      <ErrorBox errors={error ? errorMessage(error) : null} testId="users-error" />
      {users === null ? (
        error ? null : (
          <Loading />
        )
      ) : users.length === 0 ? (
        <p className="muted">{t('noResults')}</p>
      ) : (
        <table className="stack" data-testid="users-table">
          <thead>
            <tr>
              <th scope="col">{t('username')}</th>
              <th scope="col">{t('fullName')}</th>
              <th scope="col">{t('agency')}</th>
              <th scope="col">{t('roles')}</th>
              <th scope="col">{t('status')}</th>
            </tr>
          </thead>
          <tbody>
            {users.map((u) => (
              <tr
                key={u.id}
                data-testid="user-row"
                data-username={u.username}
                className={u.isActive ? '' : 'disabled'}
              >
                <td data-label={t('username')}>{u.username}</td>
                <td data-label={t('fullName')}>{u.fullName}</td>
                <td data-label={t('agency')}>{agencyName(u.agencyId)}</td>
                <td data-label={t('roles')}>
                  <RoleList
                    user={u}
                    {...(u.id !== me.id && {
                      onRemove: (r) => void run(() => api.del(`/users/${u.id}/roles/${r.id}`)),
                    })}
                  />
                  {granting === u.id ? (
                    <RoleGrant
                      user={u}
                      canGrantNational={national}
                      onDone={(changed) => {
                        setGranting(null);
                        if (changed) void load();
                      }}
                    />
                  ) : (
                    <button
                      type="button"
                      className="link"
                      onClick={() => setGranting(u.id)}
                      data-testid="role-add"
                    >
                      + {t('addRole')}
                    </button>
                  )}
                </td>
                <td data-label={t('status')}>
                  <span data-testid="user-status">{u.isActive ? t('active') : t('inactive')}</span>{' '}
                  {u.id !== me.id && (
                    <button
                      type="button"
                      className="secondary small"
                      onClick={() => void run(() => api.patch(`/users/${u.id}`, { isActive: !u.isActive }))}
                      data-testid="user-toggle-active"
                    >
                      {u.isActive ? t('deactivate') : t('activate')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
