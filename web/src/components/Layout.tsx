/** The page frame: app name, navigation by role, current user, sign-out, language toggle. */
import type { ReactNode } from 'react';
import type { Me } from '../api/types.ts';
import { useI18n, type Key } from '../i18n.ts';
import { NotificationBell } from './NotificationBell.tsx';
import { useActivityPing } from './use-activity-ping.ts';

export function isAdmin(me: Me): boolean {
  return me.roles.some((r) => r.role === 'system_admin' || r.role === 'unit_admin');
}

export function isSystemAdmin(me: Me): boolean {
  return me.roles.some((r) => r.role === 'system_admin');
}

export type Section =
  | 'units'
  | 'agencies'
  | 'plans'
  | 'tasks'
  | 'activities'
  | 'reports'
  | 'indicators'
  | 'cases'
  | 'services'
  | 'users'
  | 'audit';

/** The sections a user can make use of: users and the audit log are for administrators. */
export function sectionsFor(me: Me): Section[] {
  const common: Section[] = [
    'plans',
    'tasks',
    'activities',
    'reports',
    'indicators',
    'cases',
    'services',
    'units',
    'agencies',
  ];
  return isAdmin(me) ? [...common, 'users', 'audit'] : common;
}

const NAV_LABEL: Record<Section, Key> = {
  units: 'navUnits',
  agencies: 'navAgencies',
  plans: 'navPlans',
  tasks: 'navTasks',
  reports: 'navReports',
  activities: 'navActivities',
  indicators: 'navIndicators',
  services: 'navServices',
  cases: 'navCases',
  users: 'navUsers',
  audit: 'navAudit',
};

function LangToggle() {
  const { t, lang, setLang } = useI18n();
  return (
    <div className="lang" role="group" aria-label={t('language')}>
      <button
        type="button"
        lang="vi"
        aria-pressed={lang === 'vi'}
        onClick={() => setLang('vi')}
        data-testid="lang-vi"
      >
        VI
      </button>
      <span aria-hidden="true">|</span>
      <button
        type="button"
        lang="en"
        aria-pressed={lang === 'en'}
        onClick={() => setLang('en')}
        data-testid="lang-en"
      >
        EN
      </button>
    </div>
  );
}

export function Layout({
  me,
  section,
  onLogout,
  children,
}: {
  me: Me | null;
  section: string | undefined;
  onLogout: () => void;
  children: ReactNode;
}) {
  const { t } = useI18n();
  useActivityPing(me !== null);
  return (
    <>
      <a
        className="skip"
        href="#main"
        onClick={(e) => {
          e.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        {t('skipToContent')}
      </a>
      <header className="topbar">
        <div className="brand">
          <a href="#/units" className="app-name" data-testid="app-name">
            {t('appName')}
          </a>
          <span className="tagline">{t('appTagline')}</span>
        </div>
        {me && (
          <nav aria-label={t('mainNav')} className="mainnav">
            {sectionsFor(me).map((key) => (
              <a
                key={key}
                href={`#/${key}`}
                aria-current={section === key ? 'page' : undefined}
                data-testid={`nav-${key}`}
              >
                {t(NAV_LABEL[key])}
              </a>
            ))}
          </nav>
        )}
        <div className="session">
          {me && (
            <>
              <NotificationBell />
              <span className="who" data-testid="current-user">
                <a href="#/password" title={t('accountOpen')}>
                  {me.fullName}
                </a>
              </span>
              <button type="button" className="secondary" onClick={onLogout} data-testid="logout">
                {t('logout')}
              </button>
            </>
          )}
          <LangToggle />
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
