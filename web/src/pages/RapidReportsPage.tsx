/** The province's inbox of rapid reports: anonymised cases from its communes, acknowledged by its GBV staff. */
import { useEffect, useState } from 'react';
import { api } from '../api/client.ts';
import type { RapidReport } from '../api/case-types.ts';
import type { Items } from '../api/types.ts';
import { ErrorBox, Loading, PageError } from '../components/Feedback.tsx';
import { AGE_LABELS, CHANNEL_LABELS, GBV_TYPE_LABELS, RISK_LABELS, SEX_LABELS } from '../case-labels.ts';
import { formatDate, formatDateTime } from '../format.ts';
import { useI18n } from '../i18n.ts';

export function RapidReportsPage() {
  const { t, pick, errorMessage } = useI18n();
  const [items, setItems] = useState<RapidReport[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [problem, setProblem] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    api.get<Items<RapidReport>>('/rapid-reports').then((r) => setItems(r.items), setError);
  }, [attempt]);

  const ack = async (id: number) => {
    try {
      await api.post(`/rapid-reports/${id}/acknowledge`);
      setAttempt(attempt + 1);
    } catch (err) {
      setProblem(err);
    }
  };

  if (error) return <PageError error={error} />;
  if (!items) return <Loading />;
  return (
    <section aria-labelledby="rapid-title">
      <p className="crumbs">
        <a href="#/cases">{t('casesTitle')}</a>
      </p>
      <h1 id="rapid-title">{t('rapidTitle')}</h1>
      {problem !== null && <ErrorBox errors={errorMessage(problem)} />}
      {items.length === 0 ? (
        <p className="muted" data-testid="rapid-empty">
          {t('rapidNone')}
        </p>
      ) : (
        <table className="stack" data-testid="rapid-table">
          <thead>
            <tr>
              <th scope="col">{t('time')}</th>
              <th scope="col">{t('caseCode')}</th>
              <th scope="col">{t('incidentUnit')}</th>
              <th scope="col">{t('gbvType')}</th>
              <th scope="col">{t('risk')}</th>
              <th scope="col">{t('survivorSex')}</th>
              <th scope="col">{t('status')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((r) => (
              <tr key={r.id} data-testid="rapid-row">
                <td data-label={t('time')}>{formatDateTime(r.sentAt)}</td>
                <td data-label={t('caseCode')}>
                  {r.case.code}
                  <br />
                  <span className="muted">{pick(CHANNEL_LABELS[r.case.channel], r.case.channel)}</span>
                </td>
                <td data-label={t('incidentUnit')}>
                  {r.case.communeName}
                  <br />
                  <span className="muted">
                    {t('detectedOn')}: {formatDate(r.case.detectedOn)}
                    {r.case.incidentMonth && ` · ${t('incidentMonth')}: ${r.case.incidentMonth}`}
                  </span>
                </td>
                <td data-label={t('gbvType')}>
                  {pick(GBV_TYPE_LABELS[r.case.gbvType], r.case.gbvType)}
                  {r.case.domesticViolence && ` · ${t('dvFlag')}`}
                  {r.case.dvActs.length > 0 && (
                    <ul className="plain" aria-label={t('dvActs')} data-testid="rapid-dv-acts">
                      {r.case.dvActs.map((a) => (
                        <li key={a.code}>{pick([a.label, a.labelEn], a.label)}</li>
                      ))}
                    </ul>
                  )}
                </td>
                <td data-label={t('risk')}>
                  <span className={`badge risk-${r.case.riskLevel}`}>
                    {pick(RISK_LABELS[r.case.riskLevel], r.case.riskLevel)}
                  </span>
                </td>
                <td data-label={t('survivorSex')}>
                  {pick(SEX_LABELS[r.case.survivorSex], r.case.survivorSex)},{' '}
                  {pick(AGE_LABELS[r.case.survivorAgeGroup], '')}
                </td>
                <td data-label={t('status')}>
                  {r.acknowledgedAt ? (
                    t('acknowledged', { who: r.acknowledgedBy ?? '' })
                  ) : (
                    <button
                      type="button"
                      className="secondary small"
                      onClick={() => void ack(r.id)}
                      data-testid="rapid-ack"
                    >
                      {t('acknowledge')}
                    </button>
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
