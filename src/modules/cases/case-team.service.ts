/**
 * A case's team and lifecycle: consents per purpose, assignments (by its supervisor), closing at
 * once by the supervisor (closure with approval and reopening: case-closure.service.ts), who has read it, and break-glass access by a supervisor of the area (read-only, an
 * hour, logged on the case and alerted).
 */
import type { Actor } from '../../core/auth/roles.ts';
import type { Config } from '../../core/config/config.ts';
import type { Clock } from '../../core/clock/clock.ts';
import type { Database } from '../../core/db/database.ts';
import type { ConsentPurpose } from '../../core/db/schema-cases.ts';
import { AppError } from '../../core/errors/app-error.ts';
import { AuditLogRepository } from '../audit-log/audit-log.repository.ts';
import { authorizeBreakGlass, authorizeCase, caseUnit, currentCaseAccess } from './cases.policy.ts';
import { CasesRepository } from './cases.repository.ts';
import type { TCase } from './cases.schema.ts';
import { CasesService, type CaseRow } from './cases.service.ts';
import { alertBreakGlass } from '../notifications/break-glass-alerts.ts';

const BREAK_GLASS_MINUTES = 60;

export class CaseTeamService {
  private readonly cases: CasesService;
  constructor(
    private readonly db: Database,
    config: Config,
    private readonly clock: Clock,
  ) {
    this.cases = new CasesService(db, config, clock);
  }

  private audit(
    tx: Database,
    actor: Actor,
    row: CaseRow,
    action: string,
    details: Record<string, unknown> = {},
  ) {
    return new AuditLogRepository(tx).insert(actor, {
      action,
      entityType: 'gbv_case',
      entityId: row.id,
      unitId: row.unit_id,
      provinceId: row.province_id,
      details,
    });
  }

  async consent(actor: Actor, id: number, purpose: ConsentPurpose, granted: boolean): Promise<TCase> {
    const { row, access } = await this.cases.load(actor, id);
    authorizeCase(access, 'edit');
    await this.db.transaction().execute(async (tx) => {
      await new CasesRepository(tx).addConsents(id, row.province_id, actor.userId, [{ purpose, granted }]);
      await this.audit(tx, actor, row, granted ? 'case.consent.grant' : 'case.consent.withdraw', { purpose });
    });
    return this.cases.get(actor, id);
  }

  /** Case workers and supervisors who may be put on the case (they hold the role over its unit). */
  async candidates(actor: Actor, id: number) {
    const { row, access } = await this.cases.load(actor, id);
    authorizeCase(access, 'read');
    const repo = new CasesRepository(this.db);
    const unit = { id: row.unit_id, provinceId: row.province_id };
    const [workers, supervisors] = await Promise.all([
      repo.candidates(unit, 'case_worker'),
      repo.candidates(unit, 'case_supervisor'),
    ]);
    return [
      ...supervisors.map((u) => ({ userId: u.id, name: u.full_name, role: 'case_supervisor' as const })),
      ...workers.map((u) => ({ userId: u.id, name: u.full_name, role: 'case_worker' as const })),
    ];
  }

  /** Supervisors for a new case in a unit (for the intake form). */
  async supervisorsFor(actor: Actor, unitId: number) {
    const unit = await new CasesRepository(this.db).unit(unitId);
    if (!unit) throw new AppError('UNIT_NOT_FOUND');
    const provinceId = unit.province_id ?? unit.id;
    if (
      !actor.roles.some((r) => r.role === 'case_worker' && (r.unitId === unit.id || r.unitId === provinceId))
    )
      throw new AppError('FORBIDDEN');
    const rows = await new CasesRepository(this.db).candidates(
      { id: unit.id, provinceId },
      'case_supervisor',
    );
    return rows.map((u) => ({ userId: u.id, name: u.full_name, role: 'case_supervisor' as const }));
  }

  async assign(
    actor: Actor,
    id: number,
    req: { userId: number; role: 'case_worker' | 'case_supervisor'; active: boolean },
  ): Promise<TCase> {
    const { row, access } = await this.cases.load(actor, id);
    authorizeCase(access, 'assign');
    if (req.active) {
      const ok = (await this.candidates(actor, id)).some(
        (c) => c.userId === req.userId && c.role === req.role,
      );
      if (!ok) throw new AppError('CASE_ASSIGNEE_INVALID');
    } else if (req.userId === actor.userId) throw new AppError('CASE_ASSIGNEE_INVALID'); // hand over first
    await this.db.transaction().execute(async (tx) => {
      const txRepo = new CasesRepository(tx);
      await txRepo.endAssignment(id, req.userId, this.clock.now());
      if (req.active)
        await txRepo.assign({
          caseId: id,
          provinceId: row.province_id,
          userId: req.userId,
          role: req.role,
          by: actor.userId,
        });
      await this.audit(tx, actor, row, req.active ? 'case.assign' : 'case.unassign', {
        userId: req.userId,
        role: req.role,
      });
    });
    return this.cases.get(actor, id);
  }

  /** Closing at once: the case's supervisor only (a worker asks through case-closure.service.ts). */
  async close(actor: Actor, id: number, reason: NonNullable<CaseRow['close_reason']>): Promise<TCase> {
    const { row, access } = await this.cases.load(actor, id);
    authorizeCase(access, 'close_decide');
    if (row.status !== 'open') throw new AppError('CASE_STATUS_CONFLICT');
    await this.db.transaction().execute(async (tx) => {
      if (
        !(await new CasesRepository(tx).update(id, row.version, {
          status: 'closed',
          close_reason: reason,
          closed_at: this.clock.now(),
        }))
      )
        throw new AppError('CASE_VERSION_CONFLICT');
      await this.audit(tx, actor, row, 'case.close', { reason });
    });
    return this.cases.get(actor, id);
  }

  async accessLog(actor: Actor, id: number) {
    const { access } = await this.cases.load(actor, id);
    authorizeCase(access, 'read');
    return (await new CasesRepository(this.db).accessLog(id)).map((a) => ({
      at: new Date(a.at).toISOString(),
      userName: a.full_name,
      action: a.action,
      reason: a.reason,
    }));
  }

  /** A supervisor of the area opens a case not assigned to them: read-only, an hour, alerted. */
  async breakGlass(actor: Actor, id: number, reason: string): Promise<TCase> {
    const repo = new CasesRepository(this.db);
    const row = await repo.findById(id);
    if (!row || actor.userId === null) throw new AppError('CASE_NOT_FOUND');
    const unit = caseUnit(row);
    authorizeBreakGlass(
      actor,
      unit,
      currentCaseAccess(actor, unit, await repo.access(id, actor.userId, this.clock.now())),
    );
    await this.db.transaction().execute(async (tx) => {
      const txRepo = new CasesRepository(tx);
      await txRepo.grant(
        id,
        actor.userId as number,
        new Date(this.clock.nowMs() + BREAK_GLASS_MINUTES * 60_000),
      );
      await txRepo.logAccess({
        caseId: id,
        provinceId: row.province_id,
        userId: actor.userId,
        action: 'break_glass',
        reason,
        ip: actor.ip,
      });
      await txRepo.alert({ caseId: id, provinceId: row.province_id, userId: actor.userId, reason });
      await alertBreakGlass(tx, actor, { id, code: row.code, minutes: BREAK_GLASS_MINUTES }, this.clock);
      await this.audit(tx, actor, row, 'case.break_glass', { minutes: BREAK_GLASS_MINUTES });
    });
    return this.cases.get(actor, id);
  }
}
