/** SQL for activities, their attachments and the campaigns of the calendar. */
import type { Insertable, Updateable } from 'kysely';
import { sql } from 'kysely';
import type { ScopeFilter } from '../../core/auth/scope.ts';
import type { Database } from '../../core/db/database.ts';
import type { ActivityKind, ActivityTable } from '../../core/db/schema-activities.ts';
import { scopeCondition } from '../../core/db/scope-condition.ts';

export interface ActivityFilter {
  unitId?: number | undefined;
  kind?: ActivityKind | undefined;
  from?: string | undefined;
  to?: string | undefined;
  ids?: number[] | undefined;
}

export class ActivitiesRepository {
  constructor(private readonly db: Database) {}

  private base() {
    return this.db
      .selectFrom('activity as a')
      .innerJoin('admin_unit as u', 'u.id', 'a.unit_id')
      .leftJoin('task as t', 't.id', 'a.task_id')
      .leftJoin('campaign as c', 'c.id', 'a.campaign_id')
      .selectAll('a')
      .select([
        'u.full_name as unit_name',
        'u.district_id as unit_district_id',
        't.title as task_title',
        'c.name as campaign_name',
      ]);
  }

  findById(id: number) {
    return this.base().where('a.id', '=', id).executeTakeFirst();
  }

  list(scope: ScopeFilter, f: ActivityFilter) {
    let q = this.base();
    const inScope = scopeCondition(scope, 'a.unit_id', 'a.province_id');
    if (inScope) q = q.where(inScope);
    if (f.unitId)
      q = q.where((eb) => eb.or([eb('a.unit_id', '=', f.unitId!), eb('a.province_id', '=', f.unitId!)]));
    if (f.kind) q = q.where('a.kind', '=', f.kind);
    if (f.from) q = q.where('a.started_on', '>=', f.from);
    if (f.to) q = q.where('a.started_on', '<=', f.to);
    if (f.ids) q = q.where('a.id', 'in', f.ids.length ? f.ids : [-1]);
    return q.orderBy('a.started_on', 'desc').orderBy('a.id', 'desc').limit(1000).execute();
  }

  /** The activities of one unit whose start falls in a period (what its report counts). */
  ofUnitInPeriod(unitId: number, from: string, to: string) {
    return this.db
      .selectFrom('activity')
      .select(['id', 'kind', 'subtype', 'quantity', 'reach', 'participants_female', 'participants_male'])
      .where('unit_id', '=', unitId)
      .where('started_on', '>=', from)
      .where('started_on', '<=', to)
      .execute();
  }

  async insert(row: Insertable<ActivityTable>): Promise<number> {
    const r = await this.db.insertInto('activity').values(row).returning('id').executeTakeFirstOrThrow();
    return r.id;
  }

  async update(id: number, set: Updateable<ActivityTable>): Promise<void> {
    await this.db
      .updateTable('activity')
      .set({ ...set, updated_at: sql`now()` })
      .where('id', '=', id)
      .execute();
  }

  async remove(id: number): Promise<void> {
    await this.db.deleteFrom('activity').where('id', '=', id).execute();
  }

  attachments(activityIds: number[]) {
    if (activityIds.length === 0) return Promise.resolve([]);
    return this.db
      .selectFrom('activity_attachment')
      .select(['id', 'activity_id', 'file_name', 'size_bytes'])
      .where('activity_id', 'in', activityIds)
      .orderBy('id')
      .execute();
  }

  attachment(activityId: number, id: number) {
    return this.db
      .selectFrom('activity_attachment')
      .select(['file_name', 'media_type', 'content'])
      .where('activity_id', '=', activityId)
      .where('id', '=', id)
      .executeTakeFirst();
  }

  async addAttachment(v: {
    activityId: number;
    provinceId: number;
    fileName: string;
    mediaType: string;
    content: Buffer;
    sha256: string;
    by: number | null;
  }): Promise<void> {
    await this.db
      .insertInto('activity_attachment')
      .values({
        activity_id: v.activityId,
        province_id: v.provinceId,
        file_name: v.fileName,
        media_type: v.mediaType,
        size_bytes: v.content.length,
        sha256: v.sha256,
        content: v.content,
        uploaded_by: v.by,
      })
      .execute();
  }

  task(id: number) {
    return this.db
      .selectFrom('task')
      .select(['id', 'unit_id', 'province_id'])
      .where('id', '=', id)
      .executeTakeFirst();
  }

  campaigns(unit: { id: number; provinceId: number } | null) {
    let q = this.db
      .selectFrom('campaign')
      .select(['id', 'name', 'starts_on', 'ends_on', 'recurring', 'unit_id']);
    q = unit
      ? q.where((eb) =>
          eb.or([
            eb('unit_id', 'is', null),
            eb('unit_id', '=', unit.id),
            eb('unit_id', '=', unit.provinceId),
          ]),
        )
      : q.where('unit_id', 'is', null);
    return q.orderBy('starts_on').execute();
  }

  async insertCampaign(v: {
    unitId: number;
    provinceId: number;
    name: string;
    startsOn: string;
    endsOn: string | null;
    by: number | null;
  }) {
    const r = await this.db
      .insertInto('campaign')
      .values({
        unit_id: v.unitId,
        province_id: v.provinceId,
        name: v.name,
        starts_on: v.startsOn,
        ends_on: v.endsOn,
        recurring: false,
        created_by: v.by,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return r.id;
  }

  tasksDue(unit: { id: number; provinceId: number }, from: string, to: string) {
    return this.db
      .selectFrom('task')
      .select(['id', 'title', 'due_date'])
      .where((eb) => eb.or([eb('unit_id', '=', unit.id), eb('unit_id', '=', unit.provinceId)]))
      .where('due_date', '>=', from)
      .where('due_date', '<=', to)
      .orderBy('due_date')
      .limit(500)
      .execute();
  }
}
