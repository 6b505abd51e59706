import { useState, type FormEvent } from 'react';
import { api } from '../api/client.ts';
import type { Session } from '../api/types.ts';
import { ErrorBox, LocalErrors, useFormErrors } from '../components/Feedback.tsx';
import { Field } from '../components/Field.tsx';
import { useI18n } from '../i18n.ts';

/** The setup token from `?token=` in the real query string or in the hash. */
export function setupTokenFromUrl(hashQuery: URLSearchParams): string {
  return new URLSearchParams(window.location.search).get('token') ?? hashQuery.get('token') ?? '';
}

type FormKey = 'token' | 'username' | 'fullName' | 'password';

export function SetupPage({ token, onDone }: { token: string; onDone: (s: Session) => void }) {
  const { t } = useI18n();
  const [form, setForm] = useState<Record<FormKey, string>>({
    token,
    username: 'admin',
    fullName: '',
    password: '',
  });
  const [problem, setProblem] = useState<unknown>(null);
  const errors = useFormErrors(problem);
  const [busy, setBusy] = useState(false);
  const labels: Record<FormKey, string> = {
    token: t('setupToken'),
    username: t('username'),
    fullName: t('fullName'),
    password: t('password'),
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const missing = (Object.keys(form) as FormKey[]).filter((k) => !form[k].trim());
    if (missing.length) {
      setProblem(new LocalErrors(Object.fromEntries(missing.map((k) => [k, 'required' as const]))));
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      onDone(
        await api.post<Session>('/setup', {
          ...form,
          token: form.token.trim(),
          username: form.username.trim(),
        }),
      );
    } catch (err) {
      setProblem(err);
    } finally {
      setBusy(false);
    }
  };

  const input = (
    key: FormKey,
    extra: { type?: string; autoComplete?: string; hint?: string; testId: string },
  ) => (
    <Field
      label={labels[key]}
      hint={extra.hint}
      error={errors?.fields[key]}
      errorTestId={`${extra.testId}-error`}
    >
      {(p) => (
        <input
          {...p}
          type={extra.type ?? 'text'}
          value={form[key]}
          onChange={(e) => setForm({ ...form, [key]: e.target.value })}
          autoComplete={extra.autoComplete ?? 'off'}
          required
          data-testid={extra.testId}
        />
      )}
    </Field>
  );

  return (
    <form className="card narrow" onSubmit={(e) => void submit(e)} data-testid="setup-form" noValidate>
      <h1>{t('setupTitle')}</h1>
      <p className="muted">{t('setupIntro')}</p>
      {input('token', { testId: 'setup-token' })}
      {input('username', { testId: 'setup-username', autoComplete: 'username', hint: t('usernameHint') })}
      {input('fullName', { testId: 'setup-fullname', autoComplete: 'name' })}
      {input('password', {
        testId: 'setup-password',
        type: 'password',
        autoComplete: 'new-password',
        hint: t('passwordHint'),
      })}
      <ErrorBox errors={errors} labels={labels} />
      <button type="submit" disabled={busy} data-testid="setup-submit">
        {t('setupSubmit')}
      </button>
    </form>
  );
}
