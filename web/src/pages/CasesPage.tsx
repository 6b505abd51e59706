/** The cases the user is assigned to (nothing identifying in the list), and the ways to intake, the inbox and statistics. */
import { useEffect, useState } from 'react';
import { api } from '../api/client.ts';
import type { CaseSummary } from '../api/case-types.ts';
import type { Items, Me } from '../api/types.ts';
import { Loading, PageError } from '../components/Feedback.tsx';
import { GBV_TYPE_LABELS, RISK_LABELS } from '../case-labels.ts';
import { formatDate } from '../format.ts';
import { useI18n } from '../i18n.ts';
import { navigate } from '../router.ts';
import { IncomingTransfers } from './case-transfer.tsx';
import { CaseAttention } from './case-attention.tsx';

export function CasesPage({ me }: { me: Me }) {
  const { t, pick } = useI18n();
  const [items, setItems] = useState<CaseSummary[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const worker = me.roles.some((r) => r.role === 'case_worker');
  const caseRole = worker || me.roles.some((r) => r.role === 'case_supervisor');

  useEffect(() => {
    api.get<Items<CaseSummary>>('/cases').then((r) => setItems(r.items), setError);
  }, []);

  return (
    <section aria-labelledby="cases-title">
      <div className="title-row">
        <h1 id="cases-title">{t('casesTitle')}</h1>
        <span className="actions">
          {worker && (
            <a className="button" href="#/cases/new" data-testid="case-new">
              {t('newCase')}
            </a>
          )}
          <a className="button secondary" href="#/rapid-reports" data-testid="rapid-inbox-link">
            {t('rapidInbox')}
          </a>
          <a className="button secondary" href="#/cases/statistics" data-testid="case-stats-link">
            {t('caseStatistics')}
          </a>
        </span>
      </div>
      <p className="muted">{t('casesIntro')}</p>
      {me.roles.some((r) => r.role === 'case_supervisor') && <IncomingTransfers />}
      {caseRole && <CaseAttention />}
      {caseRole && <h2>{t('myCases')}</h2>}
      {error ? (
        <PageError error={error} />
      ) : items === null ? (
        <Loading />
      ) : items.length === 0 ? (
        caseRole && (
          <p className="muted" data-testid="cases-empty">
            {t('noCases')}
          </p>
        )
      ) : (
        <table className="stack" data-testid="cases-table">
          <thead>
            <tr>
              <th scope="col">{t('caseCode')}</th>
              <th scope="col">{t('pseudonymCol')}</th>
              <th scope="col">{t('recordingUnit')}</th>
              <th scope="col">{t('gbvType')}</th>
              <th scope="col">{t('risk')}</th>
              <th scope="col">{t('detectedOn')}</th>
              <th scope="col">{t('status')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((c) => (
              <tr
                key={c.id}
                className="clickable"
                onClick={() => navigate(`/cases/${c.id}`)}
                data-testid="case-row"
              >
                <td data-label={t('caseCode')}>
                  <a href={`#/cases/${c.id}`} onClick={(e) => e.stopPropagation()}>
                    {c.code}
                  </a>
                </td>
                <td data-label={t('pseudonymCol')}>{c.pseudonym}</td>
                <td data-label={t('recordingUnit')}>{c.unitName}</td>
                <td data-label={t('gbvType')}>{pick(GBV_TYPE_LABELS[c.gbvType], c.gbvType)}</td>
                <td data-label={t('risk')}>
                  <span className={`badge risk-${c.riskLevel}`}>
                    {pick(RISK_LABELS[c.riskLevel], c.riskLevel)}
                  </span>
                </td>
                <td data-label={t('detectedOn')}>{formatDate(c.detectedOn)}</td>
                <td data-label={t('status')}>
                  {t(c.status)}
                  {c.overdueReferrals > 0 && (
                    <span className="badge overdue"> {t('overdueRef', { n: c.overdueReferrals })}</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
