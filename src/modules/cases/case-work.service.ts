/**
 * A case's work: referrals to services (only with the survivor's consent for that service, to a
 * provider that offers it in the case's area; sent → accepted / declined → completed, or revoked),
 * follow-up contacts and the case plan's actions. Notes are sealed.
 */
import { randomUUID } from 'node:crypto';
import type { Actor } from '../../core/auth/roles.ts';
import type { Config } from '../../core/config/config.ts';
import { seal, sealOrNull } from '../../core/crypto/field-cipher.ts';
import type { Clock } from '../../core/clock/clock.ts';
import type { Database } from '../../core/db/database.ts';
import type { ReferralStatus } from '../../core/db/schema-cases.ts';
import { AppError } from '../../core/errors/app-error.ts';
import { auditCase, openCaseForEdit } from './case-change.ts';
import { caseKeyRing } from './case-keys.ts';
import { referralResponseDue } from './case-referral-due.ts';
import { CaseWorkRepository } from './case-work.repository.ts';
import { authorizeCase } from './cases.policy.ts';
import { CasesRepository } from './cases.repository.ts';
import type { TCase, TNoteRequest, TReferralRequest } from './cases.schema.ts';
import { CasesService } from './cases.service.ts';

const NEXT: Record<ReferralStatus, readonly ReferralStatus[]> = {
  sent: ['accepted', 'declined', 'revoked'],
  accepted: ['completed', 'revoked'],
  declined: [],
  completed: [],
  revoked: [],
};

export class CaseWorkService {
  private readonly cases: CasesService;
  constructor(
    private readonly db: Database,
    private readonly config: Config,
    private readonly clock: Clock,
  ) {
    this.cases = new CasesService(db, config, clock);
  }

  async refer(actor: Actor, id: number, req: TReferralRequest): Promise<TCase> {
    const row = await openCaseForEdit(this.cases, actor, id);
    if (!(await new CasesRepository(this.db).hasConsent(id, `referral:${req.service}`)))
      throw new AppError('CONSENT_REQUIRED', [{ path: 'service', message: req.service }]);
    const work = new CaseWorkRepository(this.db);
    const p = await work.provider(req.providerId);
    const serves =
      p !== undefined &&
      p.is_active &&
      p.services.includes(req.service) &&
      p.province_id === row.province_id &&
      (p.covers_province ||
        p.unit_id === row.unit_id ||
        p.unit_id === row.incident_unit_id ||
        p.unit_id === row.province_id);
    if (!serves) throw new AppError('PROVIDER_NOT_SUITABLE');
    const uid = randomUUID();
    const responseDueAt = await referralResponseDue(this.db, req.service, this.clock);
    await this.db.transaction().execute(async (tx) => {
      await new CaseWorkRepository(tx).insertReferral({
        uid,
        caseId: id,
        provinceId: row.province_id,
        providerId: req.providerId,
        service: req.service,
        dueOn: req.dueOn ?? null,
        responseDueAt,
        noteEnc: sealOrNull(caseKeyRing(this.config), req.note, `referral.note.${uid}`),
        by: actor.userId,
      });
      await auditCase(tx, actor, row, 'case.referral.send', {
        providerId: req.providerId,
        service: req.service,
      });
    });
    return this.cases.get(actor, id);
  }

  async setReferral(actor: Actor, id: number, referralId: number, to: ReferralStatus): Promise<TCase> {
    const { row, access } = await this.cases.load(actor, id);
    authorizeCase(access, 'edit');
    const work = new CaseWorkRepository(this.db);
    const r = await work.findReferral(id, referralId);
    if (!r) throw new AppError('REFERRAL_NOT_FOUND');
    if (!NEXT[r.status].includes(to)) throw new AppError('REFERRAL_STATUS_CONFLICT');
    await this.db.transaction().execute(async (tx) => {
      if (!(await new CaseWorkRepository(tx).setReferralStatus(referralId, r.status, to, this.clock.now())))
        throw new AppError('REFERRAL_STATUS_CONFLICT');
      await auditCase(tx, actor, row, `case.referral.${to}`, { referralId });
    });
    return this.cases.get(actor, id);
  }

  async addNote(actor: Actor, id: number, req: TNoteRequest): Promise<TCase> {
    const row = await openCaseForEdit(this.cases, actor, id);
    const uid = randomUUID();
    await this.db.transaction().execute(async (tx) => {
      await new CaseWorkRepository(tx).insertNote({
        uid,
        caseId: id,
        provinceId: row.province_id,
        kind: req.kind,
        onDate: req.onDate,
        method: req.kind === 'follow_up' ? (req.method ?? 'visit') : null,
        textEnc: seal(caseKeyRing(this.config), req.text, `case_note.text.${uid}`),
        by: actor.userId,
      });
      await auditCase(tx, actor, row, `case.${req.kind}`, { onDate: req.onDate });
    });
    return this.cases.get(actor, id);
  }

  async setActionDone(actor: Actor, id: number, noteId: number, done: boolean): Promise<TCase> {
    const row = await openCaseForEdit(this.cases, actor, id);
    await this.db.transaction().execute(async (tx) => {
      if (!(await new CaseWorkRepository(tx).setNoteDone(id, noteId, done)))
        throw new AppError('NOTE_NOT_FOUND');
      await auditCase(tx, actor, row, 'case.plan_action.done', { noteId, done });
    });
    return this.cases.get(actor, id);
  }
}
