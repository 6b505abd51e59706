/**
 * The page frame: app name, navigation by role, current user, sign-out, language toggle. On a
 * phone (≤ 640 px, styles.css) the navigation and the session fold behind a "Menu" button, so the
 * header keeps to one line; the menu closes on navigation and on Escape.
 */
import { landingFor } from '../landing.ts';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { Me } from '../api/types.ts';
import { useI18n, type Key } from '../i18n.ts';
import '../layout.css';
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
  const [open, setOpen] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const close = () => setOpen(false);
    window.addEventListener('hashchange', close);
    return () => window.removeEventListener('hashchange', close);
  }, []);
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
      <header className={me ? 'topbar has-menu' : 'topbar'} data-testid="topbar">
        <div className="brand">
          <a href={`#${me ? landingFor(me) : '/login'}`} className="app-name" data-testid="app-name">
            {t('appName')}
          </a>
          <span className="tagline">{t('appTagline')}</span>
        </div>
        {me && (
          <div className="quick">
            <NotificationBell />
            <button
              ref={toggle}
              type="button"
              className="secondary menu-toggle"
              aria-expanded={open}
              aria-controls="topbar-menu"
              onClick={() => setOpen((o) => !o)}
              data-testid="menu-toggle"
            >
              <svg aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="20" height="20">
                <path
                  d="M3 6h18M3 12h18M3 18h18"
                  stroke="currentColor"
                  strokeWidth="2"
                  strokeLinecap="round"
                />
              </svg>
              {t('menuButton')}
            </button>
          </div>
        )}
        <div
          id="topbar-menu"
          className={open ? 'topmenu open' : 'topmenu'}
          data-testid="topbar-menu"
          onKeyDown={(e) => {
            if (e.key !== 'Escape' || !open) return;
            setOpen(false);
            toggle.current?.focus();
          }}
        >
          {me && (
            <nav aria-label={t('mainNav')} className="mainnav" onClick={() => setOpen(false)}>
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
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
