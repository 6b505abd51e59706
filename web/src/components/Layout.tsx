import type { ReactNode } from 'react';
import type { Me } from '../api.ts';
import { LangContext, useT } from '../i18n.ts';
import { useContext } from 'react';

export function isAdmin(me: Me): boolean {
  return me.roles.some((r) => r.role === 'system_admin' || r.role === 'unit_admin');
}

export function Layout({
  me,
  section,
  onLogout,
  children,
}: {
  me: Me | null;
  section: string;
  onLogout: () => void;
  children: ReactNode;
}) {
  const { t } = useT();
  const { lang, setLang } = useContext(LangContext);
  const nav: [string, string][] = [
    ['units', t('navUnits')],
    ['agencies', t('navAgencies')],
    ...(me && isAdmin(me)
      ? ([
          ['users', t('navUsers')],
          ['audit', t('navAudit')],
        ] as [string, string][])
      : []),
  ];
  return (
    <>
      <header className="topbar">
        <div className="brand">
          <strong>{t('appName')}</strong>
          <span className="muted">{t('appTagline')}</span>
        </div>
        {me && (
          <nav aria-label="main">
            {nav.map(([key, label]) => (
              <a
                key={key}
                href={`#/${key}`}
                className={section === key ? 'active' : ''}
                data-testid={`nav-${key}`}
              >
                {label}
              </a>
            ))}
          </nav>
        )}
        <div className="session">
          <span className="lang" role="group" aria-label="language">
            <button
              type="button"
              className={lang === 'vi' ? 'on' : ''}
              onClick={() => setLang('vi')}
              data-testid="lang-vi"
            >
              VI
            </button>
            <button
              type="button"
              className={lang === 'en' ? 'on' : ''}
              onClick={() => setLang('en')}
              data-testid="lang-en"
            >
              EN
            </button>
          </span>
          {me && (
            <>
              <span data-testid="current-user">{me.fullName}</span>
              <button type="button" onClick={onLogout} data-testid="logout">
                {t('logout')}
              </button>
            </>
          )}
        </div>
      </header>
      <main>{children}</main>
    </>
  );
}

export function ErrorText({ text }: { text: string | null }) {
  return text ? (
    <p className="error" role="alert" data-testid="error">
      {text}
    </p>
  ) : null;
}
