/**
 * Activities: recorded by a unit, linked to the plan task they carry out and to a campaign; each
 * shows what it adds to the periodic reports (activity-elements.ts), and a report draft can take
 * those sums with the activities behind each number. Attachments are checked like task evidence.
 */
import type { Actor } from '../../core/auth/roles.ts';
import type { Database } from '../../core/db/database.ts';
import { AppError } from '../../core/errors/app-error.ts';
import { AuditLogRepository } from '../audit-log/audit-log.repository.ts';
import { checkEvidence } from '../tasks/evidence-file.ts';
import { ActivitiesRepository, type ActivityFilter } from './activities.repository.ts';
import { activityScope, authorizeActivity, authorizeActivityUnit } from './activities.policy.ts';
import type { TActivity, TActivityInput } from './activities.schema.ts';
import { contributions } from './activity-elements.ts';

type Row = NonNullable<Awaited<ReturnType<ActivitiesRepository['findById']>>>;
const ref = (r: { unit_id: number; province_id: number; unit_district_id?: number | null }) => ({
  id: r.unit_id,
  provinceId: r.province_id,
  districtId: r.unit_district_id ?? null,
});

function present(
  r: Row,
  attachments: { id: number; activity_id: number; file_name: string; size_bytes: number }[],
): TActivity {
  return {
    id: r.id,
    unitId: r.unit_id,
    unitName: r.unit_name,
    kind: r.kind,
    subtype: r.subtype,
    title: r.title,
    startedOn: r.started_on,
    endedOn: r.ended_on,
    taskId: r.task_id,
    taskTitle: r.task_title,
    campaignId: r.campaign_id,
    campaignName: r.campaign_name,
    quantity: r.quantity,
    reach: r.reach,
    participantsFemale: r.participants_female,
    participantsMale: r.participants_male,
    targetGroup: r.target_group,
    members: r.members,
    violations: r.violations,
    findings: r.findings,
    note: r.note,
    attachments: attachments
      .filter((a) => a.activity_id === r.id)
      .map((a) => ({ id: a.id, fileName: a.file_name, sizeBytes: a.size_bytes })),
    counts: contributions(r),
  };
}

export class ActivitiesService {
  constructor(private readonly db: Database) {}

  private async load(actor: Actor, id: number, action: 'read' | 'write'): Promise<Row> {
    const row = await new ActivitiesRepository(this.db).findById(id);
    if (!row) throw new AppError('ACTIVITY_NOT_FOUND');
    authorizeActivity(actor, action, ref(row));
    return row;
  }

  async list(actor: Actor, f: ActivityFilter): Promise<TActivity[]> {
    const repo = new ActivitiesRepository(this.db);
    const rows = await repo.list(activityScope(actor), f);
    const att = await repo.attachments(rows.map((r) => r.id));
    return rows.map((r) => present(r, att));
  }

  async get(actor: Actor, id: number): Promise<TActivity> {
    const row = await this.load(actor, id, 'read');
    return present(row, await new ActivitiesRepository(this.db).attachments([id]));
  }

  private async values(actor: Actor, req: TActivityInput) {
    const unit = await this.db
      .selectFrom('admin_unit')
      .select(['id', 'version', 'level', 'province_id', 'district_id'])
      .where('id', '=', req.unitId)
      .executeTakeFirst();
    if (!unit || unit.version !== '2025') throw new AppError('UNIT_NOT_FOUND');
    const provinceId = unit.province_id ?? unit.id;
    authorizeActivityUnit(actor, 'write', { id: unit.id, provinceId, districtId: unit.district_id });
    if (req.endedOn && req.endedOn < req.startedOn)
      throw new AppError('VALIDATION_FAILED', [
        { path: 'endedOn', message: 'Ngày kết thúc trước ngày bắt đầu.' },
      ]);
    if (req.taskId) {
      const task = await new ActivitiesRepository(this.db).task(req.taskId);
      if (!task || task.province_id !== provinceId) throw new AppError('TASK_NOT_FOUND');
    }
    return {
      unit_id: unit.id,
      province_id: provinceId,
      kind: req.kind,
      subtype: req.subtype ?? null,
      title: req.title,
      started_on: req.startedOn,
      ended_on: req.endedOn ?? null,
      task_id: req.taskId ?? null,
      campaign_id: req.campaignId ?? null,
      quantity: req.quantity ?? null,
      reach: req.reach ?? null,
      participants_female: req.participantsFemale ?? null,
      participants_male: req.participantsMale ?? null,
      target_group: req.targetGroup ?? null,
      members: req.members ?? null,
      violations: req.violations ?? null,
      findings: req.findings ?? null,
      note: req.note ?? null,
    };
  }

  private audit(tx: Database, actor: Actor, action: string, id: number, unitId: number, provinceId: number) {
    return new AuditLogRepository(tx).insert(actor, {
      action,
      entityType: 'activity',
      entityId: id,
      unitId,
      provinceId,
    });
  }

  async create(actor: Actor, req: TActivityInput): Promise<TActivity> {
    const values = await this.values(actor, req);
    const id = await this.db.transaction().execute(async (tx) => {
      const id = await new ActivitiesRepository(tx).insert({ ...values, created_by: actor.userId });
      await this.audit(tx, actor, 'activity.create', id, values.unit_id, values.province_id);
      return id;
    });
    return this.get(actor, id);
  }

  async update(actor: Actor, id: number, req: TActivityInput): Promise<TActivity> {
    await this.load(actor, id, 'write');
    const values = await this.values(actor, req);
    await this.db.transaction().execute(async (tx) => {
      await new ActivitiesRepository(tx).update(id, values);
      await this.audit(tx, actor, 'activity.update', id, values.unit_id, values.province_id);
    });
    return this.get(actor, id);
  }

  async remove(actor: Actor, id: number): Promise<void> {
    const row = await this.load(actor, id, 'write');
    await this.db.transaction().execute(async (tx) => {
      await new ActivitiesRepository(tx).remove(id);
      await this.audit(tx, actor, 'activity.delete', id, row.unit_id, row.province_id);
    });
  }

  async attach(actor: Actor, id: number, fileName: string, contentBase64: string): Promise<TActivity> {
    const row = await this.load(actor, id, 'write');
    const file = checkEvidence(fileName, contentBase64);
    await this.db.transaction().execute(async (tx) => {
      await new ActivitiesRepository(tx).addAttachment({
        activityId: id,
        provinceId: row.province_id,
        fileName: file.fileName,
        mediaType: file.mediaType,
        content: file.content,
        sha256: file.sha256,
        by: actor.userId,
      });
      await this.audit(tx, actor, 'activity.attach', id, row.unit_id, row.province_id);
    });
    return this.get(actor, id);
  }

  async attachment(actor: Actor, id: number, attachmentId: number) {
    await this.load(actor, id, 'read');
    const a = await new ActivitiesRepository(this.db).attachment(id, attachmentId);
    if (!a) throw new AppError('ACTIVITY_NOT_FOUND');
    return a;
  }
}
