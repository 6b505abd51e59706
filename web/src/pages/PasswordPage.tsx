/**
 * The signed-in user's own password change. The server ends every session of the user and
 * answers with a new one (a new CSRF token), so the other browsers are signed out and this one
 * carries on.
 */
import { useState, type FormEvent } from 'react';
import { api, setCsrfToken } from '../api/client.ts';
import type { Session } from '../api/types.ts';
import { ErrorBox, LocalErrors, Notice, useFormErrors } from '../components/Feedback.tsx';
import { Field } from '../components/Field.tsx';
import { useI18n, type Key } from '../i18n.ts';

type FormKey = 'currentPassword' | 'newPassword';

export function PasswordPage() {
  const { t } = useI18n();
  const [form, setForm] = useState<Record<FormKey, string>>({ currentPassword: '', newPassword: '' });
  const [problem, setProblem] = useState<unknown>(null);
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);
  const errors = useFormErrors(problem);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setDone(false);
    const local: Record<string, Key> = {};
    for (const k of ['currentPassword', 'newPassword'] as FormKey[]) if (!form[k]) local[k] = 'required';
    const check = new LocalErrors(local);
    if (check.any) {
      setProblem(check);
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      const session = await api.post<Session>('/auth/password', form);
      setCsrfToken(session.csrfToken);
      setForm({ currentPassword: '', newPassword: '' });
      setDone(true);
    } catch (err) {
      setProblem(err);
    } finally {
      setBusy(false);
    }
  };

  const input = (key: FormKey, autoComplete: string, hint?: string) => (
    <Field label={t(key)} error={errors?.fields[key]} {...(hint ? { hint } : {})}>
      {(p) => (
        <input
          {...p}
          type="password"
          value={form[key]}
          onChange={(e) => setForm({ ...form, [key]: e.target.value })}
          autoComplete={autoComplete}
          required
          data-testid={`password-${key}`}
        />
      )}
    </Field>
  );

  return (
    <form className="card narrow" onSubmit={(e) => void submit(e)} data-testid="password-form" noValidate>
      <h1>{t('accountTitle')}</h1>
      {input('currentPassword', 'current-password')}
      {input('newPassword', 'new-password', t('passwordHint'))}
      <ErrorBox
        errors={errors}
        labels={{ currentPassword: t('currentPassword'), newPassword: t('newPassword') }}
      />
      {done && <Notice text={t('passwordChanged')} />}
      <button type="submit" disabled={busy} data-testid="password-submit">
        {t('changePassword')}
      </button>
    </form>
  );
}
