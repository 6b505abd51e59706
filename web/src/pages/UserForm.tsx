/** Creating a user: account, agency, and one or more roles each scoped to a unit. */
import { useState, type FormEvent } from 'react';
import { api } from '../api/client.ts';
import type { Agency, Role, User } from '../api/types.ts';
import { FormFeedback, LocalErrors, useFormErrors } from '../components/Feedback.tsx';
import { useFormProblem } from '../components/form-focus.ts';
import { Field } from '../components/Field.tsx';
import type { PickedUnit } from '../components/UnitPicker.tsx';
import { useI18n, type Key } from '../i18n.ts';
import { RoleFields } from './user-roles.tsx';

interface RoleRow {
  key: number;
  role: Role;
  unit: PickedUnit | null;
}

type TextKey = 'username' | 'fullName' | 'password';
const EMPTY = { username: '', fullName: '', password: '', agencyId: '' };
let rowKey = 0;
const newRow = (): RoleRow => ({ key: ++rowKey, role: 'viewer', unit: null });

export function UserForm({
  agencies,
  canGrantNational,
  onCreated,
}: {
  agencies: Agency[];
  /** System administrators may grant system_admin and roles over the whole country. */
  canGrantNational: boolean;
  onCreated: (u: User) => void;
}) {
  const { t } = useI18n();
  const [form, setForm] = useState(EMPTY);
  const [roles, setRoles] = useState<RoleRow[]>(() => [newRow()]);
  const { problem, setProblem, ref } = useFormProblem();
  const [created, setCreated] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const errors = useFormErrors(problem);

  const labels: Record<string, string> = {
    username: t('username'),
    fullName: t('fullName'),
    password: t('password'),
    agencyId: t('agency'),
    roles: t('roles'),
  };
  roles.forEach((_, i) => {
    labels[`roles.${i}.role`] = `${t('roleN', { n: i + 1 })} – ${t('role')}`;
    labels[`roles.${i}.unitId`] = `${t('roleN', { n: i + 1 })} – ${t('unit')}`;
  });

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setCreated(null);
    const local: Record<string, Key> = {};
    for (const k of ['username', 'fullName', 'password'] as TextKey[])
      if (!form[k].trim()) local[k] = 'required';
    roles.forEach((r, i) => {
      if (r.role !== 'system_admin' && !r.unit && !canGrantNational)
        local[`roles.${i}.unitId`] = 'unitRequired';
    });
    const check = new LocalErrors(local);
    if (check.any) {
      setProblem(check);
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      const { user } = await api.post<{ user: User }>('/users', {
        username: form.username.trim(),
        fullName: form.fullName.trim(),
        password: form.password,
        agencyId: form.agencyId ? Number(form.agencyId) : null,
        roles: roles.map((r) => ({
          role: r.role,
          unitId: r.role === 'system_admin' ? null : (r.unit?.id ?? null),
        })),
      });
      setForm(EMPTY);
      setRoles([newRow()]);
      setCreated(user.username);
      onCreated(user);
    } catch (err) {
      setProblem(err);
    } finally {
      setBusy(false);
    }
  };

  const text = (
    key: TextKey,
    testId: string,
    extra: { type?: string; autoComplete: string; hint?: string },
  ) => (
    <Field
      label={labels[key] ?? key}
      hint={extra.hint}
      error={errors?.fields[key]}
      errorTestId={`${testId}-error`}
    >
      {(p) => (
        <input
          {...p}
          type={extra.type ?? 'text'}
          value={form[key]}
          onChange={(e) => setForm({ ...form, [key]: e.target.value })}
          autoComplete={extra.autoComplete}
          required
          data-testid={testId}
        />
      )}
    </Field>
  );
  const setRow = (i: number, patch: Partial<RoleRow>) =>
    setRoles(roles.map((r, j) => (j === i ? { ...r, ...patch } : r)));

  return (
    <form className="card" onSubmit={(e) => void submit(e)} data-testid="user-form" noValidate ref={ref}>
      <h2>{t('createUser')}</h2>
      <div className="grid">
        {text('username', 'user-username', { autoComplete: 'off', hint: t('usernameHint') })}
        {text('fullName', 'user-fullname', { autoComplete: 'off' })}
        {text('password', 'user-password', {
          type: 'password',
          autoComplete: 'new-password',
          hint: t('passwordHint'),
        })}
        <Field label={t('agency')} error={errors?.fields.agencyId}>
          {(p) => (
            <select
              {...p}
              value={form.agencyId}
              onChange={(e) => setForm({ ...form, agencyId: e.target.value })}
              data-testid="user-agency"
            >
              <option value="">{t('noAgency')}</option>
              {agencies.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name} — {a.unitName}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <fieldset data-testid="user-roles">
        <legend>{t('roles')}</legend>
        {roles.map((r, i) => (
          <div className="role-row" key={r.key} data-testid="user-role-row">
            <RoleFields
              role={r.role}
              unit={r.unit}
              onRole={(role) => setRow(i, { role })}
              onUnit={(unit) => setRow(i, { unit })}
              canGrantNational={canGrantNational}
              roleLabel={t('roleN', { n: i + 1 })}
              roleError={errors?.fields[`roles.${i}.role`]}
              unitError={errors?.fields[`roles.${i}.unitId`]}
              testId={`user-role-${i}`}
              unitTestId={`user-role-unit-${i}`}
            />
            {roles.length > 1 && (
              <button
                type="button"
                className="secondary small"
                onClick={() => setRoles(roles.filter((_, j) => j !== i))}
                data-testid={`user-role-remove-${i}`}
              >
                {t('remove')}
              </button>
            )}
          </div>
        ))}
        <button
          type="button"
          className="secondary small"
          onClick={() => setRoles([...roles, newRow()])}
          data-testid="user-role-add"
        >
          + {t('addRoleRow')}
        </button>
      </fieldset>
      <FormFeedback errors={errors} labels={labels} notice={created && `${t('created')} ${created}`} />
      <button type="submit" disabled={busy} data-testid="user-submit">
        {t('create')}
      </button>
    </form>
  );
}
