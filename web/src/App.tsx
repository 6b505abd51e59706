/** Session, language and routing: which page to show for whom. */
import { syncClock } from './clock.ts';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { api, setCsrfToken, setUnauthorizedHandler } from './api/client.ts';
import type { MaybeSession, Me, Session } from './api/types.ts';
import { Loading, PageError } from './components/Feedback.tsx';
import { isAdmin, isSystemAdmin, Layout } from './components/Layout.tsx';
import { LangContext, loadLang, saveLang, useI18n, type Key, type Lang } from './i18n.ts';
import { landingFor } from './landing.ts';
import { AgenciesPage } from './pages/AgenciesPage.tsx';
import { ActivitiesPage } from './pages/ActivitiesPage.tsx';
import { AuditPage } from './pages/AuditPage.tsx';
import { CalendarPage } from './pages/CalendarPage.tsx';
import { CaseIntakePage } from './pages/CaseIntakePage.tsx';
import { CasePage } from './pages/CasePage.tsx';
import { CasesPage } from './pages/CasesPage.tsx';
import { CaseStatisticsPage } from './pages/CaseStatisticsPage.tsx';
import { RapidReportsPage } from './pages/RapidReportsPage.tsx';
import { DashboardPage } from './pages/DashboardPage.tsx';
import { LoginPage } from './pages/LoginPage.tsx';
import { NotificationsPage } from './pages/NotificationsPage.tsx';
import { PasswordPage } from './pages/PasswordPage.tsx';
import { PlanImportPage } from './pages/PlanImportPage.tsx';
import { PlanPage } from './pages/PlanPage.tsx';
import { PlansPage } from './pages/PlansPage.tsx';
import { ReportFormPage } from './pages/ReportFormPage.tsx';
import { ReportFormsPage } from './pages/ReportFormsPage.tsx';
import { ReportPage } from './pages/ReportPage.tsx';
import { ReportsPage } from './pages/ReportsPage.tsx';
import { ReportSummaryPage } from './pages/ReportSummaryPage.tsx';
import { ServicesPage } from './pages/ServicesPage.tsx';
import { SetupPage, setupTokenFromUrl } from './pages/SetupPage.tsx';
import { TaskPage } from './pages/TaskPage.tsx';
import { TasksPage } from './pages/TasksPage.tsx';
import { UnitDetailPage } from './pages/UnitDetailPage.tsx';
import { UnitsPage } from './pages/UnitsPage.tsx';
import { UsersPage } from './pages/UsersPage.tsx';
import { clearSearch, navigate, redirect, useRoute, type Route } from './router.ts';

type Auth =
  | { state: 'loading' }
  | { state: 'failed'; error: unknown }
  | { state: 'anonymous'; needsSetup: boolean }
  | { state: 'signedIn'; me: Me };

const PUBLIC_PATHS = ['', 'login', 'setup'];
const currentSection = () => window.location.hash.replace(/^#\/?/, '').split(/[/?]/)[0] ?? '';

function Message({ text, testId }: { text: Key; testId: string }) {
  const { t } = useI18n();
  return (
    <section>
      <h1 data-testid={testId}>{t(text)}</h1>
      <p>
        <a href="#/units">{t('navUnits')}</a>
      </p>
    </section>
  );
}

function SignedInPage({ me, route }: { me: Me; route: Route }) {
  const [section = '', id, extra] = route.path;
  if (PUBLIC_PATHS.includes(section)) return <Loading />; // redirected to the landing
  if (section === 'units' && id === undefined) return <UnitsPage query={route.query} />;
  if (section === 'units' && /^\d+$/.test(id ?? '') && extra === undefined) {
    return <UnitDetailPage id={Number(id)} />;
  }
  if (section === 'agencies' && id === undefined) return <AgenciesPage me={me} />;
  const numeric = /^\d+$/.test(id ?? '') && extra === undefined;
  if (section === 'plans' && id === undefined)
    return <PlansPage key={route.raw} me={me} query={route.query} />;
  if (section === 'plans' && id === 'import' && extra === undefined)
    return <PlanImportPage key={route.raw} query={route.query} />;
  if (section === 'plans' && numeric) return <PlanPage id={Number(id)} />;
  if (section === 'tasks' && id === undefined) return <TasksPage key={route.raw} query={route.query} />;
  if (section === 'tasks' && numeric) return <TaskPage id={Number(id)} />;
  if (section === 'notifications' && id === undefined) return <NotificationsPage me={me} />;
  if (section === 'password' && id === undefined) return <PasswordPage />;
  if (section === 'activities' && id === undefined)
    return <ActivitiesPage key={route.raw} me={me} query={route.query} />;
  if (section === 'activities' && id === 'calendar' && extra === undefined) return <CalendarPage me={me} />;
  if (section === 'cases' && id === undefined) return <CasesPage me={me} />;
  if (section === 'cases' && id === 'new' && extra === undefined) return <CaseIntakePage me={me} />;
  if (section === 'cases' && id === 'statistics' && extra === undefined)
    return <CaseStatisticsPage me={me} />;
  if (section === 'cases' && numeric) return <CasePage key={id} id={Number(id)} />;
  if (section === 'rapid-reports' && id === undefined) return <RapidReportsPage />;
  if (section === 'indicators' && id === undefined)
    return <DashboardPage key={route.raw} me={me} query={route.query} />;
  if (section === 'report-forms') {
    if (!isSystemAdmin(me)) return <Message text="forbidden" testId="forbidden" />;
    if (id === undefined) return <ReportFormsPage />;
    if (id === 'new' && extra === undefined) return <ReportFormPage key="new" id={null} />;
    if (numeric) return <ReportFormPage key={id} id={Number(id)} />;
  }
  if (section === 'reports' && id === undefined)
    return <ReportsPage key={route.raw} me={me} query={route.query} />;
  if (section === 'reports' && id === 'summary' && extra === undefined)
    return <ReportSummaryPage me={me} query={route.query} />;
  if (section === 'reports' && numeric) return <ReportPage key={id} id={Number(id)} />;
  if (section === 'services' && id === undefined) return <ServicesPage me={me} />;
  if ((section === 'users' || section === 'audit') && id === undefined) {
    if (!isAdmin(me)) return <Message text="forbidden" testId="forbidden" />;
    return section === 'users' ? <UsersPage me={me} /> : <AuditPage me={me} />;
  }
  return <Message text="notFound" testId="not-found" />;
}

export function App() {
  const [lang, setLangState] = useState<Lang>(loadLang);
  const [auth, setAuth] = useState<Auth>({ state: 'loading' });
  const route = useRoute();
  const mainFocus = useRef<string | null>(null);

  const setLang = useCallback((l: Lang) => {
    saveLang(l);
    setLangState(l);
  }, []);
  const langValue = useMemo(() => ({ lang, setLang }), [lang, setLang]);

  const signedIn = useCallback((s: Session) => {
    setCsrfToken(s.csrfToken);
    setAuth({ state: 'signedIn', me: s.user });
    clearSearch();
    // a deep link (the page asked for before signing in) stays; otherwise, what is due for the role
    if (PUBLIC_PATHS.includes(currentSection())) redirect(landingFor(s.user));
  }, []);

  const check = useCallback(async () => {
    setAuth({ state: 'loading' });
    try {
      // /auth/session answers 200 signed out too: no failed request (and console error) on a first visit
      const [session] = await Promise.all([api.get<MaybeSession>('/auth/session'), syncClock()]);
      if (session.user && session.csrfToken) {
        signedIn({ user: session.user, csrfToken: session.csrfToken });
        return;
      }
      const status = await api.get<{ needsSetup: boolean }>('/setup/status');
      setAuth({ state: 'anonymous', needsSetup: status.needsSetup });
    } catch (err) {
      setAuth({ state: 'failed', error: err });
    }
  }, [signedIn]);

  useEffect(() => {
    document.documentElement.lang = lang;
    setUnauthorizedHandler(() => {
      setCsrfToken(null);
      setAuth({ state: 'anonymous', needsSetup: false });
    });
    void check();
    return () => setUnauthorizedHandler(null);
  }, [check]); // check is stable: this runs once, on start

  // Signed in, the sign-in and setup addresses (and the bare root) lead to the role's landing.
  const landing = auth.state === 'signedIn' ? landingFor(auth.me) : null;
  useEffect(() => {
    if (landing && PUBLIC_PATHS.includes(route.path[0] ?? '')) redirect(landing);
  }, [landing, route.path]);

  // Moving to another page puts keyboard and screen-reader focus at the top of its content.
  const pathKey = route.path.join('/');
  useEffect(() => {
    if (mainFocus.current !== null && mainFocus.current !== pathKey) document.getElementById('main')?.focus();
    mainFocus.current = pathKey;
  }, [pathKey]);

  const logout = async () => {
    await api.post('/auth/logout').catch(() => undefined);
    setCsrfToken(null);
    setAuth({ state: 'anonymous', needsSetup: false });
    navigate('/login');
  };

  let page;
  if (auth.state === 'loading') page = <Loading />;
  else if (auth.state === 'failed') page = <PageError error={auth.error} onRetry={() => void check()} />;
  else if (auth.state === 'anonymous') {
    page = auth.needsSetup ? (
      <SetupPage token={setupTokenFromUrl(route.query)} onDone={signedIn} />
    ) : (
      <LoginPage onDone={signedIn} />
    );
  } else page = <SignedInPage me={auth.me} route={route} />;

  return (
    <LangContext.Provider value={langValue}>
      <Layout
        me={auth.state === 'signedIn' ? auth.me : null}
        section={route.path[0]}
        onLogout={() => void logout()}
      >
        {page}
      </Layout>
    </LangContext.Provider>
  );
}
