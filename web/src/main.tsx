import { StrictMode, useCallback, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { api, setCsrfToken, type Me } from './api.ts';
import { Layout } from './components/Layout.tsx';
import { LangContext, type Lang } from './i18n.ts';
import { AgenciesPage } from './pages/AgenciesPage.tsx';
import { AuditPage } from './pages/AuditPage.tsx';
import { LoginPage } from './pages/LoginPage.tsx';
import { SetupPage } from './pages/SetupPage.tsx';
import { UnitDetailPage } from './pages/UnitDetailPage.tsx';
import { UnitsPage } from './pages/UnitsPage.tsx';
import { UsersPage } from './pages/UsersPage.tsx';
import { navigate, useRoute } from './router.ts';
import './styles.css';

type Session = { user: Me; csrfToken: string };

function App() {
  const [lang, setLangState] = useState<Lang>(() => (localStorage.getItem('lang') === 'en' ? 'en' : 'vi'));
  const [me, setMe] = useState<Me | null | undefined>(undefined);
  const [needsSetup, setNeedsSetup] = useState(false);
  const route = useRoute();

  const setLang = (l: Lang) => {
    localStorage.setItem('lang', l);
    document.documentElement.lang = l;
    setLangState(l);
  };
  const onSession = useCallback(
    (s: Session) => {
      setCsrfToken(s.csrfToken);
      setMe(s.user);
      setNeedsSetup(false);
      if (route.path[0] === 'setup' || route.path[0] === 'login' || !route.path[0]) navigate('/units');
    },
    [route.path],
  );

  useEffect(() => {
    api<Session>('GET', '/auth/me').then(onSession, async () => {
      setMe(null);
      const status = await api<{ needsSetup: boolean }>('GET', '/setup/status').catch(() => ({
        needsSetup: false,
      }));
      setNeedsSetup(status.needsSetup);
    });
  }, []);

  const logout = async () => {
    await api('POST', '/auth/logout').catch(() => undefined);
    setCsrfToken(null);
    setMe(null);
    navigate('/login');
  };

  let page;
  if (me === undefined) page = <p className="muted">…</p>;
  else if (!me)
    page =
      needsSetup || route.path[0] === 'setup' ? (
        <SetupPage query={route.query} onDone={onSession} />
      ) : (
        <LoginPage onDone={onSession} />
      );
  else {
    const [section, id] = route.path;
    if (section === 'units' && id) page = <UnitDetailPage id={Number(id)} />;
    else if (section === 'agencies') page = <AgenciesPage me={me} />;
    else if (section === 'users') page = <UsersPage me={me} />;
    else if (section === 'audit') page = <AuditPage />;
    else page = <UnitsPage query={route.query} />;
  }
  return (
    <LangContext.Provider value={{ lang, setLang }}>
      <Layout me={me ?? null} section={route.path[0] ?? 'units'} onLogout={() => void logout()}>
        {page}
      </Layout>
    </LangContext.Provider>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
