/**
 * Break-glass alerts: system administrators see that it happened (case code, who, when, why) for
 * every case, never the case; a case's supervisor sees the alerts on the cases they supervise.
 */
import type { Actor } from '../../core/auth/roles.ts';
import { isSystemAdmin } from '../../core/auth/scope.ts';
import type { Database } from '../../core/db/database.ts';

export async function caseAlerts(db: Database, actor: Actor) {
  let q = db
    .selectFrom('case_alert as a')
    .innerJoin('gbv_case as c', 'c.id', 'a.case_id')
    .leftJoin('app_user as u', 'u.id', 'a.user_id')
    .select(['a.id', 'c.code', 'u.full_name', 'a.reason', 'a.at']);
  if (!isSystemAdmin(actor))
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('case_assignment as s')
          .select('s.id')
          .whereRef('s.case_id', '=', 'a.case_id')
          .where('s.user_id', '=', actor.userId ?? -1)
          .where('s.role', '=', 'case_supervisor')
          .where('s.ended_at', 'is', null),
      ),
    );
  const rows = await q.orderBy('a.at', 'desc').limit(200).execute();
  return rows.map((r) => ({
    id: r.id,
    caseCode: r.code,
    userName: r.full_name,
    reason: r.reason,
    at: new Date(r.at).toISOString(),
  }));
}
