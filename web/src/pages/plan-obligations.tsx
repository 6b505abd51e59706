/**
 * A province plan's report deadlines turned into reporting obligations: each deadline read from the
 * text comes prefilled (form of the same period, due days, title), created with one click.
 */
import { useEffect, useState } from 'react';
import { api } from '../api/client.ts';
import type { ObligationSuggestion, ReportForm } from '../api/report-types.ts';
import type { Items } from '../api/types.ts';
import { Notice } from '../components/Feedback.tsx';
import { useI18n } from '../i18n.ts';
import { ObligationForm } from './obligation-form.tsx';

interface Suggestions {
  note: 'not_province' | 'no_deadlines' | null;
  items: ObligationSuggestion[];
}

export function PlanObligations({ planId, canManage }: { planId: number; canManage: boolean }) {
  const { t } = useI18n();
  const [data, setData] = useState<Suggestions | null>(null);
  const [forms, setForms] = useState<ReportForm[]>([]);
  const [notice, setNotice] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    Promise.all([
      api.get<Suggestions>('/obligations/suggestions', { planId }),
      api.get<Items<ReportForm>>('/report-forms'),
    ]).then(
      ([s, f]) => {
        if (!live) return;
        setData(s);
        setForms(f.items);
      },
      () => undefined, // the plan page works without this part
    );
    return () => {
      live = false;
    };
  }, [planId, attempt]);

  if (!data || data.note === 'not_province') return null;
  return (
    <section className="card" aria-labelledby="plan-obligations-title" data-testid="plan-obligations">
      <h2 id="plan-obligations-title">{t('planObligations')}</h2>
      {data.note === 'no_deadlines' ? (
        <p className="muted">{t('planObligationsNone')}</p>
      ) : (
        <>
          <p className="muted">{t('planObligationsIntro')}</p>
          <Notice text={notice} />
          <ol className="plain">
            {data.items.map((s, i) => (
              <li key={`${i}-${s.title}`} className="suggestion" data-testid="plan-obligation">
                <p>
                  <q>{s.sourceText ?? s.title}</q>
                  {s.to && <span className="muted"> — {t('fromPlanTo', { to: s.to })}</span>}
                </p>
                {s.existingId !== null ? (
                  <p>
                    <span className="badge matched" data-testid="plan-obligation-created">
                      {t('alreadyCreated')}
                    </span>{' '}
                    <a href="#/reports">{t('obligationsTitle')}</a>
                  </p>
                ) : (
                  canManage && (
                    <ObligationForm
                      initial={s}
                      forms={forms}
                      submitLabel={t('create')}
                      testId={`plan-obligation-${i}`}
                      onCreated={() => {
                        setNotice(t('obligationCreated'));
                        setAttempt(attempt + 1);
                      }}
                    />
                  )
                )}
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
