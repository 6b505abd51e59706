import { useState, type FormEvent } from 'react';
import { api } from '../api/client.ts';
import type { Session } from '../api/types.ts';
import { ErrorBox } from '../components/Feedback.tsx';
import { Field } from '../components/Field.tsx';
import { useI18n } from '../i18n.ts';

export function LoginPage({ onDone }: { onDone: (s: Session) => void }) {
  const { t, errorMessage } = useI18n();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!username.trim() || !password) {
      setError('loginMissing');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      onDone(await api.post<Session>('/auth/login', { username: username.trim(), password }));
    } catch (err) {
      setError(err);
      setPassword('');
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="card narrow" onSubmit={(e) => void submit(e)} data-testid="login-form" noValidate>
      <h1>{t('login')}</h1>
      <Field label={t('username')}>
        {(p) => (
          <input
            {...p}
            value={username}
            onChange={(e) => setUsername(e.target.value)}
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            required
            data-testid="login-username"
          />
        )}
      </Field>
      <Field label={t('password')}>
        {(p) => (
          <input
            {...p}
            type="password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            autoComplete="current-password"
            required
            data-testid="login-password"
          />
        )}
      </Field>
      <ErrorBox errors={error === 'loginMissing' ? t('loginMissing') : error ? errorMessage(error) : null} />
      <button type="submit" disabled={busy} data-testid="login-submit">
        {t('login')}
      </button>
    </form>
  );
}
