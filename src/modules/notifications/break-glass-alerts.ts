/**
 * Break-glass reaches people, not only the case_alert table: when a supervisor of the area opens a
 * case that is not theirs, the case's own supervisors and the system administrators (never the
 * actor) get a notification in the same transaction, e-mailed by the reminders job at once. The
 * text names the case code and the supervisor only — not the reason, which is free text and may
 * hold personal details; the case's team reads it in the case's access log.
 */
import { randomBytes } from 'node:crypto';
import type { Actor } from '../../core/auth/roles.ts';
import type { Database } from '../../core/db/database.ts';
import type { Clock } from '../../core/clock/clock.ts';
import { REMINDERS_JOB } from '../reminders/reminders.job.ts';
import { SchedulerRepository } from '../scheduler/scheduler.repository.ts';
import { StaffAlertsRepository, type StaffAlertRow } from './staff-alerts.repository.ts';

export async function alertBreakGlass(
  tx: Database,
  actor: Actor,
  c: { id: number; code: string; minutes: number },
  clock: Clock,
): Promise<void> {
  const repo = new StaffAlertsRepository(tx);
  const { admins } = await repo.watchers([]);
  const notActor = (id: number) => id !== actor.userId;
  const supervisors = (await repo.caseSupervisors(c.id)).filter(notActor);
  const toAdmins = admins.filter((id) => notActor(id) && !supervisors.includes(id));
  const names = await repo.names(actor.userId === null ? [] : [actor.userId]);
  const who = (actor.userId !== null && names.get(actor.userId)) || actor.username;
  const title =
    `Cảnh báo: ${who} đã mở khẩn cấp (phá kính) vụ việc ${c.code} / ` +
    `Alert: ${who} broke the glass on case ${c.code}`;
  const detail =
    `Quyền xem chỉ đọc trong ${c.minutes} phút; lý do ghi trong nhật ký truy cập của vụ việc. ` +
    'Nếu việc này không đúng, hãy báo ngay cho quản trị hệ thống. / ' +
    `Read-only access for ${c.minutes} minutes; the reason is in the case's access log. ` +
    'If this was not expected, tell a system administrator at once.';
  const key = `break_glass:${c.id}:${clock.nowMs()}.${randomBytes(4).toString('hex')}`;
  const day = clock.today();
  const rows: StaffAlertRow[] = [
    ...supervisors.map((userId) => ({
      userId,
      subjectKey: key,
      day,
      title,
      detail,
      link: `#/cases/${c.id}`,
    })),
    ...toAdmins.map((userId) => ({ userId, subjectKey: key, day, title, detail, link: '#/audit' })),
  ];
  await repo.insert(rows, clock.now());
  if (rows.length > 0) await new SchedulerRepository(tx).dueNow(REMINDERS_JOB, clock.now());
}
