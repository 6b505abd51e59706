import { useState, type FormEvent } from 'react';
import { api, type Me } from '../api.ts';
import { ErrorText } from '../components/Layout.tsx';
import { useT } from '../i18n.ts';

export function SetupPage({
  query,
  onDone,
}: {
  query: URLSearchParams;
  onDone: (s: { user: Me; csrfToken: string }) => void;
}) {
  const { t, errorText } = useT();
  const [form, setForm] = useState({
    token: query.get('token') ?? '',
    username: 'admin',
    fullName: '',
    password: '',
  });
  const [error, setError] = useState<string | null>(null);
  const set = (k: keyof typeof form) => (e: { target: { value: string } }) =>
    setForm({ ...form, [k]: e.target.value });
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    try {
      onDone(await api('POST', '/setup', form));
    } catch (err) {
      setError(errorText(err));
    }
  };
  return (
    <form className="card narrow" onSubmit={(e) => void submit(e)} data-testid="setup-form">
      <h1>{t('setupTitle')}</h1>
      <label>
        {t('setupToken')}
        <input value={form.token} onChange={set('token')} required data-testid="setup-token" />
      </label>
      <label>
        {t('username')}
        <input value={form.username} onChange={set('username')} required data-testid="setup-username" />
      </label>
      <label>
        {t('fullName')}
        <input value={form.fullName} onChange={set('fullName')} required data-testid="setup-fullname" />
      </label>
      <label>
        {t('password')}
        <input
          type="password"
          value={form.password}
          onChange={set('password')}
          minLength={10}
          required
          autoComplete="new-password"
          data-testid="setup-password"
        />
      </label>
      <ErrorText text={error} />
      <button type="submit" data-testid="setup-submit">
        {t('setupSubmit')}
      </button>
    </form>
  );
}
