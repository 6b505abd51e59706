/**
 * The reporting obligations the user's province has set (or that its commune owes), each with its
 * next due date; a province's planners, approvers and administrators add and stop them here.
 */
import { useEffect, useState } from 'react';
import { api } from '../api/client.ts';
import type { Obligation, ReportForm } from '../api/report-types.ts';
import type { Items, Me } from '../api/types.ts';
import { Notice } from '../components/Feedback.tsx';
import { formatDueDays } from '../due-days.ts';
import { formatDate, todayIso } from '../format.ts';
import { useI18n } from '../i18n.ts';
import { ObligationForm } from './obligation-form.tsx';

const MANAGE = ['unit_admin', 'planner', 'approver'];

/** The province a user manages obligations for: the unit of a managing role held at a province. */
function managedProvince(me: Me, provinces: Set<number>): number | null {
  return (
    me.roles.find((r) => MANAGE.includes(r.role) && r.unitId !== null && provinces.has(r.unitId))?.unitId ??
    null
  );
}

export function ObligationsPanel({ me, forms }: { me: Me; forms: ReportForm[] }) {
  const { t } = useI18n();
  const [items, setItems] = useState<Obligation[]>([]);
  const [province, setProvince] = useState<number | null>(null);
  const [adding, setAdding] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    api.get<Items<Obligation>>('/obligations').then(
      (r) => {
        if (live) setItems(r.items);
      },
      () => undefined,
    );
    // Which of the user's role units are provinces (obligations are set by a province).
    const unitIds = me.roles.map((r) => r.unitId).filter((x): x is number => x !== null);
    Promise.all(unitIds.map((id) => api.get<{ unit: { id: number; level: string } }>(`/units/${id}`))).then(
      (units) => {
        if (live)
          setProvince(
            managedProvince(
              me,
              new Set(units.filter((u) => u.unit.level === 'province').map((u) => u.unit.id)),
            ),
          );
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [me, attempt]);

  const toggle = async (o: Obligation) => {
    await api.patch(`/obligations/${o.id}`, { isActive: !o.isActive });
    setAttempt(attempt + 1);
  };

  if (items.length === 0 && province === null) return null;
  return (
    <details className="card" data-testid="obligations-panel" open={items.length === 0}>
      <summary>
        <h2>
          {t('obligationsTitle')} ({items.filter((o) => o.isActive).length})
        </h2>
      </summary>
      <p className="muted">{t('obligationsIntro')}</p>
      <Notice text={notice} />
      {items.length === 0 ? (
        <p className="muted">{t('obligationsNone')}</p>
      ) : (
        <table className="stack" data-testid="obligations-table">
          <thead>
            <tr>
              <th scope="col">{t('obligationTitle')}</th>
              <th scope="col">{t('obligationFrequency')}</th>
              <th scope="col">{t('dueDays')}</th>
              <th scope="col">{t('nextDue')}</th>
              <th scope="col">{t('activeCol')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((o) => (
              <tr key={o.id} data-testid="obligation-row">
                <td data-label={t('obligationTitle')}>
                  {o.title}
                  <br />
                  <span className="muted">
                    {o.formName} — {o.unitName}
                    {o.planId && (
                      <>
                        {' '}
                        — <a href={`#/plans/${o.planId}`}>{t('navPlans')}</a>
                      </>
                    )}
                  </span>
                </td>
                <td data-label={t('obligationFrequency')}>{t(`freq_${o.frequency}`)}</td>
                <td data-label={t('dueDays')}>{formatDueDays(o.dueDays)}</td>
                <td data-label={t('nextDue')}>{formatDate(o.nextDue)}</td>
                <td data-label={t('activeCol')}>
                  {o.isActive ? t('activeCol') : t('obligationInactive')}{' '}
                  {province === o.unitId && (
                    <button type="button" className="secondary small" onClick={() => void toggle(o)}>
                      {o.isActive ? t('turnOff') : t('turnOn')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {province !== null &&
        (adding ? (
          <ObligationForm
            initial={{
              formId: null,
              unitId: province,
              title: '',
              frequency: 'semiannual',
              dueDays: [],
              startsOn: todayIso(),
            }}
            forms={forms}
            submitLabel={t('create')}
            testId="obligation-new"
            onCreated={() => {
              setAdding(false);
              setNotice(t('obligationCreated'));
              setAttempt(attempt + 1);
            }}
          />
        ) : (
          <button
            type="button"
            className="secondary"
            onClick={() => setAdding(true)}
            data-testid="obligation-add"
          >
            {t('addObligation')}
          </button>
        ))}
    </details>
  );
}
