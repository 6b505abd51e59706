/**
 * A returned report reaches the people who must correct it: when the receiver returns a report,
 * every active reporter and unit administrator of the reporting unit gets a notification (bell,
 * notifications page, daily digest) with the reason, in the return's own transaction.
 */
import type { Clock } from '../../core/clock/clock.ts';
import type { Database } from '../../core/db/database.ts';
import { ReportReturnedRepository } from './report-returned.repository.ts';

export interface ReturnedReport {
  id: number;
  version: number;
  unitId: number;
  unitName: string;
  formName: string;
  periodLabel: string;
  dueDate: string | null;
  reason: string;
  actorId: number | null;
}

export function notifyReturned(tx: Database, r: ReturnedReport, clock: Clock): Promise<number> {
  return new ReportReturnedRepository(tx).insertForUnit({
    unitId: r.unitId,
    actorId: r.actorId,
    subjectKey: `report:${r.id}:returned:${r.version}`,
    dueDate: r.dueDate ?? clock.today(),
    title: `Báo cáo bị trả lại: ${r.formName} — ${r.periodLabel} / Report returned`,
    detail: `${r.unitName}. Lý do / Reason: ${r.reason}`,
    link: `#/reports/${r.id}`,
    at: clock.now(),
  });
}
