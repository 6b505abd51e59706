/** SQL for tasks, their partners, progress updates and evidence. */
import { sql, type Selectable } from 'kysely';
import type { Database } from '../../core/db/database.ts';
import type { TaskFrequency, TaskStatus, TaskTable } from '../../core/db/schema.ts';
import type { ScopeFilter } from '../../core/auth/scope.ts';
import { scopeCondition } from '../../core/db/scope-condition.ts';
import { planVisible } from '../plans/cascade.repository.ts';

export type TaskRow = Selectable<TaskTable> & { plan_title: string; unit_district_id: number | null };

export interface TaskFilter {
  planId?: number | undefined;
  agencyId?: number | undefined;
  overdueOn?: string | undefined;
  dueBefore?: string | undefined;
  limit: number;
}

export class TasksRepository {
  constructor(private readonly db: Database) {}

  private base() {
    return this.db
      .selectFrom('task as t')
      .innerJoin('plan as p', 'p.id', 't.plan_id')
      .innerJoin('admin_unit as u', 'u.id', 't.unit_id')
      .selectAll('t')
      .select(['p.title as plan_title', 'u.district_id as unit_district_id']);
  }

  findById(id: number): Promise<TaskRow | undefined> {
    return this.base().where('t.id', '=', id).executeTakeFirst();
  }

  list(scope: ScopeFilter, f: TaskFilter): Promise<TaskRow[]> {
    let q = this.base();
    // One plan's tasks: the plan read rule (also the units it was sent to); else the scope's own.
    const inScope = f.planId
      ? planVisible(scope, { planId: 't.plan_id', unit: 't.unit_id', province: 't.province_id' })
      : scopeCondition(scope, 't.unit_id', 't.province_id');
    if (inScope) q = q.where(inScope);
    if (f.planId) q = q.where('t.plan_id', '=', f.planId);
    if (f.agencyId) {
      const agencyId = f.agencyId;
      q = q.where((eb) =>
        eb.or([
          eb('t.lead_agency_id', '=', agencyId),
          eb.exists(
            eb
              .selectFrom('task_partner as tp')
              .select('tp.task_id')
              .whereRef('tp.task_id', '=', 't.id')
              .where('tp.agency_id', '=', agencyId),
          ),
        ]),
      );
    }
    if (f.overdueOn)
      q = q.where('t.due_date', '<', f.overdueOn).where('t.status', 'in', ['open', 'in_progress']);
    if (f.dueBefore) q = q.where('t.due_date', '<=', f.dueBefore);
    return q
      .orderBy(sql`t.due_date asc nulls last`)
      .orderBy('t.id')
      .limit(f.limit)
      .execute();
  }

  async insert(t: {
    planId: number;
    provinceId: number;
    unitId: number;
    title: string;
    leadAgencyId: number | null;
    leadAgencyName: string;
    dueDate: string | null;
    frequency: TaskFrequency;
    searchKey: string;
  }): Promise<number> {
    const row = await this.db
      .insertInto('task')
      .values({
        plan_id: t.planId,
        province_id: t.provinceId,
        unit_id: t.unitId,
        title: t.title,
        lead_agency_id: t.leadAgencyId,
        lead_agency_name: t.leadAgencyName,
        due_date: t.dueDate,
        frequency: t.frequency,
        search_key: t.searchKey,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  }

  async addPartner(
    taskId: number,
    agencyName: string,
    agencyId: number | null,
    provinceId: number,
  ): Promise<void> {
    await this.db
      .insertInto('task_partner')
      .values({ task_id: taskId, agency_name: agencyName, agency_id: agencyId, province_id: provinceId })
      .onConflict((oc) => oc.columns(['task_id', 'agency_name']).doNothing())
      .execute();
  }

  partners(taskIds: number[]) {
    if (taskIds.length === 0) return Promise.resolve([]);
    return this.db
      .selectFrom('task_partner')
      .select(['task_id', 'agency_id', 'agency_name'])
      .where('task_id', 'in', taskIds)
      .orderBy('agency_name')
      .execute();
  }

  async setProgress(id: number, progress: number, status: TaskStatus): Promise<void> {
    await this.db
      .updateTable('task')
      .set({ progress, status, updated_at: sql`now()` })
      .where('id', '=', id)
      .execute();
  }

  async insertUpdate(u: {
    taskId: number;
    provinceId: number;
    authorId: number | null;
    progress: number;
    status: string;
    note: string;
  }): Promise<number> {
    const row = await this.db
      .insertInto('task_update')
      .values({
        task_id: u.taskId,
        province_id: u.provinceId,
        author_id: u.authorId,
        progress: u.progress,
        status: u.status,
        note: u.note,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  }

  updates(taskId: number) {
    return this.db
      .selectFrom('task_update as x')
      .leftJoin('app_user as a', 'a.id', 'x.author_id')
      .select(['x.id', 'x.at', 'a.full_name as author_name', 'x.progress', 'x.status', 'x.note'])
      .where('x.task_id', '=', taskId)
      .orderBy('x.id')
      .execute();
  }

  async insertEvidence(e: {
    taskId: number;
    updateId: number;
    provinceId: number;
    fileName: string;
    mediaType: string;
    content: Buffer;
    sha256: string;
    uploadedBy: number | null;
  }): Promise<void> {
    await this.db
      .insertInto('task_evidence')
      .values({
        task_id: e.taskId,
        update_id: e.updateId,
        province_id: e.provinceId,
        file_name: e.fileName,
        media_type: e.mediaType,
        size_bytes: e.content.length,
        sha256: e.sha256,
        content: e.content,
        uploaded_by: e.uploadedBy,
      })
      .execute();
  }

  evidenceList(taskId: number) {
    return this.db
      .selectFrom('task_evidence')
      .select(['id', 'update_id', 'file_name', 'media_type', 'size_bytes', 'uploaded_at'])
      .where('task_id', '=', taskId)
      .orderBy('id')
      .execute();
  }

  async evidenceFile(
    taskId: number,
    evidenceId: number,
  ): Promise<{ fileName: string; mediaType: string; content: Buffer } | undefined> {
    const row = await this.db
      .selectFrom('task_evidence')
      .select(['file_name', 'media_type', 'content'])
      .where('task_id', '=', taskId)
      .where('id', '=', evidenceId)
      .executeTakeFirst();
    return row
      ? { fileName: row.file_name, mediaType: row.media_type, content: Buffer.from(row.content) }
      : undefined;
  }

  agenciesInProvince(provinceId: number) {
    return this.db
      .selectFrom('agency')
      .select(['id', 'name'])
      .where('province_id', '=', provinceId)
      .where('is_active', '=', true)
      .execute();
  }

  async update(
    id: number,
    patch: {
      title?: string;
      leadAgencyId?: number | null;
      leadAgencyName?: string;
      dueDate?: string | null;
      frequency?: TaskFrequency;
      searchKey?: string;
    },
  ): Promise<void> {
    await this.db
      .updateTable('task')
      .set({
        ...(patch.title !== undefined ? { title: patch.title, search_key: patch.searchKey ?? '' } : {}),
        ...(patch.leadAgencyId !== undefined ? { lead_agency_id: patch.leadAgencyId } : {}),
        ...(patch.leadAgencyName !== undefined ? { lead_agency_name: patch.leadAgencyName } : {}),
        ...(patch.dueDate !== undefined ? { due_date: patch.dueDate } : {}),
        ...(patch.frequency !== undefined ? { frequency: patch.frequency } : {}),
        updated_at: sql`now()`,
      })
      .where('id', '=', id)
      .execute();
  }

  async replacePartners(
    taskId: number,
    partners: { agencyName: string; agencyId: number | null }[],
    provinceId: number,
  ): Promise<void> {
    await this.db.deleteFrom('task_partner').where('task_id', '=', taskId).execute();
    for (const p of partners) await this.addPartner(taskId, p.agencyName, p.agencyId, provinceId);
  }
}
