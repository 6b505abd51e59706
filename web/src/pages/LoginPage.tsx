import { useState, type FormEvent } from 'react';
import { api, type Me } from '../api.ts';
import { ErrorText } from '../components/Layout.tsx';
import { useT } from '../i18n.ts';

export function LoginPage({ onDone }: { onDone: (s: { user: Me; csrfToken: string }) => void }) {
  const { t, errorText } = useT();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      onDone(await api('POST', '/auth/login', { username, password }));
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="card narrow" onSubmit={(e) => void submit(e)} data-testid="login-form">
      <h1>{t('login')}</h1>
      <label>
        {t('username')}
        <input
          value={username}
          onChange={(e) => setUsername(e.target.value)}
          autoComplete="username"
          required
          data-testid="login-username"
        />
      </label>
      <label>
        {t('password')}
        <input
          type="password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          autoComplete="current-password"
          required
          data-testid="login-password"
        />
      </label>
      <ErrorText text={error} />
      <button type="submit" disabled={busy} data-testid="login-submit">
        {t('login')}
      </button>
    </form>
  );
}
