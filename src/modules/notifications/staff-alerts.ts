/**
 * Staff alerts (docs/SECURITY.md, residual risk 4): an administrator can make someone case staff,
 * or reset a case worker's password and sign in as them. Such a change is written with in-app
 * notifications, in the caller's transaction, to the case supervisors whose role covers the unit
 * (not the actor, not the user concerned) and to the system administrators (not the actor); a
 * password reset also tells the user concerned. The reminders job e-mails them (immediately, digest
 * or not) and is made due at once. The text names staff (full name and username) and units only.
 */
import { randomBytes } from 'node:crypto';
import type { Actor, Role, UnitRef } from '../../core/auth/roles.ts';
import type { Database } from '../../core/db/database.ts';
import type { Clock } from '../../core/clock/clock.ts';
import { REMINDERS_JOB } from '../reminders/reminders.job.ts';
import { SchedulerRepository } from '../scheduler/scheduler.repository.ts';
import { StaffAlertsRepository, type StaffAlertRow } from './staff-alerts.repository.ts';

export const CASE_ROLES = ['case_worker', 'case_supervisor'] as const;
export type CaseRole = (typeof CASE_ROLES)[number];
export const isCaseRole = (role: Role): role is CaseRole => (CASE_ROLES as readonly Role[]).includes(role);

export interface StaffChange {
  /** role: a case role granted; password: reset by someone else; reactivated: is_active set back. */
  what: 'role' | 'password' | 'reactivated';
  userId: number;
  /** The granted role, or the case roles the user holds (unit null: nationally). */
  roles: readonly { role: CaseRole; unit: UnitRef | null }[];
  /** For a grant: the role_assignment id (the alert's key). */
  roleId?: number;
}

const ROLE_TEXT: Record<CaseRole, [vi: string, en: string]> = {
  case_worker: ['cán bộ xử lý vụ việc', 'case worker'],
  case_supervisor: ['giám sát vụ việc', 'case supervisor'],
};

interface Texts {
  actor: string;
  user: string;
  rolesVi: string;
  rolesEn: string;
}

function texts(change: StaffChange, t: Texts, self: boolean): { title: string; detail: string } {
  switch (change.what) {
    case 'role': {
      const supervisor = change.roles.some((r) => r.role === 'case_supervisor');
      return {
        title: self
          ? `Cảnh báo: ${t.actor} TỰ CẤP cho mình vai trò ${t.rolesVi} / ` +
            `Alert: ${t.actor} granted THEMSELVES ${t.rolesEn}`
          : `Cảnh báo: ${t.actor} đã cấp vai trò ${t.rolesVi} cho ${t.user} / ` +
            `Alert: ${t.actor} granted ${t.rolesEn} to ${t.user}`,
        detail:
          (supervisor
            ? 'Vai trò này cho phép mở khẩn cấp (phá kính) mọi vụ việc trên địa bàn. '
            : 'Vai trò này cho phép tiếp nhận và xem các vụ việc được phân công. ') +
          'Nếu việc cấp quyền này không đúng, hãy báo ngay cho quản trị hệ thống. / ' +
          (supervisor
            ? 'This role can break the glass on any case in the area. '
            : 'This role takes in cases and reads the cases it is assigned. ') +
          'If this grant was not expected, report it to a system administrator at once.',
      };
    }
    case 'password':
      return {
        title:
          `Cảnh báo: ${t.actor} đã đặt lại mật khẩu của ${t.user} (${t.rolesVi}) / ` +
          `Alert: ${t.actor} reset the password of ${t.user} (${t.rolesEn})`,
        detail:
          `Người biết mật khẩu mới có thể đăng nhập như ${t.user} và xem các vụ việc của họ; hãy xác nhận với họ. / ` +
          `Whoever knows the new password can sign in as ${t.user} and read their cases; confirm with them.`,
      };
    case 'reactivated':
      return {
        title:
          `Cảnh báo: ${t.actor} đã kích hoạt lại tài khoản ${t.user} (${t.rolesVi}) / ` +
          `Alert: ${t.actor} re-activated the account of ${t.user} (${t.rolesEn})`,
        detail:
          'Tài khoản này lại đăng nhập được và xem được các vụ việc được phân công. / ' +
          'This account can sign in again and read the cases it is assigned.',
      };
  }
}

function ownText(actor: string): { title: string; detail: string } {
  return {
    title: `Mật khẩu của bạn đã được đặt lại bởi ${actor} / Your password was reset by ${actor}`,
    detail:
      'Nếu bạn không yêu cầu việc này, hãy báo ngay cho giám sát vụ việc hoặc quản trị hệ thống. / ' +
      'If you did not ask for this, tell your case supervisor or a system administrator at once.',
  };
}

/** Writes the alerts of one change with `tx`, the transaction of the change itself. */
export async function alertStaffChange(
  tx: Database,
  actor: Actor,
  change: StaffChange,
  clock: Clock,
): Promise<void> {
  if (change.roles.length === 0) return;
  if (change.what !== 'role' && actor.userId === change.userId) return; // their own doing
  const repo = new StaffAlertsRepository(tx);
  const { supervisors, admins } = await repo.watchers(change.roles.map((r) => r.unit));
  const others = (ids: number[], alsoSkip: number | null) =>
    ids.filter((id) => id !== actor.userId && id !== alsoSkip);
  // The user concerned is told of a password reset in their own words, else only as an administrator.
  const skipUser = change.what === 'password' ? change.userId : null;
  const toSupervisors = others(supervisors, change.userId);
  const toAdmins = others(admins, skipUser).filter((id) => !toSupervisors.includes(id));

  const names = await repo.names([change.userId, ...(actor.userId === null ? [] : [actor.userId])]);
  const units = await repo.unitNames(change.roles.flatMap((r) => (r.unit ? [r.unit.id] : [])));
  const actorName =
    actor.userId === null ? `${actor.username} (dòng lệnh / command line)` : names.get(actor.userId)!;
  const at = ({ role, unit }: StaffChange['roles'][number], lang: 0 | 1) =>
    unit === null
      ? `${ROLE_TEXT[role][lang]} ${lang === 0 ? 'toàn quốc' : 'nationwide'}`
      : `${ROLE_TEXT[role][lang]} ${lang === 0 ? 'tại' : 'at'} ${units.get(unit.id) ?? unit.id}`;
  const t: Texts = {
    actor: actorName,
    user: names.get(change.userId)!,
    rolesVi: change.roles.map((r) => at(r, 0)).join(', '),
    rolesEn: change.roles.map((r) => at(r, 1)).join(', '),
  };
  const text = texts(change, t, actor.userId === change.userId);
  const key =
    change.what === 'role'
      ? `role:${change.roleId}`
      : `user:${change.userId}:${change.what}:${clock.nowMs()}.${randomBytes(4).toString('hex')}`;
  const day = clock.today();
  const rows: StaffAlertRow[] = [
    ...toSupervisors.map((userId) => ({ userId, subjectKey: key, day, ...text, link: '#/notifications' })),
    ...toAdmins.map((userId) => ({ userId, subjectKey: key, day, ...text, link: '#/audit' })),
  ];
  if (change.what === 'password')
    rows.push({ userId: change.userId, subjectKey: key, day, ...ownText(actorName), link: '#/password' });
  await repo.insert(rows, clock.now());
  if (rows.length > 0) await new SchedulerRepository(tx).dueNow(REMINDERS_JOB, clock.now()); // e-mail them now
}
