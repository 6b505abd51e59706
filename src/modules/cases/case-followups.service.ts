/**
 * A case's follow-up plan: follow-ups scheduled at intake (case-followups.plan.ts), each movable and closed by its outcome. A follow-up not done by its day is
 * missed: it shows in "needs attention" and the reminders job escalates it to the supervisor.
 */
import { randomUUID } from 'node:crypto';
import type { Actor } from '../../core/auth/roles.ts';
import type { Config } from '../../core/config/config.ts';
import type { Clock } from '../../core/clock/clock.ts';
import { openOrNull, sealOrNull } from '../../core/crypto/field-cipher.ts';
import type { Database } from '../../core/db/database.ts';
import { AppError } from '../../core/errors/app-error.ts';
import { auditCase, openCaseForEdit } from './case-change.ts';
import { CaseFollowUpsRepository } from './case-followups.repository.ts';
import { caseKeyRing } from './case-keys.ts';
import type { TFollowUps, TFollowUpUpdate } from './case-path.schema.ts';
import { mayCase } from './cases.policy.ts';
import { CasesService } from './cases.service.ts';

export class CaseFollowUpsService {
  private readonly cases: CasesService;
  constructor(
    private readonly db: Database,
    private readonly config: Config,
    private readonly clock: Clock,
  ) {
    this.cases = new CasesService(db, config, clock);
  }

  async list(actor: Actor, id: number): Promise<TFollowUps> {
    const { row, access } = await this.cases.load(actor, id);
    const ring = caseKeyRing(this.config);
    const today = this.clock.today();
    const rows = await new CaseFollowUpsRepository(this.db).list(id);
    return {
      edit: row.status === 'open' && mayCase(access, 'edit'),
      items: rows.map((f) => ({
        id: f.id,
        dueOn: f.due_on,
        outcome: f.outcome,
        doneOn: f.done_on,
        note: openOrNull(ring, f.note_enc, `case_follow_up.note.${f.uid}`),
        missed: f.outcome === null && f.due_on < today,
      })),
    };
  }

  async add(actor: Actor, id: number, dueOn: string): Promise<TFollowUps> {
    const row = await openCaseForEdit(this.cases, actor, id);
    await this.db.transaction().execute(async (tx) => {
      await new CaseFollowUpsRepository(tx).insert([
        { uid: randomUUID(), caseId: id, provinceId: row.province_id, dueOn, by: actor.userId },
      ]);
      await auditCase(tx, actor, row, 'case.follow_up.schedule', { dueOn });
    });
    return this.list(actor, id);
  }

  async update(actor: Actor, id: number, followUpId: number, req: TFollowUpUpdate): Promise<TFollowUps> {
    const row = await openCaseForEdit(this.cases, actor, id);
    const repo = new CaseFollowUpsRepository(this.db);
    const f = await repo.find(id, followUpId);
    if (!f) throw new AppError('FOLLOW_UP_NOT_FOUND');
    const today = this.clock.today();
    const doneOn = req.doneOn ?? today;
    if (req.outcome && doneOn > today)
      throw new AppError('VALIDATION_FAILED', [{ path: 'doneOn', message: 'future' }]);
    const set = {
      ...(req.dueOn !== undefined ? { due_on: req.dueOn } : {}),
      ...(req.outcome !== undefined
        ? {
            outcome: req.outcome,
            done_on: doneOn,
            recorded_by: actor.userId,
            note_enc: sealOrNull(caseKeyRing(this.config), req.note, `case_follow_up.note.${f.uid}`),
          }
        : {}),
    };
    await this.db.transaction().execute(async (tx) => {
      if (!(await new CaseFollowUpsRepository(tx).update(id, followUpId, set, this.clock.now())))
        throw new AppError('FOLLOW_UP_NOT_FOUND');
      await auditCase(tx, actor, row, req.outcome ? 'case.follow_up.outcome' : 'case.follow_up.reschedule', {
        followUpId,
        ...(req.dueOn ? { dueOn: req.dueOn } : {}),
        ...(req.outcome ? { outcome: req.outcome } : {}),
      });
    });
    return this.list(actor, id);
  }
}
