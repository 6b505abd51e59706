/**
 * GBV cases: intake, the case as its team reads it (every read logged on the case), edits.
 * Identifying fields are sealed before they reach the database and opened only for the team.
 * Intake is one transaction: the case, its team, its consents, the rapid report and the audit record.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import type { Actor } from '../../core/auth/roles.ts';
import type { Config } from '../../core/config/config.ts';
import { yearOf, type Clock } from '../../core/clock/clock.ts';
import { refuseFutureCaseDates } from './case-dates.ts';
import { refuseActsWithoutDomesticViolence } from './case-dv-facts.ts';
import type { Database } from '../../core/db/database.ts';
import { isUniqueViolation } from '../../core/db/errors.ts';
import { AppError } from '../../core/errors/app-error.ts';
import { AuditLogRepository } from '../audit-log/audit-log.repository.ts';
import { RapidReportsRepository } from '../rapid-reports/rapid-reports.repository.ts';
import { anonymiseCase } from './case-anonymise.ts';
import { scheduleDefaultFollowUps } from './case-followups.plan.ts';
import { caseKeyRing } from './case-keys.ts';
import { openCaseFields, sealCaseFields } from './case-seal.ts';
import { CaseWorkRepository } from './case-work.repository.ts';
import { isOverdue, presentNote, presentReferral } from './case-work.present.ts';
import {
  authorizeCase,
  authorizeCaseIntake,
  caseUnit,
  currentCaseAccess,
  mayCase,
  type CaseAccess,
} from './cases.policy.ts';
import { CasesRepository } from './cases.repository.ts';
import type { TCase, TCaseSummary, TCreateCaseRequest, TUpdateCaseRequest } from './cases.schema.ts';

export type CaseRow = NonNullable<Awaited<ReturnType<CasesRepository['findById']>>>;
const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);
const PSEUDO = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const pseudonym = () => `NBL-${[...randomBytes(4)].map((b) => PSEUDO[b % PSEUDO.length]).join('')}`;

export class CasesService {
  constructor(
    private readonly db: Database,
    private readonly config: Config,
    private readonly clock: Clock,
  ) {}

  private ring() {
    return caseKeyRing(this.config);
  }

  /** The case and the caller's access to it; CASE_NOT_FOUND unless the caller may read it. */
  async load(actor: Actor, id: number): Promise<{ row: CaseRow; access: CaseAccess }> {
    const repo = new CasesRepository(this.db);
    const row = await repo.findById(id);
    const access = row
      ? currentCaseAccess(actor, caseUnit(row), await repo.access(id, actor.userId, this.clock.now()))
      : { assigned: null, grant: false };
    if (!row || !mayCase(access, 'read')) throw new AppError('CASE_NOT_FOUND');
    return { row, access };
  }

  async list(actor: Actor, status?: 'open' | 'closed'): Promise<TCaseSummary[]> {
    if (actor.userId === null) return [];
    const rows = await new CasesRepository(this.db).listForUser(actor.userId, this.clock.today(), status);
    // an assignment counts only with a current case role over the case's unit (cases.policy.ts)
    const readable = rows.filter((r) =>
      mayCase(currentCaseAccess(actor, caseUnit(r), { assigned: r.role, grant: false }), 'read'),
    );
    return readable.map((r) => ({
      id: r.id,
      code: r.code,
      pseudonym: r.pseudonym,
      unitId: r.unit_id,
      unitName: r.unit_name,
      status: r.status,
      gbvType: r.gbv_type,
      riskLevel: r.risk_level,
      detectedOn: r.detected_on,
      myRole: r.role,
      overdueReferrals: r.overdue,
    }));
  }

  /** The whole case for its team; the read is logged on the case. */
  async get(actor: Actor, id: number): Promise<TCase> {
    const { row, access } = await this.load(actor, id);
    const ring = this.ring();
    const repo = new CasesRepository(this.db);
    const work = new CaseWorkRepository(this.db);
    await repo.logAccess({
      caseId: id,
      provinceId: row.province_id,
      userId: actor.userId,
      action: 'view',
      ip: actor.ip,
    });
    const [team, consents, referrals, notes, sent] = await Promise.all([
      repo.team(id),
      repo.consents(id),
      work.referrals(id),
      work.notes(id),
      new RapidReportsRepository(this.db).sentFor(id),
    ]);
    return {
      id: row.id,
      code: row.code,
      pseudonym: row.pseudonym,
      unitId: row.unit_id,
      unitName: row.unit_name,
      status: row.status,
      gbvType: row.gbv_type,
      riskLevel: row.risk_level,
      detectedOn: row.detected_on,
      myRole: access.assigned,
      overdueReferrals: referrals.filter((r) => isOverdue(r, this.clock.today())).length,
      channel: row.channel,
      incidentOn: row.incident_on,
      incidentUnitId: row.incident_unit_id,
      incidentUnitName: row.incident_unit_name,
      domesticViolence: row.domestic_violence,
      dvActs: row.dv_acts as TCase['dvActs'],
      trafficking: row.trafficking,
      perpetratorRelation: row.perpetrator_relation,
      needs: row.needs,
      survivorSex: row.survivor_sex,
      survivorAgeGroup: row.survivor_age_group,
      ...openCaseFields(ring, row),
      closeReason: row.close_reason,
      closedAt: iso(row.closed_at),
      createdAt: new Date(row.created_at).toISOString(),
      version: row.version,
      team: team.map((m) => ({ userId: m.user_id, name: m.full_name, role: m.role })),
      consents: consents.map((c) => ({
        purpose: c.purpose,
        granted: c.granted,
        recordedAt: new Date(c.recorded_at).toISOString(),
      })),
      abilities: {
        edit: mayCase(access, 'edit'),
        assign: mayCase(access, 'assign'),
        export: mayCase(access, 'export'),
      },
      referrals: referrals.map((r) => presentReferral(ring, r, this.clock.today())),
      notes: notes.map((n) => presentNote(ring, n)),
      rapidReportSentAt: iso(sent[0]?.sent_at ?? null),
    };
  }

  private unit(id: number) {
    return new CasesRepository(this.db).unit(id);
  }

  async create(actor: Actor, req: TCreateCaseRequest): Promise<TCase> {
    const unit = await this.unit(req.unitId);
    if (!unit || unit.version !== '2025' || unit.level === 'district')
      throw new AppError('CASE_UNIT_INVALID');
    const provinceId = unit.province_id ?? unit.id;
    authorizeCaseIntake(actor, { id: unit.id, provinceId, districtId: unit.district_id });
    refuseActsWithoutDomesticViolence(req);
    refuseFutureCaseDates(this.clock.today(), req);
    if (req.incidentUnitId) {
      const iu = await this.unit(req.incidentUnitId);
      if (!iu || iu.version !== '2025' || iu.level !== 'commune') throw new AppError('CASE_UNIT_INVALID');
    }
    const repo = new CasesRepository(this.db);
    const supervisors = await repo.candidates({ id: unit.id, provinceId }, 'case_supervisor');
    if (!supervisors.some((s) => s.id === req.supervisorId)) throw new AppError('CASE_ASSIGNEE_INVALID');
    const province = await this.unit(provinceId);
    const commune = req.incidentUnitId
      ? ((await this.unit(req.incidentUnitId))?.full_name ?? unit.full_name)
      : unit.full_name;
    const ring = this.ring();
    const uid = randomUUID();
    for (let attempt = 0; ; attempt++) {
      try {
        const id = await this.db.transaction().execute(async (tx) => {
          const txRepo = new CasesRepository(tx);
          const year = yearOf(this.clock.today());
          const seq = (await txRepo.countInYear(provinceId, year)) + 1 + attempt;
          const code = `VV-${province?.code ?? provinceId}-${year}-${String(seq).padStart(5, '0')}`;
          const clear = {
            code,
            channel: req.channel,
            detected_on: req.detectedOn,
            incident_on: req.incidentOn ?? null,
            gbv_type: req.gbvType,
            domestic_violence: req.domesticViolence,
            dv_acts: req.dvActs,
            trafficking: req.trafficking,
            perpetrator_relation: req.perpetratorRelation,
            risk_level: req.riskLevel,
            needs: req.needs,
            survivor_sex: req.survivorSex,
            survivor_age_group: req.survivorAgeGroup,
          };
          const id = await txRepo.insert({
            ...clear,
            uid,
            unit_id: unit.id,
            province_id: provinceId,
            incident_unit_id: req.incidentUnitId ?? null,
            pseudonym: pseudonym(),
            ...sealCaseFields(ring, uid, req),
            created_by: actor.userId,
          });
          if (actor.userId !== null)
            await txRepo.assign({
              caseId: id,
              provinceId,
              userId: actor.userId,
              role: 'case_worker',
              by: actor.userId,
            });
          if (req.supervisorId !== actor.userId)
            await txRepo.assign({
              caseId: id,
              provinceId,
              userId: req.supervisorId,
              role: 'case_supervisor',
              by: actor.userId,
            });
          await txRepo.addConsents(id, provinceId, actor.userId, req.consents);
          await scheduleDefaultFollowUps(tx, {
            caseId: id,
            provinceId,
            intakeDay: this.clock.today(),
            by: actor.userId,
          });
          if (req.rapidReport && unit.level === 'commune') {
            await new RapidReportsRepository(tx).insert({
              caseId: id,
              fromUnitId: unit.id,
              toUnitId: provinceId,
              provinceId,
              payload: anonymiseCase(clear, commune),
              sentBy: actor.userId,
            });
          }
          await new AuditLogRepository(tx).insert(actor, {
            action: 'case.create',
            entityType: 'gbv_case',
            entityId: id,
            unitId: unit.id,
            provinceId,
            details: { code },
          });
          return id;
        });
        return this.get(actor, id);
      } catch (err) {
        if (!isUniqueViolation(err) || attempt >= 5) throw err;
      }
    }
  }

  async update(actor: Actor, id: number, req: TUpdateCaseRequest): Promise<TCase> {
    const { row, access } = await this.load(actor, id);
    authorizeCase(access, 'edit');
    if (row.status === 'closed') throw new AppError('CASE_STATUS_CONFLICT');
    // a unit is changed only by a transfer the receiving commune accepts (case-transfer.service.ts)
    if (req.unitId !== undefined && req.unitId !== row.unit_id) throw new AppError('CASE_TRANSFER_REQUIRED');
    refuseActsWithoutDomesticViolence({
      domesticViolence: req.domesticViolence ?? row.domestic_violence,
      dvActs: req.dvActs ?? row.dv_acts,
    });
    refuseFutureCaseDates(this.clock.today(), req);
    if (req.incidentUnitId) {
      const iu = await this.unit(req.incidentUnitId);
      if (!iu || iu.version !== '2025' || iu.level !== 'commune') throw new AppError('CASE_UNIT_INVALID');
    }
    const {
      version,
      survivorName,
      survivorContact,
      survivorBirthDate,
      incidentPlace,
      perpetrator,
      description,
      ...clear
    } = req;
    const set = {
      ...(clear.channel !== undefined ? { channel: clear.channel } : {}),
      ...(clear.detectedOn !== undefined ? { detected_on: clear.detectedOn } : {}),
      ...(clear.incidentOn !== undefined ? { incident_on: clear.incidentOn } : {}),
      ...(clear.incidentUnitId !== undefined ? { incident_unit_id: clear.incidentUnitId } : {}),
      ...(clear.gbvType !== undefined ? { gbv_type: clear.gbvType } : {}),
      ...(clear.domesticViolence !== undefined ? { domestic_violence: clear.domesticViolence } : {}),
      ...(clear.trafficking !== undefined ? { trafficking: clear.trafficking } : {}),
      ...(clear.perpetratorRelation !== undefined ? { perpetrator_relation: clear.perpetratorRelation } : {}),
      ...(clear.riskLevel !== undefined ? { risk_level: clear.riskLevel } : {}),
      ...(clear.needs !== undefined ? { needs: clear.needs } : {}),
      ...(clear.dvActs !== undefined ? { dv_acts: clear.dvActs } : {}),
      ...(clear.survivorSex !== undefined ? { survivor_sex: clear.survivorSex } : {}),
      ...(clear.survivorAgeGroup !== undefined ? { survivor_age_group: clear.survivorAgeGroup } : {}),
      ...sealCaseFields(this.ring(), row.uid, {
        survivorName,
        survivorContact,
        survivorBirthDate,
        incidentPlace,
        perpetrator,
        description,
      }),
    };
    await this.db.transaction().execute(async (tx) => {
      if (!(await new CasesRepository(tx).update(id, version, set)))
        throw new AppError('CASE_VERSION_CONFLICT');
      await new AuditLogRepository(tx).insert(actor, {
        action: 'case.update',
        entityType: 'gbv_case',
        entityId: id,
        unitId: row.unit_id,
        provinceId: row.province_id,
        details: { fields: Object.keys(req).filter((k) => k !== 'version' && k !== 'unitId') },
      });
    });
    return this.get(actor, id);
  }
}
