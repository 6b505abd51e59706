/** The audit page's line on the seals, for system administrators: how far the log is intact. */
import { useEffect, useState } from 'react';
import { api } from '../api/client.ts';
import type { AuditSealVerification } from '../api/types.ts';
import { formatDateTime } from '../format.ts';
import { useI18n, type Key } from '../i18n.ts';

const REASON: Record<NonNullable<AuditSealVerification['broken']>['reason'], Key> = {
  row_changed: 'auditSealRowChanged',
  row_deleted: 'auditSealRowDeleted',
  row_inserted: 'auditSealRowInserted',
  chain_broken: 'auditSealChainBroken',
  seal_missing: 'auditSealMissing',
  external_mismatch: 'auditSealExternal',
};

export function AuditSealLine() {
  const { t } = useI18n();
  const [r, setR] = useState<AuditSealVerification | null>(null);

  useEffect(() => {
    let live = true;
    // A failed check leaves the line out: the page still shows the log.
    api.get<AuditSealVerification>('/audit-log/seals/verify').then(
      (v) => {
        if (live) setR(v);
      },
      () => {},
    );
    return () => {
      live = false;
    };
  }, []);

  if (!r) return null;
  if (r.broken) {
    const intact = r.intactThrough;
    return (
      <div className="error" role="alert" data-testid="audit-seal" data-ok="false">
        <p>{t('auditSealBroken', { id: r.broken.sealId, reason: t(REASON[r.broken.reason]) })}</p>
        {intact ? (
          <span>
            {t('auditSealIntactBefore', { time: formatDateTime(intact.sealedAt), intact: intact.id })}
          </span>
        ) : null}
      </div>
    );
  }
  return (
    <p className="notice" data-testid="audit-seal" data-ok="true">
      {r.lastSeal
        ? t('auditSealIntact', {
            time: formatDateTime(r.lastSeal.sealedAt),
            id: r.lastSeal.id,
            unsealed: r.unsealedRows,
          })
        : t('auditSealNone', { unsealed: r.unsealedRows })}
    </p>
  );
}
