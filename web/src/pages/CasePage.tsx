/**
 * One case, for its team: the facts, the identifying details (opened by the server for the team
 * only), consents, referrals, follow-ups and the follow-up plan, the plan, the team and who has
 * viewed the case, closing with the supervisor's approval, and the export for a court.
 */
import { useCallback, useEffect, useState } from 'react';
import { api } from '../api/client.ts';
import type { Case, ConsentPurpose } from '../api/case-types.ts';
import { ErrorBox, Loading, PageError } from '../components/Feedback.tsx';
import {
  AGE_LABELS,
  CHANNEL_LABELS,
  DV_ACT_LABELS,
  GBV_TYPE_LABELS,
  RELATION_LABELS,
  RISK_LABELS,
  SEX_LABELS,
} from '../case-labels.ts';
import { formatDate, formatDateTime } from '../format.ts';
import { useI18n } from '../i18n.ts';
import { SERVICE_LABELS } from '../service-labels.ts';
import { CaseExport, CaseTeamAndAccess } from './case-admin.tsx';
import { CaseClosure } from './case-closure.tsx';
import { CaseFollowUps } from './case-followups.tsx';
import { CaseConsents } from './case-consents.tsx';
import { CaseNotes } from './case-notes.tsx';
import { CaseReferrals } from './case-referrals.tsx';
import { CaseProtectionPanels } from './case-transfer.tsx';

export function CasePage({ id }: { id: number }) {
  const { t, pick, errorMessage } = useI18n();
  const [kase, setKase] = useState<Case | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [problem, setProblem] = useState<unknown>(null);

  const load = useCallback(() => {
    api.get<{ case: Case }>(`/cases/${id}`).then((r) => setKase(r.case), setError);
  }, [id]);
  useEffect(load, [load]);

  const act = async (method: 'POST' | 'PATCH', path: string, body: unknown): Promise<boolean> => {
    setProblem(null);
    try {
      const r =
        method === 'POST'
          ? await api.post<{ case: Case }>(path, body)
          : await api.patch<{ case: Case }>(path, body);
      setKase(r.case);
      return true;
    } catch (err) {
      setProblem(err);
      return false;
    }
  };

  if (error) return <PageError error={error} onRetry={load} />;
  if (!kase) return <Loading />;
  const fact = (label: string, value: string | null, testId?: string) =>
    value ? (
      <>
        <dt>{label}</dt>
        <dd data-testid={testId}>{value}</dd>
      </>
    ) : null;
  return (
    <article aria-labelledby="case-title">
      <p className="crumbs">
        <a href="#/cases">{t('casesTitle')}</a>
      </p>
      <div className="title-row">
        <h1 id="case-title" data-testid="case-code">
          {kase.code} · {kase.pseudonym}
        </h1>
        <span className={`badge case-${kase.status}`} data-testid="case-status" data-status={kase.status}>
          {t(kase.status)}
        </span>
      </div>
      {kase.rapidReportSentAt && (
        <p className="muted">{t('rapidSent', { at: formatDateTime(kase.rapidReportSentAt) })}</p>
      )}
      {problem !== null && <ErrorBox errors={errorMessage(problem)} testId="case-error" />}
      <div className="two">
        <section className="card">
          <dl className="facts">
            {fact(t('gbvType'), pick(GBV_TYPE_LABELS[kase.gbvType], kase.gbvType), 'case-type')}
            {fact(t('risk'), pick(RISK_LABELS[kase.riskLevel], kase.riskLevel))}
            {fact(t('channel'), pick(CHANNEL_LABELS[kase.channel], kase.channel))}
            {fact(t('recordingUnit'), kase.unitName)}
            {fact(t('detectedOn'), formatDate(kase.detectedOn))}
            {fact(t('incidentOn'), formatDate(kase.incidentOn))}
            {fact(t('incidentUnit'), kase.incidentUnitName)}
            {fact(t('relation'), pick(RELATION_LABELS[kase.perpetratorRelation], kase.perpetratorRelation))}
            {fact(t('survivorSex'), pick(SEX_LABELS[kase.survivorSex], kase.survivorSex))}
            {fact(t('ageGroup'), pick(AGE_LABELS[kase.survivorAgeGroup], kase.survivorAgeGroup))}
            {fact(t('needs'), kase.needs.map((n) => pick(SERVICE_LABELS[n], n)).join(', '))}
            {kase.domesticViolence && fact(t('dvFlag'), '✓')}
            {kase.trafficking && fact(t('traffickingFlag'), '✓')}
            {kase.dvActs.length > 0 && (
              <>
                <dt>{t('dvActs')}</dt>
                <dd data-testid="case-dv-acts">
                  <ul className="plain">
                    {kase.dvActs.map((a) => (
                      <li key={a}>{pick(DV_ACT_LABELS[a], a)}</li>
                    ))}
                  </ul>
                </dd>
              </>
            )}
          </dl>
        </section>
        <section className="card sealed" aria-labelledby="identifying-title">
          <h2 id="identifying-title">🔒 {t('identifying')}</h2>
          <p className="muted">{t('lockedNote')}</p>
          <dl className="facts">
            {fact(t('survivorName'), kase.survivorName, 'case-name')}
            {fact(t('survivorContact'), kase.survivorContact)}
            {fact(t('birthDate'), kase.survivorBirthDate)}
            {fact(t('incidentPlace'), kase.incidentPlace)}
            {fact(t('perpetrator'), kase.perpetrator)}
          </dl>
          {kase.description && <p data-testid="case-description">{kase.description}</p>}
        </section>
      </div>
      <CaseConsents
        kase={kase}
        onSet={(p: ConsentPurpose, granted) =>
          void act('POST', `/cases/${kase.id}/consents`, { purpose: p, granted })
        }
      />
      <CaseReferrals kase={kase} act={act} />
      <div className="two">
        <CaseNotes kase={kase} kind="follow_up" act={act} />
        <CaseNotes kase={kase} kind="plan_action" act={act} />
      </div>
      <CaseProtectionPanels kase={kase} act={act} />
      <CaseFollowUps key={`f${kase.version}`} caseId={kase.id} />
      <CaseClosure caseId={kase.id} onChanged={load} />
      <CaseTeamAndAccess kase={kase} />
      <CaseExport kase={kase} />
    </article>
  );
}
