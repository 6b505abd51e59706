/**
 * "Needs attention" for a case worker or supervisor (their own open cases only), and the
 * escalations the reminders job writes for the supervisors: one notification per unanswered
 * referral and per missed follow-up (the dedupe key keeps it to one), naming the case code only.
 */
import type { Actor } from '../../core/auth/roles.ts';
import { civilDate, formatViDate, formatViDateTime, type Clock } from '../../core/clock/clock.ts';
import type { Database } from '../../core/db/database.ts';
import type { Service } from '../../core/db/schema-cases.ts';
import type { ReminderCandidate } from '../reminders/reminder-selection.ts';
import { CaseAttentionRepository } from './case-attention.repository.ts';
import type { TAttentionItem } from './case-path.schema.ts';

const SERVICE_VI: Record<Service, string> = {
  shelter: 'tạm lánh',
  health: 'y tế',
  police: 'công an',
  legal_aid: 'trợ giúp pháp lý',
  psychosocial: 'tư vấn tâm lý',
  livelihood: 'sinh kế',
  other: 'khác',
};

export async function attentionFor(db: Database, actor: Actor, clock: Clock): Promise<TAttentionItem[]> {
  if (actor.userId === null) return [];
  const repo = new CaseAttentionRepository(db);
  const today = clock.today();
  const [unanswered, overdue, missed, pending] = await Promise.all([
    repo.unanswered(actor.userId, clock.now()),
    repo.overdue(actor.userId, today),
    repo.missed(actor.userId, today),
    repo.closurePending(actor.userId),
  ]);
  const asked = new Set(unanswered.map((r) => r.id));
  return [
    ...pending.map((p) => ({
      caseId: p.case_id,
      caseCode: p.code,
      kind: 'closure_pending' as const,
      itemId: null,
      service: null,
      dueAt: new Date(p.at).toISOString(),
      myRole: p.role,
    })),
    ...unanswered.map((r) => ({
      caseId: r.case_id,
      caseCode: r.code,
      kind: 'referral_unanswered' as const,
      itemId: r.id,
      service: r.service,
      dueAt: new Date(r.response_due_at!).toISOString(),
      myRole: r.role,
    })),
    ...overdue
      .filter((r) => !asked.has(r.id))
      .map((r) => ({
        caseId: r.case_id,
        caseCode: r.code,
        kind: 'referral_overdue' as const,
        itemId: r.id,
        service: r.service,
        dueAt: r.due_on!,
        myRole: r.role,
      })),
    ...missed.map((f) => ({
      caseId: f.case_id,
      caseCode: f.code,
      kind: 'follow_up_missed' as const,
      itemId: f.id,
      service: null,
      dueAt: f.due_on,
      myRole: f.role,
    })),
  ];
}

/** The escalation notifications due now, for the case's supervisors (reminders job). */
export async function caseEscalations(db: Database, clock: Clock): Promise<ReminderCandidate[]> {
  const repo = new CaseAttentionRepository(db);
  const [unanswered, missed] = await Promise.all([
    repo.unanswered(null, clock.now(), 'case_supervisor'),
    repo.missed(null, clock.today(), 'case_supervisor'),
  ]);
  const detail =
    'Mở vụ việc để xem và xử lý (mục "Cần chú ý"). / Open the case to see and act ("Needs attention").';
  return [
    ...unanswered.map((r) => ({
      userId: r.user_id,
      kind: 'case_escalation' as const,
      subjectKey: `referral:${r.id}:response`,
      dueDate: civilDate(r.response_due_at!, clock.timeZone),
      stage: 'overdue' as const,
      title:
        `Vụ việc ${r.code}: chuyển gửi ${SERVICE_VI[r.service]} chưa được phản hồi ` +
        `(hạn ${formatViDateTime(r.response_due_at!, clock.timeZone)})`,
      detail,
      link: `#/cases/${r.case_id}`,
    })),
    ...missed.map((f) => ({
      userId: f.user_id,
      kind: 'case_escalation' as const,
      subjectKey: `follow_up:${f.id}`,
      dueDate: f.due_on,
      stage: 'overdue' as const,
      title: `Vụ việc ${f.code}: lỡ lần theo dõi ngày ${formatViDate(f.due_on)}`,
      detail,
      link: `#/cases/${f.case_id}`,
    })),
  ];
}
