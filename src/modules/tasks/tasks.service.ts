/**
 * Tasks: made from a plan's assignments (lead + partners, agency names matched to agency records
 * when the match is clear), listed by plan, agency or due date, with progress updates and evidence.
 */
import type { Clock } from '../../core/clock/clock.ts';
import type { Database } from '../../core/db/database.ts';
import type { Actor, UnitRef } from '../../core/auth/roles.ts';
import { actorScope } from '../../core/auth/scope.ts';
import { AppError } from '../../core/errors/app-error.ts';
import { searchKey } from '../../core/text/search-key.ts';
import { AuditLogRepository } from '../audit-log/audit-log.repository.ts';
import { PlansRepository } from '../plans/plans.repository.ts';
import { bestAgencyMatch } from './agency-match.ts';
import { checkEvidence } from './evidence-file.ts';
import { tasksToXlsx } from './tasks-xlsx.ts';
import { authorizeTask, mayTask } from './tasks.policy.ts';
import { CascadeRepository } from '../plans/cascade.repository.ts';
import { TasksRepository, type TaskRow } from './tasks.repository.ts';
import type { TNewTask, TTask, TTaskDetail, TTaskUpdateRequest, TUpdateTaskRequest } from './tasks.schema.ts';

/** Above this score a name from the plan is linked to an agency record without asking. */
export const AUTO_MATCH_SCORE = 0.85;
const unitRefOf = (t: TaskRow): UnitRef => ({
  id: t.unit_id,
  provinceId: t.province_id,
  districtId: t.unit_district_id,
});

export class TasksService {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
  ) {}

  private async present(rows: TaskRow[]): Promise<TTask[]> {
    const partners = await new TasksRepository(this.db).partners(rows.map((r) => r.id));
    const now = this.clock.today();
    return rows.map((r) => ({
      id: r.id,
      planId: r.plan_id,
      planTitle: r.plan_title,
      unitId: r.unit_id,
      title: r.title,
      leadAgencyId: r.lead_agency_id,
      leadAgencyName: r.lead_agency_name,
      partners: partners
        .filter((p) => p.task_id === r.id)
        .map((p) => ({ agencyId: p.agency_id, agencyName: p.agency_name })),
      dueDate: r.due_date,
      frequency: r.frequency,
      status: r.status,
      progress: r.progress,
      overdue: r.due_date !== null && r.due_date < now && (r.status === 'open' || r.status === 'in_progress'),
    }));
  }

  async createFromPlan(actor: Actor, planId: number, tasks: TNewTask[]): Promise<TTask[]> {
    const plan = await new PlansRepository(this.db).findById(planId);
    if (!plan) throw new AppError('PLAN_NOT_FOUND');
    authorizeTask(
      actor,
      'create',
      { id: plan.unit_id, provinceId: plan.province_id, districtId: plan.unit_district_id },
      await new CascadeRepository(this.db).sentTo(planId),
      'PLAN_NOT_FOUND',
    );
    const repo = new TasksRepository(this.db);
    const agencies = await repo.agenciesInProvince(plan.province_id);
    const match = (name: string) => {
      const best = bestAgencyMatch(name, agencies);
      return best && best.score >= AUTO_MATCH_SCORE ? best.agency.id : null;
    };
    const ids = await this.db.transaction().execute(async (tx) => {
      const txRepo = new TasksRepository(tx);
      const created: number[] = [];
      for (const t of tasks) {
        const leadId = t.leadAgencyId ?? match(t.leadAgencyName);
        if (t.leadAgencyId && !agencies.some((a) => a.id === t.leadAgencyId))
          throw new AppError('AGENCY_NOT_FOUND');
        const id = await txRepo.insert({
          planId,
          provinceId: plan.province_id,
          unitId: plan.unit_id,
          title: t.title,
          leadAgencyId: leadId,
          leadAgencyName: t.leadAgencyName,
          dueDate: t.dueDate,
          frequency: t.frequency,
          searchKey: searchKey(t.title),
        });
        for (const p of t.partners) await txRepo.addPartner(id, p, match(p), plan.province_id);
        created.push(id);
      }
      await new AuditLogRepository(tx).insert(actor, {
        action: 'task.create',
        entityType: 'plan',
        entityId: planId,
        unitId: plan.unit_id,
        provinceId: plan.province_id,
        details: { tasks: created.length },
      });
      return created;
    });
    const rows = await Promise.all(ids.map((id) => repo.findById(id)));
    return this.present(rows.filter((r): r is TaskRow => r !== undefined));
  }

  async list(
    actor: Actor,
    f: {
      planId?: number | undefined;
      agencyId?: number | undefined;
      overdue?: 'true' | 'false' | undefined;
      dueBefore?: string | undefined;
      limit: number;
    },
  ): Promise<TTask[]> {
    if (actor.roles.length === 0) throw new AppError('FORBIDDEN');
    const scope = actorScope(actor);
    const rows = await new TasksRepository(this.db).list(scope, {
      planId: f.planId,
      agencyId: f.agencyId,
      overdueOn: f.overdue === 'true' ? this.clock.today() : undefined,
      dueBefore: f.dueBefore,
      limit: f.limit,
    });
    return this.present(rows);
  }

  /** The read rule: a role over the task's unit or over a unit its plan was sent to. */
  private async authorizeRead(actor: Actor, row: TaskRow): Promise<void> {
    authorizeTask(actor, 'read', unitRefOf(row), await new CascadeRepository(this.db).sentTo(row.plan_id));
  }

  async get(actor: Actor, id: number): Promise<TTaskDetail> {
    const repo = new TasksRepository(this.db);
    const row = await repo.findById(id);
    if (!row) throw new AppError('TASK_NOT_FOUND');
    await this.authorizeRead(actor, row);
    const [task] = await this.present([row]);
    const updates = await repo.updates(id);
    const evidence = await repo.evidenceList(id);
    return {
      ...task!,
      updates: updates.map((u) => ({
        id: u.id,
        at: new Date(u.at).toISOString(),
        authorName: u.author_name,
        progress: u.progress,
        status: u.status,
        note: u.note,
      })),
      evidence: evidence.map((e) => ({
        id: e.id,
        updateId: e.update_id,
        fileName: e.file_name,
        mediaType: e.media_type,
        sizeBytes: e.size_bytes,
        uploadedAt: new Date(e.uploaded_at).toISOString(),
      })),
      abilities: {
        edit: mayTask(actor, 'create', unitRefOf(row)),
        report: mayTask(actor, 'report', unitRefOf(row)),
      },
    };
  }

  async report(actor: Actor, id: number, req: TTaskUpdateRequest): Promise<TTaskDetail> {
    const row = await new TasksRepository(this.db).findById(id);
    if (!row) throw new AppError('TASK_NOT_FOUND');
    authorizeTask(actor, 'report', unitRefOf(row), await new CascadeRepository(this.db).sentTo(row.plan_id));
    const files = req.evidence.map((e) => checkEvidence(e.fileName, e.contentBase64));
    const progress = req.status === 'done' ? 100 : req.progress;
    await this.db.transaction().execute(async (tx) => {
      const repo = new TasksRepository(tx);
      const updateId = await repo.insertUpdate({
        taskId: id,
        provinceId: row.province_id,
        authorId: actor.userId,
        progress,
        status: req.status,
        note: req.note,
      });
      for (const f of files)
        await repo.insertEvidence({
          taskId: id,
          updateId,
          provinceId: row.province_id,
          ...f,
          uploadedBy: actor.userId,
        });
      await repo.setProgress(id, progress, req.status);
      await new AuditLogRepository(tx).insert(actor, {
        action: 'task.report',
        entityType: 'task',
        entityId: id,
        unitId: row.unit_id,
        provinceId: row.province_id,
        details: {
          progress,
          status: req.status,
          files: files.map((f) => ({ name: f.fileName, sha256: f.sha256 })),
        },
      });
    });
    return this.get(actor, id);
  }

  async evidence(actor: Actor, taskId: number, evidenceId: number) {
    const repo = new TasksRepository(this.db);
    const row = await repo.findById(taskId);
    if (!row) throw new AppError('TASK_NOT_FOUND');
    await this.authorizeRead(actor, row);
    const file = await repo.evidenceFile(taskId, evidenceId);
    if (!file) throw new AppError('NOT_FOUND');
    return file;
  }

  /** A plan's task list as .xlsx. */
  async exportXlsx(actor: Actor, planId: number): Promise<{ fileName: string; content: Buffer }> {
    const plan = await new PlansRepository(this.db).findById(planId);
    if (!plan) throw new AppError('PLAN_NOT_FOUND');
    authorizeTask(
      actor,
      'read',
      { id: plan.unit_id, provinceId: plan.province_id, districtId: plan.unit_district_id },
      await new CascadeRepository(this.db).sentTo(planId),
      'PLAN_NOT_FOUND',
    );
    const tasks = await this.list(actor, { planId, limit: 1000 });
    const title = `Phân công nhiệm vụ — ${plan.document_number ? `Kế hoạch số ${plan.document_number}: ` : ''}${plan.title}`;
    return { fileName: `Nhiem-vu-ke-hoach-${planId}.xlsx`, content: await tasksToXlsx(title, tasks) };
  }

  /** Corrections by the planner: confirm agencies the importer could not match, dates, title. */
  async update(actor: Actor, id: number, req: TUpdateTaskRequest): Promise<TTaskDetail> {
    const repo = new TasksRepository(this.db);
    const row = await repo.findById(id);
    if (!row) throw new AppError('TASK_NOT_FOUND');
    authorizeTask(actor, 'create', unitRefOf(row), await new CascadeRepository(this.db).sentTo(row.plan_id));
    const agencies = await repo.agenciesInProvince(row.province_id);
    const known = (agencyId: number | null | undefined) => {
      if (agencyId && !agencies.some((a) => a.id === agencyId)) throw new AppError('AGENCY_NOT_FOUND');
    };
    known(req.leadAgencyId);
    for (const p of req.partners ?? []) known(p.agencyId);
    const lead = req.leadAgencyId ? agencies.find((a) => a.id === req.leadAgencyId) : undefined;
    await this.db.transaction().execute(async (tx) => {
      const txRepo = new TasksRepository(tx);
      await txRepo.update(id, {
        title: req.title,
        searchKey: req.title ? searchKey(req.title) : undefined,
        leadAgencyId: req.leadAgencyId,
        leadAgencyName: lead?.name,
        dueDate: req.dueDate,
        frequency: req.frequency,
      });
      if (req.partners) await txRepo.replacePartners(id, req.partners, row.province_id);
      await new AuditLogRepository(tx).insert(actor, {
        action: 'task.update',
        entityType: 'task',
        entityId: id,
        unitId: row.unit_id,
        provinceId: row.province_id,
        details: { before: { leadAgencyId: row.lead_agency_id, dueDate: row.due_date }, after: req },
      });
    });
    return this.get(actor, id);
  }
}
