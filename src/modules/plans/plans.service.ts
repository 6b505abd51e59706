/**
 * Plans: parse a document into a draft, create it (with its cited documents in the shared
 * register), move it through draft → submitted → issued → in progress → closed, and walk the
 * graph of plans implementing plans. Every write is one transaction with its audit record.
 */
import type { Clock } from '../../core/clock/clock.ts';
import type { Database } from '../../core/db/database.ts';
import { isOverdue } from '../../core/clock/deadline.ts';
import type { Actor, UnitRef } from '../../core/auth/roles.ts';
import { actorScope } from '../../core/auth/scope.ts';
import { AppError } from '../../core/errors/app-error.ts';
import type { PlanStatus } from '../../core/db/schema.ts';
import { searchKey } from '../../core/text/search-key.ts';
import { AuditLogRepository } from '../audit-log/audit-log.repository.ts';
import { UnitsRepository } from '../units/units.repository.ts';
import { parsePlan, type ParsedPlan } from './parser/parse-plan.ts';
import { planToDocx } from './plan-docx.ts';
import { authorizePlan, authorizePlanCreate, planAbilities, PLAN_READERS } from './plans.policy.ts';
import { PlansRepository, type PlanRow } from './plans.repository.ts';
import type {
  TCreatePlanRequest,
  TPlan,
  TPlanAction,
  TPlanActionRequest,
  TPlanDetail,
} from './plans.schema.ts';
import { CascadeRepository } from './cascade.repository.ts';

const TRANSITIONS: Record<TPlanAction, { from: PlanStatus[]; to: PlanStatus }> = {
  submit: { from: ['draft'], to: 'submitted' },
  return: { from: ['submitted'], to: 'draft' },
  issue: { from: ['draft', 'submitted'], to: 'issued' },
  start: { from: ['issued'], to: 'in_progress' },
  close: { from: ['issued', 'in_progress'], to: 'closed' },
};

export function presentPlan(r: PlanRow): TPlan {
  return {
    id: r.id,
    unitId: r.unit_id,
    unitName: r.unit_name,
    unitLevel: r.unit_level,
    provinceId: r.province_id,
    status: r.status,
    docType: r.doc_type,
    documentNumber: r.document_number,
    title: r.title,
    issuerName: r.issuer_name,
    place: r.place,
    issuedOn: r.issued_on,
    signerName: r.signer_name,
    signerPosition: r.signer_position,
    createdAt: new Date(r.created_at).toISOString(),
  };
}

const unitRefOf = (r: PlanRow): UnitRef => ({
  id: r.unit_id,
  provinceId: r.province_id,
  districtId: r.unit_district_id,
});
const link = (r: PlanRow) => ({
  id: r.id,
  title: r.title,
  documentNumber: r.document_number,
  unitName: r.unit_name,
  status: r.status,
});

export class PlansService {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
  ) {}

  parse(text: string): ParsedPlan {
    return parsePlan(text);
  }

  async list(
    actor: Actor,
    f: {
      unitId?: number | undefined;
      status?: PlanStatus | undefined;
      q?: string | undefined;
      limit: number;
    },
  ): Promise<TPlan[]> {
    if (actor.roles.length === 0) throw new AppError('FORBIDDEN');
    const scope = actorScope(actor, PLAN_READERS);
    const rows = await new PlansRepository(this.db).list(scope, {
      ...f,
      key: f.q ? searchKey(f.q) : undefined,
    });
    return rows.map(presentPlan);
  }

  async get(actor: Actor, id: number): Promise<TPlanDetail> {
    const repo = new PlansRepository(this.db);
    const row = await repo.findById(id);
    if (!row) throw new AppError('PLAN_NOT_FOUND');
    await this.authorizeRead(actor, row);
    const refs = await repo.references(id);
    return {
      ...presentPlan(row),
      references: refs.map((r) => ({
        id: r.id,
        kind: r.kind,
        number: r.number,
        issuedOn: r.issued_on,
        issuer: r.issuer,
        title: r.title,
        implements: r.implements,
      })),
      recipients: await repo.recipients(id),
      implementsPlans: (await repo.implementsPlans(id)).map(link),
      implementedBy: row.legal_document_id ? (await repo.implementedBy(row.legal_document_id)).map(link) : [],
      parsed: row.parsed,
      abilities: planAbilities(actor, unitRefOf(row)),
    };
  }

  /** The read rule: a role over the plan's unit or over a unit the plan was sent to. */
  private async authorizeRead(actor: Actor, row: PlanRow): Promise<void> {
    const sentTo = await new CascadeRepository(this.db).sentTo(row.id);
    authorizePlan(actor, 'read', unitRefOf(row), sentTo);
  }

  async create(actor: Actor, req: TCreatePlanRequest): Promise<TPlanDetail> {
    const unit = await new UnitsRepository(this.db).findById(req.unitId);
    if (!unit) throw new AppError('UNIT_NOT_FOUND');
    if (unit.version !== '2025') throw new AppError('UNIT_NOT_CURRENT');
    const provinceId = unit.province_id ?? unit.id;
    authorizePlanCreate(actor, { id: unit.id, provinceId, districtId: unit.district_id });
    const parsed = req.sourceText ? parsePlan(req.sourceText) : {};
    const id = await this.db.transaction().execute(async (tx) => {
      const repo = new PlansRepository(tx);
      const planId = await repo.insert({
        unitId: unit.id,
        provinceId,
        docType: req.docType,
        documentNumber: req.documentNumber,
        title: req.title,
        issuerName: req.issuerName,
        place: req.place,
        issuedOn: req.issuedOn,
        signerName: req.signerName,
        signerPosition: req.signerPosition,
        sourceText: req.sourceText,
        parsed,
        searchKey: searchKey(`${req.title} ${req.documentNumber ?? ''}`),
        createdBy: actor.userId,
      });
      for (const ref of req.references) {
        const docId = await repo.upsertLegalDocument({ ...ref, searchKey: searchKey(ref.title) });
        await repo.addReference(planId, docId, ref.implements, provinceId);
      }
      await repo.addRecipients(planId, req.recipients, provinceId);
      await new AuditLogRepository(tx).insert(actor, {
        action: 'plan.create',
        entityType: 'plan',
        entityId: planId,
        unitId: unit.id,
        provinceId,
        details: { title: req.title, documentNumber: req.documentNumber, references: req.references.length },
      });
      return planId;
    });
    return this.get(actor, id);
  }

  async act(
    actor: Actor,
    id: number,
    action: TPlanAction,
    extra: Omit<TPlanActionRequest, 'action'>,
  ): Promise<TPlanDetail> {
    const repo = new PlansRepository(this.db);
    const row = await repo.findById(id);
    if (!row) throw new AppError('PLAN_NOT_FOUND');
    authorizePlan(actor, action, unitRefOf(row), await new CascadeRepository(this.db).sentTo(row.id));
    const t = TRANSITIONS[action];
    if (!t.from.includes(row.status)) throw new AppError('PLAN_STATUS_CONFLICT');
    const documentNumber = extra.documentNumber ?? row.document_number ?? undefined;
    const issuedOn = extra.issuedOn ?? row.issued_on ?? undefined;
    if (action === 'issue' && (!documentNumber || !issuedOn)) {
      throw new AppError('VALIDATION_FAILED', [
        { path: 'body.documentNumber', message: 'Cần số văn bản và ngày ban hành để ban hành kế hoạch.' },
      ]);
    }
    const answerUnits = action === 'issue' ? await this.answerUnits(row, extra) : [];
    await this.db.transaction().execute(async (tx) => {
      const txRepo = new PlansRepository(tx);
      await new CascadeRepository(tx).expect(id, answerUnits, extra.answerDueDate ?? null);
      let legalDocumentId: number | undefined;
      if (action === 'issue') {
        legalDocumentId = await txRepo.upsertLegalDocument({
          kind: 'Kế hoạch',
          number: documentNumber!,
          issuedOn: issuedOn!,
          issuer: row.issuer_name ?? row.unit_name,
          title: row.title,
          searchKey: searchKey(row.title),
        });
      }
      await txRepo.update(id, {
        status: t.to,
        ...(action === 'issue'
          ? { documentNumber: documentNumber!, issuedOn: issuedOn!, legalDocumentId: legalDocumentId! }
          : {}),
      });
      await new AuditLogRepository(tx).insert(actor, {
        action: `plan.${action}`,
        entityType: 'plan',
        entityId: id,
        unitId: row.unit_id,
        provinceId: row.province_id,
        details: {
          from: row.status,
          to: t.to,
          documentNumber: action === 'issue' ? documentNumber : undefined,
        },
      });
    });
    return this.get(actor, id);
  }

  /** The plan as a .docx in the administrative format, with a file name from its number. */
  async exportDocx(actor: Actor, id: number): Promise<{ fileName: string; content: Buffer }> {
    const plan = await this.get(actor, id);
    const base = plan.documentNumber
      ? `Ke-hoach-${plan.documentNumber.replace(/[^\p{L}0-9-]+/gu, '-')}`
      : `Ke-hoach-du-thao-${plan.id}`;
    return { fileName: `${base}.docx`, content: await planToDocx(plan) };
  }

  /** The units named to answer an issued plan: only units under the issuing unit, in force. */
  private async answerUnits(
    plan: PlanRow,
    extra: Omit<TPlanActionRequest, 'action'>,
  ): Promise<{ id: number; provinceId: number }[]> {
    const units = new UnitsRepository(this.db);
    const rows = extra.answerAllSubunits
      ? await units.children(plan.unit_id)
      : await units.findByIds(extra.answerUnitIds ?? []);
    if (!extra.answerAllSubunits && rows.length !== (extra.answerUnitIds ?? []).length)
      throw new AppError('UNIT_NOT_FOUND');
    for (const u of rows) {
      if (u.version !== '2025') throw new AppError('UNIT_NOT_CURRENT');
      if (u.id === plan.unit_id || (u.parent_id !== plan.unit_id && u.province_id !== plan.unit_id)) {
        throw new AppError('VALIDATION_FAILED', [
          { path: 'body.answerUnitIds', message: 'Chỉ giao cho đơn vị cấp dưới của đơn vị ban hành.' },
        ]);
      }
    }
    return rows.map((u) => ({ id: u.id, provinceId: u.province_id ?? u.id }));
  }

  /** Who has answered an issued plan with their own plan, who has not, and by when. */
  async cascade(actor: Actor, id: number) {
    const row = await new PlansRepository(this.db).findById(id);
    if (!row) throw new AppError('PLAN_NOT_FOUND');
    await this.authorizeRead(actor, row);
    const rows = await new CascadeRepository(this.db).status(id, row.legal_document_id);
    const byUnit = new Map<
      number,
      {
        unitId: number;
        unitName: string;
        dueDate: string | null;
        answers: { id: number; title: string; status: PlanStatus }[];
      }
    >();
    for (const r of rows) {
      const entry = byUnit.get(r.unit_id) ?? {
        unitId: r.unit_id,
        unitName: r.unit_name,
        dueDate: r.due_date,
        answers: [],
      };
      if (r.answer_id !== null && r.answer_title !== null && r.answer_status !== null)
        entry.answers.push({ id: r.answer_id, title: r.answer_title, status: r.answer_status });
      byUnit.set(r.unit_id, entry);
    }
    const items = [...byUnit.values()].map((e) => ({
      ...e,
      answered: e.answers.length > 0,
      overdue: e.answers.length === 0 && isOverdue(e.dueDate, this.clock),
    }));
    return { items, answered: items.filter((i) => i.answered).length, expected: items.length };
  }

  /** Plans from above that units in the caller's scope still have to answer. */
  async awaiting(actor: Actor) {
    if (actor.roles.length === 0) throw new AppError('FORBIDDEN');
    const scope = actorScope(actor, PLAN_READERS);
    const rows = await new CascadeRepository(this.db).awaiting(scope);
    return rows.map((r) => ({
      planId: r.plan_id,
      title: r.title,
      documentNumber: r.document_number,
      issuerUnit: r.issuer_unit,
      unitId: r.unit_id,
      unitName: r.unit_name,
      dueDate: r.due_date,
    }));
  }
}
