/**
 * Transfer of a case to another commune when the survivor moves (issue 16). The sending supervisor
 * asks, with the survivor's consent to the transfer; a supervisor of the receiving commune accepts
 * and assigns a case worker, or declines. On acceptance ownership moves (as in Primero): the case's
 * unit becomes the receiving commune, every assignment of the sending team ends — they no longer
 * read the case — and the receiving supervisor and worker are its team. The history (notes,
 * referrals, consents, who read it, the audit log) stays on the case. Both communes' audit shows
 * the request and the decision: one audit row for each side, in the transaction of the change.
 */
import type { Actor, UnitRef } from '../../core/auth/roles.ts';
import type { Config } from '../../core/config/config.ts';
import type { Clock } from '../../core/clock/clock.ts';
import type { Database } from '../../core/db/database.ts';
import { AppError } from '../../core/errors/app-error.ts';
import { AuditLogRepository } from '../audit-log/audit-log.repository.ts';
import {
  authorizeTransferDecision,
  authorizeTransferRequest,
  receivesTransfer,
} from './case-transfer.policy.ts';
import { CaseTransferRepository } from './case-transfer.repository.ts';
import type { TIncomingTransfer, TTransferRequest } from './case-transfer.schema.ts';
import { CasesRepository } from './cases.repository.ts';
import { CasesService } from './cases.service.ts';

const iso = (d: Date | string) => new Date(d).toISOString();

export class CaseTransferService {
  private readonly cases: CasesService;
  constructor(
    private readonly db: Database,
    config: Config,
    private readonly clock: Clock,
  ) {
    this.cases = new CasesService(db, config, clock);
  }

  /** One audit row for each commune, so that both sides' logs show the step. */
  private async auditBoth(
    tx: Database,
    actor: Actor,
    action: string,
    t: { caseId: number; provinceId: number; fromUnitId: number; toUnitId: number },
    details: Record<string, unknown>,
  ) {
    const audit = new AuditLogRepository(tx);
    for (const [side, unitId] of [
      ['sending', t.fromUnitId],
      ['receiving', t.toUnitId],
    ] as const)
      await audit.insert(actor, {
        action,
        entityType: 'gbv_case',
        entityId: t.caseId,
        unitId,
        provinceId: t.provinceId,
        details: { ...details, side, fromUnitId: t.fromUnitId, toUnitId: t.toUnitId },
      });
  }

  async request(actor: Actor, caseId: number, req: TTransferRequest) {
    const { row, access } = await this.cases.load(actor, caseId);
    authorizeTransferRequest(access);
    const repo = new CaseTransferRepository(this.db);
    const to = await new CasesRepository(this.db).unit(req.toUnitId);
    if (
      row.status !== 'open' ||
      !to ||
      to.version !== '2025' ||
      to.level !== 'commune' ||
      to.id === row.unit_id ||
      (to.province_id ?? to.id) !== row.province_id ||
      (await repo.pendingFor(caseId))
    )
      throw new AppError('CASE_TRANSFER_INVALID');
    const now = this.clock.now();
    const t = { caseId, provinceId: row.province_id, fromUnitId: row.unit_id, toUnitId: to.id };
    await this.db.transaction().execute(async (tx) => {
      const id = await new CaseTransferRepository(tx).request({ ...t, by: actor.userId, at: now });
      await this.auditBoth(tx, actor, 'case.transfer.request', t, { transferId: id, consent: true });
    });
    return this.cases.get(actor, caseId);
  }

  /** The sending supervisor withdraws a transfer not yet decided. */
  async cancel(actor: Actor, caseId: number) {
    const { row, access } = await this.cases.load(actor, caseId);
    authorizeTransferRequest(access);
    const pending = await new CaseTransferRepository(this.db).pendingFor(caseId);
    if (!pending) throw new AppError('CASE_TRANSFER_NOT_FOUND');
    const t = {
      caseId,
      provinceId: row.province_id,
      fromUnitId: pending.from_unit_id,
      toUnitId: pending.to_unit_id,
    };
    await this.db.transaction().execute(async (tx) => {
      if (
        !(await new CaseTransferRepository(tx).decide(
          pending.id,
          'cancelled',
          actor.userId,
          this.clock.now(),
        ))
      )
        throw new AppError('CASE_TRANSFER_NOT_FOUND');
      await this.auditBoth(tx, actor, 'case.transfer.cancel', t, { transferId: pending.id });
    });
    return this.cases.get(actor, caseId);
  }

  /** Transfers waiting for the caller's decision (a supervisor of the receiving commune). */
  async incoming(actor: Actor): Promise<TIncomingTransfer[]> {
    const provinces = [
      ...new Set(
        actor.roles
          .filter((r) => r.role === 'case_supervisor' && r.provinceId !== null)
          .map((r) => r.provinceId as number),
      ),
    ];
    const rows = await new CaseTransferRepository(this.db).requestedIn(provinces);
    const cases = new CasesRepository(this.db);
    const out: TIncomingTransfer[] = [];
    for (const r of rows) {
      const to = { id: r.to_unit_id, provinceId: r.province_id, districtId: r.to_district_id };
      if (!receivesTransfer(actor, to)) continue;
      const workers = await cases.candidates({ id: to.id, provinceId: r.province_id }, 'case_worker');
      out.push({
        id: r.id,
        caseCode: r.code,
        gbvType: r.gbv_type,
        riskLevel: r.risk_level,
        fromUnitName: r.from_unit_name,
        toUnitId: r.to_unit_id,
        toUnitName: r.to_unit_name,
        requestedAt: iso(r.requested_at),
        workers: workers.map((w) => ({ userId: w.id, name: w.full_name })),
      });
    }
    return out;
  }

  private async pending(actor: Actor, transferId: number) {
    const t = await new CaseTransferRepository(this.db).findById(transferId);
    if (!t) throw new AppError('CASE_TRANSFER_NOT_FOUND');
    const to: UnitRef = { id: t.to_unit_id, provinceId: t.province_id, districtId: t.to_district_id };
    authorizeTransferDecision(actor, to);
    if (t.status !== 'requested') throw new AppError('CASE_TRANSFER_NOT_FOUND');
    return t;
  }

  async accept(actor: Actor, transferId: number, workerId: number) {
    const t = await this.pending(actor, transferId);
    const workers = await new CasesRepository(this.db).candidates(
      { id: t.to_unit_id, provinceId: t.province_id },
      'case_worker',
    );
    if (!workers.some((w) => w.id === workerId) || actor.userId === null)
      throw new AppError('CASE_ASSIGNEE_INVALID');
    if (t.case_status !== 'open') throw new AppError('CASE_STATUS_CONFLICT');
    const now = this.clock.now();
    const side = {
      caseId: t.case_id,
      provinceId: t.province_id,
      fromUnitId: t.from_unit_id,
      toUnitId: t.to_unit_id,
    };
    const supervisorId = actor.userId;
    await this.db.transaction().execute(async (tx) => {
      const repo = new CaseTransferRepository(tx);
      const cases = new CasesRepository(tx);
      if (!(await repo.decide(t.id, 'accepted', supervisorId, now, workerId)))
        throw new AppError('CASE_TRANSFER_NOT_FOUND');
      if (!(await cases.update(t.case_id, t.case_version, { unit_id: t.to_unit_id })))
        throw new AppError('CASE_VERSION_CONFLICT');
      const ended = await repo.endTeam(t.case_id, now);
      await cases.assign({
        caseId: t.case_id,
        provinceId: t.province_id,
        userId: supervisorId,
        role: 'case_supervisor',
        by: supervisorId,
      });
      if (workerId !== supervisorId)
        await cases.assign({
          caseId: t.case_id,
          provinceId: t.province_id,
          userId: workerId,
          role: 'case_worker',
          by: supervisorId,
        });
      await this.auditBoth(tx, actor, 'case.transfer.accept', side, {
        transferId: t.id,
        code: t.code,
        workerId,
        endedAssignments: ended.length,
      });
    });
    return { caseId: t.case_id, status: 'accepted' as const };
  }

  async decline(actor: Actor, transferId: number) {
    const t = await this.pending(actor, transferId);
    const side = {
      caseId: t.case_id,
      provinceId: t.province_id,
      fromUnitId: t.from_unit_id,
      toUnitId: t.to_unit_id,
    };
    await this.db.transaction().execute(async (tx) => {
      if (!(await new CaseTransferRepository(tx).decide(t.id, 'declined', actor.userId, this.clock.now())))
        throw new AppError('CASE_TRANSFER_NOT_FOUND');
      await this.auditBoth(tx, actor, 'case.transfer.decline', side, { transferId: t.id, code: t.code });
    });
    return { caseId: t.case_id, status: 'declined' as const };
  }
}
