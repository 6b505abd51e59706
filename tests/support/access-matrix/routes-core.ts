/**
 * Access matrix: health, setup, sign-in, units, agencies, users, the audit log, notifications.
 * Rules from src/modules/{units,agencies,users}/*.policy.ts, audit-log.service.ts,
 * notifications.service.ts, reminders/email-failures.service.ts and auth.hook.ts.
 */
import { sql } from 'kysely';
import { UsersRepository } from '../../../src/modules/users/users.repository.ts';
import { ALL_ROLES, EVERYWHERE, anyone, nobody, scoped, signedIn, systemAdmin } from './rules.ts';
import type { Call, Entry } from './types.ts';

const PASSWORD = 'mat-khau-du-dai-2025';

/** A user with no role and no agency (as after the last role was removed), one per cell. */
async function rolelessUser(c: Call): Promise<number> {
  const row = await c.fx.db
    .insertInto('app_user')
    .values({
      username: `m.no.role.${c.tag}`,
      full_name: 'Đỗ Văn Hùng',
      password_hash: 'x',
      email: null,
      agency_id: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}
const unitParams = (c: Call) => ({ id: c.site.unit });
const admins = scoped(['unit_admin']);
/**
 * Beyond who knows the row an agency, a user or an e-mail to them does not exist: not found,
 * never 403 (issue 16). An agency is read by any role over its unit and by the communes below
 * its province; a user is known to any role over one of their roles' units.
 */
const AGENCY_ROW = { readers: scoped(ALL_ROLES, ['same', 'above', 'below']), hides: ['AGENCY_NOT_FOUND'] };
const USER_ROW = { readers: scoped(ALL_ROLES), hides: ['USER_NOT_FOUND'] };
const ROLELESS_USER_ROW = { readers: systemAdmin, hides: ['USER_NOT_FOUND'] };

/** A notification of the caller's own (or of the bystander), made for the cell. */
async function notificationOf(c: Call, userId: number): Promise<number> {
  const row = await sql<{ id: number }>`
    insert into notification (user_id, kind, subject_key, due_date, stage, title, detail, link)
    values (${userId}, 'report_due', ${`matrix:${c.tag}`}, '2026-12-31', 'before',
            'Báo cáo sắp đến hạn', 'Báo cáo tháng', '#/reports')
    returning id`.execute(c.fx.db);
  return row.rows[0]!.id;
}

/** A reminder e-mail to the site's user, given up after its tries, made for the cell. */
async function failedEmailOf(c: Call): Promise<number> {
  const row = await sql<{ id: number }>`
    insert into email_outbox (user_id, kind, state, tries, next_attempt_at, last_error, created_at)
    values (${c.site.user}, 'reminder', 'failed', 5, now(), '421 4.3.2 Service not available', now())
    returning id`.execute(c.fx.db);
  return row.rows[0]!.id;
}

export const CORE_ENTRIES: Entry[] = [
  { route: 'GET /api/health', rule: anyone },
  { route: 'GET /api/docs/json', rule: anyone },
  { route: 'GET /api/v1/setup/status', rule: anyone },
  {
    // Setup is done (the answer is SETUP_ALREADY_DONE for everyone): the route is open by design.
    route: 'POST /api/v1/setup',
    rule: anyone,
    body: (c) => ({
      token: 'x'.repeat(32),
      username: `setup.${c.tag}`,
      fullName: 'Lê Thị Mai',
      password: PASSWORD,
    }),
  },
  {
    route: 'POST /api/v1/auth/login',
    rule: anyone,
    ownSession: true, // signing in ends the session the browser sent (no fixation)
    body: (c) => ({ username: c.fx.bystander.username, password: PASSWORD }),
  },
  {
    // one's own password, changed to itself: every signed-in user may; it ends their sessions
    route: 'POST /api/v1/auth/password',
    rule: signedIn,
    endsSessions: true,
    body: () => ({ currentPassword: PASSWORD, newPassword: PASSWORD }),
  },
  { route: 'POST /api/v1/auth/logout', rule: signedIn, ownSession: true },
  { route: 'GET /api/v1/auth/me', rule: signedIn },
  // 200 for anyone: the session, or nulls when signed out (the web's first-load check)
  { route: 'GET /api/v1/auth/session', rule: anyone },

  { route: 'GET /api/v1/units', rule: signedIn, query: () => 'q=pho%20hien' },
  { route: 'GET /api/v1/units/:id', rule: signedIn, params: unitParams },
  { route: 'GET /api/v1/units/:id/children', rule: signedIn, params: unitParams },
  { route: 'GET /api/v1/units/:id/lineage', rule: signedIn, params: unitParams },
  { route: 'GET /api/v1/units/:id/on', rule: signedIn, params: unitParams, query: () => 'date=2025-07-01' },

  // any role reads agencies (filtered to its scope); unit admins and planners create them in their
  // subtree (a planner matching a plan's tasks creates the agency it names), unit admins change them
  { route: 'GET /api/v1/agencies', rule: signedIn },
  {
    route: 'POST /api/v1/agencies',
    rule: scoped(['unit_admin', 'planner']),
    body: (c) => ({ name: `Công an ${c.tag}`, kind: 'police', unitId: c.site.unit }),
  },
  {
    route: 'PATCH /api/v1/agencies/:id',
    ...AGENCY_ROW,
    rule: admins,
    params: (c) => ({ id: c.site.agency }),
    body: () => ({ name: 'Hội Liên hiệp Phụ nữ' }),
  },

  // unit admins list users (their subtree: any unit admin may ask) and manage those of their subtree
  { route: 'GET /api/v1/users', rule: scoped(['unit_admin'], EVERYWHERE) },
  {
    route: 'POST /api/v1/users',
    rule: admins,
    body: (c) => ({
      username: `moi.${c.tag}`,
      fullName: 'Phạm Thị Lan',
      password: PASSWORD,
      roles: [{ role: 'reporter', unitId: c.site.unit }],
    }),
  },
  {
    route: 'PATCH /api/v1/users/:id',
    ...USER_ROW,
    rule: admins,
    params: (c) => ({ id: c.site.user }),
    body: () => ({ fullName: 'Phạm Thị Lan' }),
  },
  {
    // a user with no role and no agency lies in no unit admin's subtree (users.policy.ts)
    route: 'PATCH /api/v1/users/:id',
    variant: 'a user with no role',
    ...ROLELESS_USER_ROW,
    rule: systemAdmin,
    params: async (c) => ({ id: await rolelessUser(c) }),
    body: () => ({ password: PASSWORD }),
  },
  {
    route: 'POST /api/v1/users/:id/roles',
    variant: 'a user with no role',
    ...ROLELESS_USER_ROW,
    rule: systemAdmin,
    params: async (c) => ({ id: await rolelessUser(c) }),
    body: (c) => ({ role: 'viewer', unitId: c.site.unit }),
  },
  {
    route: 'POST /api/v1/users/:id/roles',
    ...USER_ROW,
    rule: admins,
    params: (c) => ({ id: c.site.user }),
    body: (c) => ({ role: 'viewer', unitId: c.site.unit }),
  },
  {
    // a role of its own per cell: removing it is not undone
    route: 'DELETE /api/v1/users/:id/roles/:roleId',
    ...USER_ROW,
    rule: admins,
    params: async (c) => {
      const held = await c.fx.db
        .selectFrom('role_assignment')
        .select('id')
        .where('user_id', '=', c.site.user)
        .where('role', '=', 'approver')
        .executeTakeFirst();
      const roleId =
        held?.id ??
        (await new UsersRepository(c.fx.db).insertRole({
          userId: c.site.user,
          role: 'approver',
          unitId: c.site.unit,
          provinceId: c.site.province,
        }));
      return { id: c.site.user, roleId };
    },
  },
  { route: 'GET /api/v1/audit-log', rule: scoped(['unit_admin'], EVERYWHERE) },
  { route: 'GET /api/v1/audit-log/seals/verify', rule: systemAdmin },

  // notifications are the caller's own: another user's is "not found"
  { route: 'GET /api/v1/notifications', rule: signedIn },
  {
    route: 'POST /api/v1/notifications/:id/read',
    variant: 'own',
    rule: signedIn,
    params: async (c) => ({ id: c.userId === null ? 1 : await notificationOf(c, c.userId) }),
  },
  {
    route: 'POST /api/v1/notifications/:id/read',
    variant: 'another user’s',
    rule: nobody,
    hides: ['NOT_FOUND'],
    params: (c) => ({ id: c.fx.bystander.notification }),
  },
  { route: 'POST /api/v1/notifications/read-all', rule: signedIn },
  { route: 'GET /api/v1/me/notification-settings', rule: signedIn },
  // e-mails that did not go: unit admins see those of the users they manage (any may ask) and
  // send one again inside their subtree, as they change those users (users.policy.ts); the matrix
  // app has no SMTP server, so an allowed retry answers SMTP_NOT_CONFIGURED
  { route: 'GET /api/v1/email-failures', rule: scoped(['unit_admin'], EVERYWHERE) },
  {
    route: 'POST /api/v1/email-failures/:id/retry',
    readers: USER_ROW.readers,
    hides: ['EMAIL_NOT_FOUND'],
    rule: admins,
    params: async (c) => ({ id: await failedEmailOf(c) }),
  },
  {
    route: 'PUT /api/v1/me/notification-settings',
    rule: signedIn,
    body: () => ({ email: null, digest: false }),
  },
];
