/** Role pieces for users: the role + unit fields, a user's role list, and granting one more role. */
import { useState } from 'react';
import { api } from '../api/client.ts';
import type { Role, RoleAssignment, User } from '../api/types.ts';
import { ErrorBox } from '../components/Feedback.tsx';
import { Field } from '../components/Field.tsx';
import { UnitPicker, type PickedUnit } from '../components/UnitPicker.tsx';
import { useI18n } from '../i18n.ts';
import { ROLES, ROLE_LABELS } from '../labels.ts';

export function RoleFields({
  role,
  unit,
  onRole,
  onUnit,
  canGrantNational,
  roleLabel,
  roleError,
  unitError,
  testId,
  unitTestId,
}: {
  role: Role;
  unit: PickedUnit | null;
  onRole: (r: Role) => void;
  onUnit: (u: PickedUnit | null) => void;
  canGrantNational: boolean;
  roleLabel: string;
  roleError?: string;
  unitError?: string;
  testId: string;
  unitTestId: string;
}) {
  const { t, pick } = useI18n();
  return (
    <>
      <Field label={roleLabel} error={roleError}>
        {(p) => (
          <select {...p} value={role} onChange={(e) => onRole(e.target.value as Role)} data-testid={testId}>
            {ROLES.filter((r) => canGrantNational || r !== 'system_admin').map((r) => (
              <option key={r} value={r}>
                {pick(ROLE_LABELS[r], r)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {role === 'system_admin' ? (
        <p className="muted scope-note">
          {t('scope')}: {t('national')}
        </p>
      ) : (
        <UnitPicker
          label={`${t('scope')} (${t('unit').toLowerCase()})`}
          value={unit}
          onChange={onUnit}
          error={unitError}
          hint={canGrantNational ? t('emptyIsNational') : undefined}
          testId={unitTestId}
        />
      )}
    </>
  );
}

/** "Cán bộ kế hoạch — Tỉnh Hưng Yên", each with a remove button. */
export function RoleList({
  user,
  onRemove,
}: {
  user: User;
  /** Absent for one's own roles: nobody removes their own access by a slip. */
  onRemove?: (r: RoleAssignment) => void;
}) {
  const { t, pick } = useI18n();
  if (user.roles.length === 0) return <span className="muted">{t('none')}</span>;
  return (
    <ul className="plain">
      {user.roles.map((r) => {
        const label = pick(ROLE_LABELS[r.role], r.role);
        return (
          <li key={r.id} data-testid="user-role">
            <span>
              {label} — {r.unitName ?? t('national')}
            </span>{' '}
            {onRemove && (
              <button
                type="button"
                className="link"
                onClick={() => onRemove(r)}
                aria-label={t('removeRole', { role: `${label} — ${r.unitName ?? t('national')}` })}
                data-testid="role-remove"
              >
                {t('remove')}
              </button>
            )}
          </li>
        );
      })}
    </ul>
  );
}

/** The inline "add role" form of one user's row. */
export function RoleGrant({
  user,
  canGrantNational,
  onDone,
}: {
  user: User;
  canGrantNational: boolean;
  onDone: (changed: boolean) => void;
}) {
  const { t, errorMessage } = useI18n();
  const [role, setRole] = useState<Role>('viewer');
  const [unit, setUnit] = useState<PickedUnit | null>(null);
  const [problem, setProblem] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const save = async () => {
    if (role !== 'system_admin' && !unit && !canGrantNational) {
      setProblem('unitRequired');
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      await api.post(`/users/${user.id}/roles`, {
        role,
        unitId: role === 'system_admin' ? null : (unit?.id ?? null),
      });
      onDone(true);
    } catch (err) {
      setProblem(err);
      setBusy(false);
    }
  };

  return (
    <div
      className="grant"
      role="group"
      aria-label={`${t('addRole')}: ${user.fullName}`}
      data-testid="grant-form"
    >
      <RoleFields
        role={role}
        unit={unit}
        onRole={setRole}
        onUnit={setUnit}
        canGrantNational={canGrantNational}
        roleLabel={t('role')}
        unitError={problem === 'unitRequired' ? t('unitRequired') : undefined}
        testId="grant-role"
        unitTestId="grant-unit"
      />
      <ErrorBox
        errors={problem && problem !== 'unitRequired' ? errorMessage(problem) : null}
        testId="grant-error"
      />
      <div className="actions">
        <button type="button" disabled={busy} onClick={() => void save()} data-testid="grant-submit">
          {t('save')}
        </button>
        <button type="button" className="secondary" onClick={() => onDone(false)} data-testid="grant-cancel">
          {t('cancel')}
        </button>
      </div>
    </div>
  );
}
