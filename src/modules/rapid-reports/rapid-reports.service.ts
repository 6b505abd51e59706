/**
 * Rapid reports (báo cáo nhanh) as the level above receives them: any role held at the receiving
 * province reads its inbox (the payload is anonymised by construction, see case-anonymise.ts);
 * a case supervisor or unit administrator there acknowledges them.
 */
import type { Actor } from '../../core/auth/roles.ts';
import { isSystemAdmin } from '../../core/auth/scope.ts';
import type { Clock } from '../../core/clock/clock.ts';
import type { Database } from '../../core/db/database.ts';
import { AppError } from '../../core/errors/app-error.ts';
import { AuditLogRepository } from '../audit-log/audit-log.repository.ts';
import type { AnonymisedCase } from '../cases/case-anonymise.ts';
import { DV_ACT_LABELS } from '../cases/dv-act-labels.ts';
import { RapidReportsRepository } from './rapid-reports.repository.ts';
import type { TRapidReport } from './rapid-reports.schema.ts';

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);

/**
 * The case as the report shows it: the stored anonymised payload, with the acts of domestic
 * violence named (only on a case marked as domestic violence; none in reports sent before acts
 * were recorded). Nothing beyond the payload is read.
 */
export function presentRapidCase(payload: AnonymisedCase): TRapidReport['case'] {
  const { dvActs = [], ...rest } = payload;
  const acts = payload.domesticViolence ? dvActs.filter((a) => a in DV_ACT_LABELS) : [];
  return {
    ...rest,
    dvActs: acts.map((code) => ({ code, label: DV_ACT_LABELS[code][0], labelEn: DV_ACT_LABELS[code][1] })),
  };
}

export class RapidReportsService {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
  ) {}

  async inbox(actor: Actor): Promise<TRapidReport[]> {
    // only the receiving province's people: a national role (system administrator) holds none there
    const units = [
      ...new Set(actor.roles.filter((r) => r.unitLevel === 'province').map((r) => r.unitId as number)),
    ];
    return (await new RapidReportsRepository(this.db).inbox(units)).map((r) => ({
      id: r.id,
      fromUnitName: r.from_unit_name,
      sentAt: new Date(r.sent_at).toISOString(),
      acknowledgedAt: iso(r.acknowledged_at),
      acknowledgedBy: r.acknowledged_by_name,
      case: presentRapidCase(r.payload as AnonymisedCase),
    }));
  }

  async acknowledge(actor: Actor, id: number): Promise<void> {
    const repo = new RapidReportsRepository(this.db);
    const r = await repo.findById(id);
    if (!r) throw new AppError('RAPID_REPORT_NOT_FOUND');
    const ok = actor.roles.some(
      (x) => (x.role === 'case_supervisor' || x.role === 'unit_admin') && x.unitId === r.to_unit_id,
    );
    if (!ok)
      throw new AppError(
        isSystemAdmin(actor) || actor.roles.some((x) => x.unitId === r.to_unit_id)
          ? 'FORBIDDEN'
          : 'RAPID_REPORT_NOT_FOUND',
      );
    await this.db.transaction().execute(async (tx) => {
      await new RapidReportsRepository(tx).acknowledge(id, actor.userId, this.clock.now());
      await new AuditLogRepository(tx).insert(actor, {
        action: 'rapid_report.acknowledge',
        entityType: 'rapid_report',
        entityId: id,
        unitId: r.to_unit_id,
        provinceId: r.to_unit_id,
        details: {},
      });
    });
  }
}
