/** The level above's review of a submitted report: approve, or return with a reason; reopen an approved one. */
import { useState } from 'react';
import type { ReportAction, ReportDetail } from '../api/report-types.ts';
import { Field } from '../components/Field.tsx';
import { useI18n } from '../i18n.ts';

export function ReportDecision({
  report,
  busy,
  onAction,
}: {
  report: ReportDetail;
  busy: boolean;
  onAction: (action: ReportAction, reason?: string) => void;
}) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const { approve, return: canReturn, reopen } = report.abilities;
  if (!approve && !canReturn && !reopen) return null;

  const withReason = (action: 'return' | 'reopen') => {
    if (!reason.trim()) {
      setMissing(true);
      return;
    }
    setMissing(false);
    onAction(action, reason.trim());
    setReason('');
  };

  return (
    <section className="card" aria-labelledby="decision-title" data-testid="report-decision">
      <h2 id="decision-title">{t('decision')}</h2>
      <Field label={t('reason')} hint={t('reasonHint')} {...(missing ? { error: t('reasonRequired') } : {})}>
        {(p) => (
          <textarea
            {...p}
            rows={2}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            data-testid="report-reason"
          />
        )}
      </Field>
      <div className="actions">
        {approve && (
          <button
            type="button"
            disabled={busy}
            onClick={() => onAction('approve')}
            data-testid="report-approve"
          >
            {t('approveReport')}
          </button>
        )}
        {canReturn && (
          <button
            type="button"
            className="secondary"
            disabled={busy}
            onClick={() => withReason('return')}
            data-testid="report-return"
          >
            {t('returnReport')}
          </button>
        )}
        {reopen && (
          <button
            type="button"
            className="secondary"
            disabled={busy}
            onClick={() => withReason('reopen')}
            data-testid="report-reopen"
          >
            {t('reopenReport')}
          </button>
        )}
      </div>
    </section>
  );
}
