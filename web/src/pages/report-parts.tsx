/** Small pieces of the report screens: status badge, history. */
import type { ReportDetail, ReportStatus } from '../api/report-types.ts';
import { formatDateTime } from '../format.ts';
import { useI18n, type Key } from '../i18n.ts';
import { REPORT_STATUS_LABELS } from '../labels.ts';

export function ReportStatusBadge({ status }: { status: ReportStatus }) {
  const { pick } = useI18n();
  return (
    <span className={`badge report-${status}`} data-testid="report-status" data-status={status}>
      {pick(REPORT_STATUS_LABELS[status], status)}
    </span>
  );
}

const EVENT_KEYS: Record<string, Key> = {
  create: 'ev_create',
  save: 'ev_save',
  submit: 'ev_submit',
  return: 'ev_return',
  approve: 'ev_approve',
  reopen: 'ev_reopen',
};

export function ReportHistory({ events }: { events: ReportDetail['events'] }) {
  const { t } = useI18n();
  return (
    <section className="card" aria-labelledby="report-history">
      <h2 id="report-history">{t('reportHistory')}</h2>
      <ol className="plain" data-testid="report-history">
        {[...events].reverse().map((e, i) => (
          <li key={i} data-testid="report-event" data-action={e.action}>
            <span className="muted">{formatDateTime(e.at)}</span> —{' '}
            {EVENT_KEYS[e.action] ? t(EVENT_KEYS[e.action] as Key) : e.action}
            {e.actorName ? ` (${e.actorName})` : ''}
            {e.reason ? `: ${e.reason}` : ''}
          </li>
        ))}
      </ol>
    </section>
  );
}
