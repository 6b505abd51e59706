/**
 * Closing a case with its supervisor's approval (Primero / GBVIMS+): a member of the team asks to
 * close it with a reason and a checklist; the case's supervisor approves (the case closes) or sends
 * it back with a comment; a closed case is reopened with a reason. Each step is a closure event and
 * an audit row in one transaction, and bumps the case's version so two decisions cannot both win.
 * Comments and reasons for reopening are the team's words: sealed, kept out of the audit log.
 */
import { randomUUID } from 'node:crypto';
import type { Actor } from '../../core/auth/roles.ts';
import type { Config } from '../../core/config/config.ts';
import type { Clock } from '../../core/clock/clock.ts';
import { openOrNull, sealOrNull } from '../../core/crypto/field-cipher.ts';
import type { Database } from '../../core/db/database.ts';
import type { ClosureKind } from '../../core/db/schema-case-path.ts';
import { AppError } from '../../core/errors/app-error.ts';
import { AuditLogRepository } from '../audit-log/audit-log.repository.ts';
import { CaseClosureRepository } from './case-closure.repository.ts';
import { caseKeyRing } from './case-keys.ts';
import type { TClosure, TClosureRequest } from './case-path.schema.ts';
import { authorizeCase, mayCase, type CaseAccess } from './cases.policy.ts';
import { CasesRepository } from './cases.repository.ts';
import { CasesService, type CaseRow } from './cases.service.ts';

type Reason = NonNullable<CaseRow['close_reason']>;
const NO_SURVIVOR: readonly Reason[] = ['no_contact', 'deceased'];

export class CaseClosureService {
  private readonly cases: CasesService;
  constructor(
    private readonly db: Database,
    private readonly config: Config,
    private readonly clock: Clock,
  ) {
    this.cases = new CasesService(db, config, clock);
  }

  private async pending(row: CaseRow): Promise<boolean> {
    if (row.status !== 'open') return false;
    const h = await new CaseClosureRepository(this.db).history(row.id);
    return h.at(-1)?.kind === 'request';
  }

  async get(actor: Actor, id: number): Promise<TClosure> {
    const { row, access } = await this.cases.load(actor, id);
    return this.present(row, access);
  }

  private async present(row: CaseRow, access: CaseAccess): Promise<TClosure> {
    const ring = caseKeyRing(this.config);
    const history = await new CaseClosureRepository(this.db).history(row.id);
    const pending = row.status === 'open' && history.at(-1)?.kind === 'request';
    return {
      caseId: row.id,
      status: row.status,
      state: row.status === 'closed' ? 'closed' : pending ? 'pending' : 'open',
      abilities: {
        request: row.status === 'open' && !pending && mayCase(access, 'close_request'),
        decide: pending && mayCase(access, 'close_decide'),
        reopen: row.status === 'closed' && mayCase(access, 'edit'),
      },
      history: history.map((e) => ({
        id: e.id,
        kind: e.kind,
        reason: e.close_reason,
        safetyPlanDone: e.safety_plan_done,
        servicesDone: e.services_done,
        survivorInformed: e.survivor_informed,
        text: openOrNull(ring, e.text_enc, `case_closure.text.${e.uid}`),
        byName: e.by_name,
        at: new Date(e.at).toISOString(),
      })),
    };
  }

  /** One step: the event, the case's change (or its version bump) and the audit row, together. */
  private async step(
    actor: Actor,
    row: CaseRow,
    kind: ClosureKind,
    event: { reason?: Reason; checklist?: Omit<TClosureRequest, 'reason'>; text?: string | undefined },
    caseSet: Parameters<CasesRepository['update']>[2],
    audit: { action: string; details: Record<string, unknown> },
  ): Promise<void> {
    const uid = randomUUID();
    await this.db.transaction().execute(async (tx) => {
      if (!(await new CasesRepository(tx).update(row.id, row.version, caseSet)))
        throw new AppError('CASE_VERSION_CONFLICT');
      await new CaseClosureRepository(tx).insert({
        uid,
        case_id: row.id,
        province_id: row.province_id,
        kind,
        close_reason: event.reason ?? null,
        safety_plan_done: event.checklist?.safetyPlanDone ?? null,
        services_done: event.checklist?.servicesDone ?? null,
        survivor_informed: event.checklist?.survivorInformed ?? null,
        text_enc: sealOrNull(caseKeyRing(this.config), event.text, `case_closure.text.${uid}`),
        by_user: actor.userId,
        at: this.clock.now(),
      });
      await new AuditLogRepository(tx).insert(actor, {
        action: audit.action,
        entityType: 'gbv_case',
        entityId: row.id,
        unitId: row.unit_id,
        provinceId: row.province_id,
        details: audit.details,
      });
    });
  }

  async request(actor: Actor, id: number, req: TClosureRequest): Promise<TClosure> {
    const { row, access } = await this.cases.load(actor, id);
    authorizeCase(access, 'close_request');
    if (row.status !== 'open') throw new AppError('CASE_STATUS_CONFLICT');
    if (await this.pending(row)) throw new AppError('CLOSURE_NOT_PENDING');
    const informed = req.survivorInformed || NO_SURVIVOR.includes(req.reason);
    if (!req.safetyPlanDone || !req.servicesDone || !informed)
      throw new AppError('CLOSURE_CHECKLIST_INCOMPLETE');
    if ((await new CaseClosureRepository(this.db).openReferrals(id)) > 0)
      throw new AppError('CLOSURE_REFERRALS_OPEN');
    const { reason, ...checklist } = req;
    await this.step(
      actor,
      row,
      'request',
      { reason, checklist },
      {},
      {
        action: 'case.closure.request',
        details: { reason, ...checklist },
      },
    );
    return this.get(actor, id);
  }

  private async decision(actor: Actor, id: number) {
    const { row, access } = await this.cases.load(actor, id);
    authorizeCase(access, 'close_decide');
    if (row.status !== 'open') throw new AppError('CASE_STATUS_CONFLICT');
    const last = (await new CaseClosureRepository(this.db).history(id)).at(-1);
    if (last?.kind !== 'request' || !last.close_reason) throw new AppError('CLOSURE_NOT_PENDING');
    return { row, reason: last.close_reason };
  }

  async sendBack(actor: Actor, id: number, comment: string): Promise<TClosure> {
    const { row } = await this.decision(actor, id);
    await this.step(
      actor,
      row,
      'send_back',
      { text: comment },
      {},
      {
        action: 'case.closure.send_back',
        details: { commentLength: comment.length },
      },
    );
    return this.get(actor, id);
  }

  async approve(actor: Actor, id: number, comment?: string): Promise<TClosure> {
    const { row, reason } = await this.decision(actor, id);
    await this.step(
      actor,
      row,
      'approve',
      { reason, text: comment || undefined },
      { status: 'closed', close_reason: reason, closed_at: this.clock.now() },
      { action: 'case.close', details: { reason, approved: true } },
    );
    return this.get(actor, id);
  }

  async reopen(actor: Actor, id: number, reason: string): Promise<TClosure> {
    const { row, access } = await this.cases.load(actor, id);
    authorizeCase(access, 'edit');
    if (row.status !== 'closed') throw new AppError('CASE_STATUS_CONFLICT');
    await this.step(
      actor,
      row,
      'reopen',
      { text: reason },
      { status: 'open', close_reason: null, closed_at: null },
      // the reason is the worker's words: kept out of the audit log
      { action: 'case.reopen', details: { reasonLength: reason.length } },
    );
    return this.get(actor, id);
  }
}
