/** Small pieces of the plan screens: status badge, links to related plans, cited documents. */
import type { PlanLink, PlanReference, PlanStatus } from '../api/plan-types.ts';
import { formatDate } from '../format.ts';
import { useI18n } from '../i18n.ts';
import { PLAN_STATUS_LABELS } from '../labels.ts';

export function StatusBadge({ status }: { status: PlanStatus }) {
  const { pick } = useI18n();
  return (
    <span className={`badge status-${status}`} data-testid="plan-status" data-status={status}>
      {pick(PLAN_STATUS_LABELS[status], status)}
    </span>
  );
}

/** Plans linked to this one (implementing it, or implemented by it), or "(none)". */
export function PlanLinks({ title, links, testId }: { title: string; links: PlanLink[]; testId: string }) {
  const { t } = useI18n();
  return (
    <div>
      <h3>{title}</h3>
      {links.length === 0 ? (
        <p className="muted" data-testid={`${testId}-none`}>
          {t('none')}
        </p>
      ) : (
        <ul className="plain links" data-testid={testId}>
          {links.map((l) => (
            <li key={l.id} data-testid="plan-link">
              <a href={`#/plans/${l.id}`}>{l.documentNumber ? `${l.documentNumber}: ${l.title}` : l.title}</a>{' '}
              <span className="muted">— {l.unitName}</span> <StatusBadge status={l.status} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** A cited document on one line: kind, number, date, issuer, then its title. */
function referenceText(r: PlanReference): string {
  const head = [r.kind, r.number ? `số ${r.number}` : '', r.issuedOn ? `ngày ${formatDate(r.issuedOn)}` : '']
    .filter(Boolean)
    .join(' ');
  return r.title.startsWith(r.kind) ? r.title : `${head}${r.issuer ? ` của ${r.issuer}` : ''}: ${r.title}`;
}

export function ReferencesView({ references }: { references: PlanReference[] }) {
  const { t } = useI18n();
  if (references.length === 0) return <p className="muted">{t('none')}</p>;
  return (
    <ul className="plain references" data-testid="plan-references">
      {references.map((r) => (
        <li key={r.id} data-testid="plan-reference" data-implements={r.implements}>
          {r.implements && (
            <span className="badge implements" data-testid="implements-badge">
              {t('implementsBadge')}
            </span>
          )}{' '}
          {referenceText(r)}
        </li>
      ))}
    </ul>
  );
}
