/**
 * What the user's commune owes under its province's reporting obligations: a reminder line for
 * what is overdue or due soon, and each period with a one-click way to start (or open) its report.
 */
import { useEffect, useState } from 'react';
import { api } from '../api/client.ts';
import type { DueItem, ReportDetail } from '../api/report-types.ts';
import type { Items } from '../api/types.ts';
import { ErrorBox } from '../components/Feedback.tsx';
import { formatDate } from '../format.ts';
import { useI18n } from '../i18n.ts';
import { navigate } from '../router.ts';

export function DueReports() {
  const { t, errorMessage } = useI18n();
  const [items, setItems] = useState<DueItem[]>([]);
  const [problem, setProblem] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    api.get<Items<DueItem>>('/obligations/due').then(
      (r) => {
        if (live) setItems(r.items);
      },
      () => undefined, // the reports below still work without this reminder
    );
    return () => {
      live = false;
    };
  }, []);

  if (items.length === 0) return null;
  const pressing = items.filter(
    (i) => i.state === 'overdue' || i.state === 'remind' || i.state === 'returned',
  ).length;

  const start = async (i: DueItem) => {
    setBusy(true);
    setProblem(null);
    try {
      const r = await api.post<{ report: ReportDetail }>('/reports', {
        formId: i.formId,
        unitId: i.unitId,
        periodStart: i.periodStart,
        obligationId: i.obligationId,
      });
      navigate(`/reports/${r.report.id}`);
    } catch (err) {
      setProblem(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card attention" aria-labelledby="due-title" data-testid="due-reports">
      <h2 id="due-title">{t('dueTitle')}</h2>
      {pressing > 0 && (
        <p role="status" data-testid="due-reminder">
          <strong>{t('dueReminder', { n: pressing })}</strong>
        </p>
      )}
      {problem !== null && <ErrorBox errors={errorMessage(problem)} />}
      <table className="stack">
        <thead>
          <tr>
            <th scope="col">{t('obligationTitle')}</th>
            <th scope="col">{t('reportUnit')}</th>
            <th scope="col">{t('period')}</th>
            <th scope="col">{t('dueDateReport')}</th>
            <th scope="col">{t('status')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('action')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((i) => (
            <tr
              key={`${i.obligationId}-${i.unitId}-${i.periodStart}`}
              data-testid="due-row"
              data-state={i.state}
            >
              <td data-label={t('obligationTitle')}>
                {i.title}
                <br />
                <span className="muted">
                  {t('receiver')}: {i.receiverName}
                </span>
              </td>
              <td data-label={t('reportUnit')}>{i.unitName}</td>
              <td data-label={t('period')}>{i.periodLabel}</td>
              <td data-label={t('dueDateReport')}>{formatDate(i.dueDate)}</td>
              <td data-label={t('status')}>
                <span className={`badge due-${i.state}`}>{t(`dueState_${i.state}`)}</span>
                {i.returnReason && (
                  <div className="muted" data-testid="due-return-reason">
                    {t('dueReturnReason', { reason: i.returnReason })}
                  </div>
                )}
              </td>
              <td>
                {i.reportId ? (
                  <a href={`#/reports/${i.reportId}`} data-testid="due-open">
                    {t('openReport')}
                  </a>
                ) : (
                  <button
                    type="button"
                    className="small"
                    disabled={busy}
                    onClick={() => void start(i)}
                    data-testid="due-start"
                  >
                    {t('startReport')}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
